import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, daysBetween, isIsoDate, startOfWeek } from "../index";

describe("ISO calendar dates", () => {
  it("accepts real dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("26-01-01")).toBe(false);
  });

  it("adds years the way vendors count validity, clamping month ends", () => {
    expect(addYears("2026-03-15", 2)).toBe("2028-03-15");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-12-15", -6)).toBe("2026-06-15");
  });

  it("counts days across a leap day", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(addDays("2026-11-24", -60)).toBe("2026-09-25");
  });

  it("finds the Monday of a week", () => {
    expect(startOfWeek("2026-11-24")).toBe("2026-11-23"); // a Tuesday
    expect(startOfWeek("2026-11-23")).toBe("2026-11-23");
    expect(startOfWeek("2026-11-29")).toBe("2026-11-23"); // a Sunday
  });

  it("round-trips addDays and daysBetween", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), (n) => {
        expect(daysBetween("2026-11-24", addDays("2026-11-24", n))).toBe(n);
      }),
    );
  });
});
