import { describe, expect, it } from "vitest";
import { createRng, intBetween, normalDraw, shuffled } from "../index";

describe("createRng", () => {
  it("reproduces the same sequence for the same seed and differs for another", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it("stays in [0, 1) with a mean near 1/2 over many draws", () => {
    const rng = createRng(7);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const u = rng();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      sum += u;
    }
    // Standard error of the mean of U(0,1) over 20k draws is ~0.002; 0.01 is 5 SE.
    expect(Math.abs(sum / 20_000 - 0.5)).toBeLessThan(0.01);
  });

  it("draws standard normals with mean ~0 and variance ~1", () => {
    const rng = createRng(11);
    const xs = Array.from({ length: 20_000 }, () => normalDraw(rng));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.04);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it("keeps intBetween inside its inclusive bounds and shuffles without loss", () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(intBetween(rng, 2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
    const items = [1, 2, 3, 4, 5, 6];
    expect(shuffled(rng, items).sort()).toEqual(items);
  });
});
