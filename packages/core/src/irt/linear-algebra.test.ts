import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cholesky, invertSpd, multiplyVector, quadraticForm } from "./linear-algebra";

describe("small dense linear algebra", () => {
  it("inverts a hand-checked 2×2 covariance", () => {
    // [[4, 2], [2, 3]]⁻¹ = 1/8 · [[3, −2], [−2, 4]]
    const inverse = [...(invertSpd([4, 2, 2, 3], 2) as Float64Array)];
    for (const [i, value] of [0.375, -0.25, -0.25, 0.5].entries()) expect(inverse[i]).toBeCloseTo(value, 14);
  });

  it("rejects matrices that are not positive definite", () => {
    expect(cholesky([1, 2, 2, 1], 2)).toBeNull();
    expect(invertSpd([1, 1, 1, 1], 2)).toBeNull();
  });

  it("gives A·A⁻¹ = I for random SPD matrices", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
        (raw) => {
          const n = 4;
          // A = M Mᵀ + I is SPD
          const a = new Float64Array(n * n);
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
              let sum = i === j ? 1 : 0;
              for (let k = 0; k < n; k++) sum += (raw[i * n + k] as number) * (raw[j * n + k] as number);
              a[i * n + j] = sum;
            }
          }
          const inverse = invertSpd(a, n) as Float64Array;
          for (let col = 0; col < n; col++) {
            const e = multiplyVector(a, inverse.subarray(col * n, col * n + n), n);
            for (let i = 0; i < n; i++) expect(e[i]).toBeCloseTo(i === col ? 1 : 0, 9);
          }
        },
      ),
    );
  });

  it("computes quadratic forms", () => {
    expect(quadraticForm([4, 2, 2, 3], [1, 2], 2)).toBe(4 + 2 * 2 * 2 + 3 * 4);
  });
});
