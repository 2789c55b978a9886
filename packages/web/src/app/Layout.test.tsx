import { cleanup, render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { HomePage } from "../features/home/HomePage";
import { Layout } from "./Layout";
import { SECTIONS } from "./routes";

afterEach(cleanup);

describe("Layout", () => {
  it("offers one navigation link per section and marks the current one", () => {
    const router = createMemoryRouter(
      [{ path: "/", element: <Layout />, children: [{ path: "plan", element: <p>plan page</p> }] }],
      { initialEntries: ["/plan"] },
    );
    render(<RouterProvider router={router} />);
    const nav = screen.getByRole("navigation", { name: "Main" });
    const links = nav.querySelectorAll("a");
    expect(links).toHaveLength(SECTIONS.length);
    const current = nav.querySelector('[aria-current="page"]');
    expect(current?.textContent).toBe("Plan");
    expect(screen.getByRole("main")).toBeDefined();
  });

  it("shows the journey in order on the landing page", () => {
    const router = createMemoryRouter([{ path: "/", element: <HomePage /> }]);
    render(<RouterProvider router={router} />);
    const steps = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(steps).toEqual(["Tell us about you", "Diagnose", "Choose", "Plan", "Certify", "Renew"]);
  });
});
