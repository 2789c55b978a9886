import { describe, expect, it } from "vitest";
import { CertpathError, provisionalParameters } from "../index";

describe("provisionalParameters", () => {
  it("puts easy, medium and hard one theta unit apart with a = 1", () => {
    expect(provisionalParameters("easy", 4, "single-choice")).toEqual({
      a: 1,
      b: -1,
      c: 0.25,
      provisional: true,
    });
    expect(provisionalParameters("medium", 4, "code-output")).toEqual({
      a: 1,
      b: 0,
      c: 0.25,
      provisional: true,
    });
    expect(provisionalParameters("hard", 5, "single-choice")).toEqual({
      a: 1,
      b: 1,
      c: 0.2,
      provisional: true,
    });
  });

  it("uses the blind-guess probability of the format", () => {
    expect(provisionalParameters("medium", 3, "single-choice").c).toBeCloseTo(1 / 3, 15);
    // all-or-nothing over the 2^k − 1 non-empty subsets
    expect(provisionalParameters("medium", 4, "multiple-select").c).toBeCloseTo(1 / 15, 15);
    expect(provisionalParameters("hard", 0, "numeric")).toEqual({ a: 1, b: 1, c: 0, provisional: true });
  });

  it("rejects a choice item without a usable option count", () => {
    expect(() => provisionalParameters("easy", 1, "single-choice")).toThrow(CertpathError);
    expect(() => provisionalParameters("easy", 2.5, "multiple-select")).toThrow(/received 2.5/);
  });
});
