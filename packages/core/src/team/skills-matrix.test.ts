import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSkillsMatrix, type MemberEvidence, MIN_AGGREGATE_GROUP, SKILL_IDS } from "../index";

const member = (id: string, python?: 0 | 1 | 2 | 3 | 4, theta?: number): MemberEvidence => ({
  memberId: id,
  name: `Person ${id}`,
  profile: {
    ...(python === undefined ? {} : { skills: { python } }),
    ...(theta === undefined ? {} : { assessment: { abilities: { python: { theta, se: 0.3 } } } }),
  },
});

describe("skills matrix", () => {
  it("uses the diagnostic over the self-rating and exposes only levels", () => {
    const matrix = buildSkillsMatrix([member("a", 1, 1.7), member("b", 3)], "all");
    expect(matrix.rows[0]?.cells.python).toEqual({ level: 4, source: "diagnostic" });
    expect(matrix.rows[1]?.cells.python).toEqual({ level: 3, source: "self-rating" });
    expect(matrix.rows[1]?.cells.calculus).toEqual({ level: null, source: null });
    expect(JSON.stringify(matrix)).not.toContain("theta");
    expect(JSON.stringify(matrix)).not.toContain("1.7");
  });

  it("hides aggregates below five people and shows them from five", () => {
    const four = [1, 2, 3, 4].map((n) => member(String(n), 2));
    expect(buildSkillsMatrix(four, "all").aggregates.python.shown).toBe(false);
    const five = [...four, member("5", 4)];
    expect(buildSkillsMatrix(five, "all").aggregates.python).toEqual({
      shown: true,
      people: 5,
      meanLevel: 2.4,
      distribution: [0, 0, 4, 0, 1],
    });
  });

  it("shows a member only their own row", () => {
    const matrix = buildSkillsMatrix([member("a", 1), member("b", 2)], new Set(["b"]));
    expect(matrix.rows.map((r) => r.memberId)).toEqual(["b"]);
    expect(matrix.members).toBe(2);
  });

  it("never publishes an aggregate over fewer than the minimum group (property)", () => {
    const level = fc.option(fc.constantFrom(0, 1, 2, 3, 4 as const), { nil: undefined });
    fc.assert(
      fc.property(fc.array(level, { maxLength: 12 }), (levels) => {
        const members = levels.map((l, i) => member(String(i), l as 0 | 1 | 2 | 3 | 4 | undefined));
        const matrix = buildSkillsMatrix(members, "all");
        const known = levels.filter((l) => l !== undefined).length;
        const python = matrix.aggregates.python;
        expect(python.shown).toBe(known >= MIN_AGGREGATE_GROUP);
        if (python.shown) expect(python.distribution.reduce((a, b) => a + b, 0)).toBe(known);
        for (const skill of SKILL_IDS)
          if (skill !== "python") expect(matrix.aggregates[skill].shown).toBe(false);
      }),
    );
  });

  it("builds only the requested page of rows, with the same rows and aggregates as the whole (property)", () => {
    const level = fc.option(fc.constantFrom(0, 1, 2, 3, 4 as const), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(level, { maxLength: 40 }),
        fc.nat(45),
        fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        (levels, offset, limit) => {
          const members = levels.map((l, i) => member(String(i), l as 0 | 1 | 2 | 3 | 4 | undefined));
          const whole = buildSkillsMatrix(members, "all");
          const paged = buildSkillsMatrix(members, "all", { offset, limit });
          expect(paged.rows).toEqual(
            whole.rows.slice(offset, limit === undefined ? undefined : offset + limit),
          );
          expect(paged.aggregates).toEqual(whole.aggregates);
          expect(paged.visibleRows).toBe(members.length);
        },
      ),
    );
  });
});
