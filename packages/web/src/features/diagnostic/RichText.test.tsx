import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CodeBlock } from "./CodeBlock";
import { RichText } from "./RichText";

afterEach(cleanup);

describe("question text", () => {
  it("shows the TeX source at once, then KaTeX's rendering (with MathML for screen readers)", async () => {
    const { container } = render(<RichText source={"Solve $x^2 = 4$ for $x$."} />);
    expect(container.textContent).toContain("x^2 = 4");
    await waitFor(() => expect(container.querySelectorAll(".katex")).toHaveLength(2));
    expect(container.querySelector("math")).not.toBeNull();
  });

  it("highlights Python with Prism once it has loaded, without touching the text", async () => {
    const { container } = render(<CodeBlock code={'print("hi", 7 // -2)\n'} language="python" />);
    expect(screen.getByRole("region", { name: "python code" })).toBeDefined();
    await waitFor(() => expect(container.querySelector(".token.string")).not.toBeNull());
    expect(container.textContent).toBe('print("hi", 7 // -2)');
  });
});
