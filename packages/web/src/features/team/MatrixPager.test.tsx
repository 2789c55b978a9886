import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MATRIX_PAGE, MatrixPager } from "./MatrixPager";

afterEach(cleanup);

describe("skills matrix pager", () => {
  it("stays out of the way when one page holds every row", () => {
    const { container } = render(
      <MatrixPager
        page={{ offset: 0, limit: MATRIX_PAGE, rows: MATRIX_PAGE }}
        onOffset={() => {}}
        busy={false}
      />,
    );
    expect(container.textContent).toBe("");
  });

  it("says which rows are shown and moves a page at a time, never past either end", () => {
    const asked: number[] = [];
    render(
      <MatrixPager
        page={{ offset: MATRIX_PAGE, limit: MATRIX_PAGE, rows: 1250 }}
        onOffset={(offset) => asked.push(offset)}
        busy={false}
      />,
    );
    expect(screen.getByRole("navigation", { name: "Skills matrix pages" }).textContent).toContain(
      `Rows ${MATRIX_PAGE + 1}–${2 * MATRIX_PAGE} of 1,250`,
    );
    fireEvent.click(screen.getByRole("button", { name: "Previous" }));
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(asked).toEqual([0, 2 * MATRIX_PAGE]);
    cleanup();

    render(
      <MatrixPager
        page={{ offset: 1200, limit: MATRIX_PAGE, rows: 1250 }}
        onOffset={() => {}}
        busy={false}
      />,
    );
    expect(screen.getByRole("navigation").textContent).toContain("Rows 1,201–1,250 of 1,250");
    expect((screen.getByRole("button", { name: "Next" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "Previous" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("disables both buttons while the next page loads", () => {
    render(<MatrixPager page={{ offset: 100, limit: MATRIX_PAGE, rows: 1250 }} onOffset={() => {}} busy />);
    for (const name of ["Previous", "Next"])
      expect((screen.getByRole("button", { name }) as HTMLButtonElement).disabled).toBe(true);
  });
});
