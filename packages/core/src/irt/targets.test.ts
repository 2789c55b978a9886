import { describe, expect, it } from "vitest";
import {
  type Blueprint,
  CertpathError,
  type DiagnosticTarget,
  diagnosticTargetFromBlueprint,
  normalCdf,
} from "../index";
import { classifyTargets, compileTargets } from "./targets";

const target: DiagnosticTarget = {
  id: "cert",
  domains: [
    { id: "math", weight: 30, skills: { calculus: 1, "linear-algebra": 1 }, cut: 0.5 },
    { id: "code", weight: 70, skills: { python: 3, calculus: 1 }, cut: 0 },
  ],
};
const skills = ["calculus", "linear-algebra", "python"];

describe("readiness targets", () => {
  it("normalises domain and skill weights into loadings", () => {
    const [math, code] = compileTargets([target], skills);
    expect(math?.weight).toBeCloseTo(0.3, 15);
    expect([...(math?.loadings ?? [])]).toEqual([0.5, 0.5, 0]);
    expect([...(code?.loadings ?? [])]).toEqual([0.25, 0, 0.75]);
  });

  it("computes P(ready) = Φ((wᵀμ − cut)/√(wᵀCw)) by hand", () => {
    const mean = [1, 0.2, -0.4];
    const covariance = [0.25, 0.1, 0, 0.1, 0.36, 0, 0, 0, 0.16];
    const [result] = classifyTargets([target], skills, mean, covariance, 0.9);
    const math = result?.domains[0];
    // wᵀμ = 0.6; wᵀCw = 0.25·(0.25 + 2·0.1 + 0.36) = 0.2025 → SD 0.45
    expect(math?.theta).toBeCloseTo(0.6, 12);
    expect(math?.se).toBeCloseTo(0.45, 12);
    expect(math?.probabilityReady).toBeCloseTo(normalCdf(0.1 / 0.45), 12);
    expect(math?.decision).toBe("undecided");
    const code = result?.domains[1];
    // wᵀμ = 0.25 − 0.3 = −0.05; wᵀCw = 0.0625·0.25 + 0.5625·0.16 = 0.105625 → SD 0.325
    expect(code?.theta).toBeCloseTo(-0.05, 12);
    expect(code?.se).toBeCloseTo(0.325, 12);
  });

  it("calls a decision only beyond the confidence", () => {
    const covariance = [0.01, 0, 0, 0, 0.01, 0, 0, 0, 0.01];
    const [ready] = classifyTargets([target], skills, [2, 2, 2], covariance, 0.9);
    expect(ready?.domains.map((d) => d.decision)).toEqual(["ready", "ready"]);
    expect(ready?.decision).toBe("ready");
    const [notReady] = classifyTargets([target], skills, [-2, -2, -2], covariance, 0.9);
    expect(notReady?.decision).toBe("not-ready");
  });

  it("rejects malformed targets with the domain named", () => {
    const bad = (domain: Partial<DiagnosticTarget["domains"][number]>) => () =>
      compileTargets(
        [{ id: "t", domains: [{ id: "d", weight: 1, skills: { python: 1 }, cut: 0, ...domain }] }],
        skills,
      );
    expect(bad({ weight: 0 })).toThrow(/domain d needs a weight > 0/);
    expect(bad({ skills: { rust: 1 } })).toThrow(/rust/);
    expect(bad({ skills: { python: 0 } })).toThrow(CertpathError);
    expect(bad({ cut: Number.NaN })).toThrow(/finite cut/);
  });

  it("builds a target from a certification blueprint", () => {
    const blueprint = {
      domains: [
        {
          id: "d1",
          name: "Data",
          weight: { min: 20, max: 30 },
          skills: { python: 60, "data-wrangling": 40 },
        },
        { id: "d2", name: "Models", weight: { min: 30, max: 40 }, skills: { "classical-ml": 100 } },
      ],
    } as unknown as Blueprint;
    const built = diagnosticTargetFromBlueprint("x", blueprint, (id) => (id === "d1" ? 0.5 : 1));
    expect(built.domains).toEqual([
      { id: "d1", weight: 25, skills: { python: 60, "data-wrangling": 40 }, cut: 0.5 },
      { id: "d2", weight: 35, skills: { "classical-ml": 100 }, cut: 1 },
    ]);
  });
});
