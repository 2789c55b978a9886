/**
 * Model by model, the generated key satisfies the defining equation of the concept, computed here
 * by a route independent of both the generator and the model's own check.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "../shared/rng";
import { normalCdf, studentTCdf as tCdf } from "./distributions";
import {
  keyOption,
  parseList,
  parseNumber,
  parseQ,
  parseTuple,
  readMatrix,
  readNumber,
  readTuple,
} from "./helpers";
import type { GeneratedItem } from "./item-model";
import { detCofactor, detLeibniz, matMul, rankByElimination, rankByMinors, transpose } from "./matrix";
import { diffPoly, evalPoly, parsePoly } from "./polynomial";
import { toNumber } from "./rational";
import { findItemModel, ITEM_MODELS } from "./registry";

const RUNS = 120;

function items(id: string, check: (item: GeneratedItem) => void): void {
  const model = findItemModel(id);
  if (!model) throw new Error(`no model ${id}`);
  fc.assert(
    fc.property(fc.integer(), (seed) => check(model.generate(createRng(seed)))),
    { numRuns: RUNS },
  );
}

const keyNumber = (item: GeneratedItem): number => toNumber(parseQ(keyOption(item).text));
const keyFloat = (item: GeneratedItem): number => parseNumber(keyOption(item).text);
const answer = (item: GeneratedItem): number => item.answer?.value ?? Number.NaN;
const numbers = (text: string): number[] =>
  parseList(text.replace(/\\(lambda|sigma)_\d = /g, "").replace(/\\ /g, "")).map(toNumber);
const expr = (stem: string, label: string): string =>
  new RegExp(`${label.replace(/[()]/g, "\\$&")} = ([^$]*)\\$`).exec(stem)?.[1] ?? "";

/** Determinant by Gaussian elimination in floating point with partial pivoting (a third method). */
function detGauss(A: number[][]): number {
  const M = A.map((r) => [...r]);
  const n = M.length;
  let det = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]?.[c] ?? 0) > Math.abs(M[p]?.[c] ?? 0)) p = r;
    if ((M[p]?.[c] ?? 0) === 0) return 0;
    if (p !== c) {
      [M[p], M[c]] = [M[c] as number[], M[p] as number[]];
      det = -det;
    }
    const pivot = M[c] as number[];
    det *= pivot[c] as number;
    for (let r = c + 1; r < n; r++) {
      const row = M[r] as number[];
      const f = (row[c] as number) / (pivot[c] as number);
      for (let k = c; k < n; k++) row[k] = (row[k] as number) - f * (pivot[k] as number);
    }
  }
  return det;
}

const shifted = (A: number[][], l: number): number[][] =>
  A.map((row, i) => row.map((x, j) => (i === j ? x - l : x)));
const numDiff = (f: (x: number) => number, x: number, h = 1e-4): number => (f(x + h) - f(x - h)) / (2 * h);

describe("linear algebra: keys satisfy their defining equations", () => {
  it("det-2x2 and det-3x3: cofactor expansion, Leibniz formula and elimination agree with the key", () => {
    for (const id of ["det-2x2", "det-3x3"]) {
      items(id, (item) => {
        const A = readMatrix(item.stem, "A");
        const key = keyNumber(item);
        expect(detCofactor(A)).toBe(key);
        expect(detLeibniz(A)).toBe(key);
        expect(detGauss(A)).toBeCloseTo(key, 8);
      });
    }
  });

  it("det-properties: det(c A^T B^-1) matches a concrete pair of matrices", () => {
    items("det-properties", (item) => {
      const n = readNumber(item.stem, "n");
      const c = readNumber(item.stem, "c");
      const dA = readNumber(item.stem, "\\det(A)");
      const dB = readNumber(item.stem, "\\det(B)");
      // A = upper-triangular with diagonal (dA, 1, ...) plus off-diagonal ones; B = diag(dB, 1, ...).
      const A = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i === j ? (i === 0 ? dA : 1) : j > i ? 1 : 0)),
      );
      const Binv = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i === j ? (i === 0 ? 1 / dB : 1) : 0)),
      );
      const M = matMul(transpose(A), Binv).map((row) => row.map((x) => c * x));
      expect(detGauss(M)).toBeCloseTo(keyNumber(item), 8);
    });
  });

  it("matrix-product-entry: the answer is the entry of the full product", () => {
    items("matrix-product-entry", (item) => {
      const AB = matMul(readMatrix(item.stem, "A"), readMatrix(item.stem, "B"));
      expect(AB[readNumber(item.stem, "i") - 1]?.[readNumber(item.stem, "j") - 1]).toBe(answer(item));
    });
  });

  it("matrix-shape: the key is the shape of an actual product of that shape", () => {
    items("matrix-shape", (item) => {
      const dims = [...item.stem.matchAll(/\^\{(\d+) \\times (\d+)\}/g)].map((d) => [
        Number(d[1]),
        Number(d[2]),
      ]);
      const [a, b] = dims as [[number, number], [number, number]];
      const zeros = (r: number, c: number) =>
        Array.from({ length: r }, () => Array.from({ length: c }, () => 0));
      const A = zeros(a[0], a[1]);
      const B = zeros(b[0], b[1]);
      const product = item.stem.includes("A^{\\top} B") ? matMul(transpose(A), B) : matMul(A, transpose(B));
      expect(keyOption(item).text).toBe(`$${product.length} \\times ${product[0]?.length}$`);
    });
  });

  it("vector-norm: the key squared is the sum of squares", () => {
    items("vector-norm", (item) => {
      const v = readTuple(item.stem, "\\mathbf{v}").map(toNumber);
      expect(keyNumber(item) ** 2).toBe(v.reduce((s, x) => s + x * x, 0));
    });
  });

  it("cosine-similarity: |cos| <= 1 and equals u.v / (|u||v|)", () => {
    items("cosine-similarity", (item) => {
      const u = readTuple(item.stem, "\\mathbf{u}").map(toNumber);
      const v = readTuple(item.stem, "\\mathbf{v}").map(toNumber);
      const dot = u.reduce((s, x, i) => s + x * (v[i] as number), 0);
      const norm = (w: number[]) => Math.hypot(...w);
      expect(Math.abs(keyNumber(item))).toBeLessThanOrEqual(1);
      expect(keyNumber(item)).toBeCloseTo(dot / (norm(u) * norm(v)), 12);
    });
  });

  it("linear-system-2x2: the key solves Ax = b and det(A) != 0", () => {
    items("linear-system-2x2", (item) => {
      const A = readMatrix(item.stem, "A");
      const b = readTuple(item.stem, "\\mathbf{b}").map(toNumber);
      const x = parseTuple(keyOption(item).text.replace(/\$|\(x, y\) = /g, "")).map(toNumber);
      expect(detLeibniz(A)).not.toBe(0);
      expect(
        matMul(
          A,
          x.map((v) => [v]),
        ).map((r) => r[0]),
      ).toEqual(b);
    });
  });

  it("rank: largest non-zero minor, elimination and the key agree", () => {
    items("rank", (item) => {
      const M = readMatrix(item.stem, "M");
      expect(rankByMinors(M)).toBe(keyNumber(item));
      expect(rankByElimination(M).rank).toBe(keyNumber(item));
    });
  });

  it("eigen-2x2: each eigenvalue has det(A - lambda I) = 0 and an eigenvector A v = lambda v", () => {
    items("eigen-2x2", (item) => {
      const A = readMatrix(item.stem, "A");
      const ls = numbers(keyOption(item).text);
      expect(ls).toHaveLength(2);
      expect(new Set(ls).size).toBe(2);
      for (const l of ls) {
        expect(detLeibniz(shifted(A, l))).toBe(0);
        const [[a, b]] = A as [[number, number]];
        const v = [b, l - a]; // (A - lambda I) v = 0 in the first row; b != 0 by construction
        expect(
          matMul(
            A,
            v.map((x) => [x]),
          ).map((r) => r[0]),
        ).toEqual(v.map((x) => l * x));
      }
    });
  });

  it("eigen-triangular: each eigenvalue is a root of the characteristic polynomial", () => {
    items("eigen-triangular", (item) => {
      const A = readMatrix(item.stem, "A");
      const ls = numbers(keyOption(item).text);
      expect(ls).toHaveLength(3);
      for (const l of ls) expect(detLeibniz(shifted(A, l))).toBe(0);
    });
  });

  it("svd-2x2: each sigma^2 is an eigenvalue of A^T A and sigma_1 >= sigma_2 > 0", () => {
    items("svd-2x2", (item) => {
      const A = readMatrix(item.stem, "A");
      const AtA = matMul(transpose(A), A);
      const [s1, s2] = numbers(keyOption(item).text) as [number, number];
      expect(s1).toBeGreaterThanOrEqual(s2);
      expect(s2).toBeGreaterThan(0);
      for (const s of [s1, s2]) expect(detLeibniz(shifted(AtA, s * s))).toBe(0);
    });
  });
});

describe("calculus: keys match numerical derivatives, integrals and optimisation steps", () => {
  it("poly-derivative: the key is the numerical slope", () => {
    items("poly-derivative", (item) => {
      const f = parsePoly(expr(item.stem, "f(x)"));
      expect(keyNumber(item)).toBeCloseTo(
        numDiff((x) => evalPoly(f, [x]), readNumber(item.stem, "x_0")),
        5,
      );
    });
  });

  it("chain-rule-power: the key is the numerical slope of (ax + b)^n", () => {
    items("chain-rule-power", (item) => {
      const [, a, sign, b, n] = /\((-?\d+)x ([+-]) (\d+)\)\^\{(\d+)\}/.exec(item.stem) as unknown as string[];
      const f = (x: number) => (Number(a) * x + (sign === "-" ? -1 : 1) * Number(b)) ** Number(n);
      const x0 = readNumber(item.stem, "x");
      expect(Math.abs(keyNumber(item) - numDiff(f, x0, 1e-5))).toBeLessThan(
        1e-3 * Math.max(1, Math.abs(keyNumber(item))),
      );
    });
  });

  it("partial-derivative and gradient-2var: keys are numerical partial derivatives", () => {
    items("partial-derivative", (item) => {
      const f = parsePoly(expr(item.stem, "f(x, y)"), ["x", "y"]);
      const [x0, y0] = readTuple(item.stem, "(x, y)").map(toNumber) as [number, number];
      expect(keyNumber(item)).toBeCloseTo(
        numDiff((x) => evalPoly(f, [x, y0]), x0),
        5,
      );
    });
    items("gradient-2var", (item) => {
      const f = parsePoly(expr(item.stem, "f(x, y)"), ["x", "y"]);
      const [x0, y0] = readTuple(item.stem, "(x, y)").map(toNumber) as [number, number];
      const g = parseTuple(keyOption(item).text.replace(/\$|\\nabla f = /g, "")).map(toNumber);
      expect(g[0]).toBeCloseTo(
        numDiff((x) => evalPoly(f, [x, y0]), x0),
        4,
      );
      expect(g[1]).toBeCloseTo(
        numDiff((y) => evalPoly(f, [x0, y]), y0),
        4,
      );
    });
  });

  it("sigmoid-derivative and chain-rule-sigmoid: keys match finite differences of the sigmoid", () => {
    const sigma = (z: number) => 1 / (1 + Math.exp(-z));
    items("sigmoid-derivative", (item) => {
      const p = readNumber(item.stem, "\\sigma(z_0)");
      expect(keyFloat(item)).toBeCloseTo(numDiff(sigma, Math.log(p / (1 - p)), 1e-5), 4);
    });
    items("chain-rule-sigmoid", (item) => {
      const x = readNumber(item.stem, "x");
      const t = readNumber(item.stem, "t");
      const y = readNumber(item.stem, "\\hat{y}");
      const b = Math.log(y / (1 - y));
      const slope = numDiff((w) => 0.5 * (sigma(w * x + b) - t) ** 2, 0, 1e-6);
      expect(Math.abs(answer(item) - slope)).toBeLessThanOrEqual(item.answer?.tolerance ?? 0);
    });
  });

  it("quadratic-minimum: the key is a minimum (f'(x*) = 0 and f is larger nearby)", () => {
    items("quadratic-minimum", (item) => {
      const f = parsePoly(expr(item.stem, "f(x)"));
      const x = keyNumber(item);
      expect(evalPoly(diffPoly(f, 0), [x])).toBeCloseTo(0, 9);
      expect(evalPoly(f, [x + 0.01])).toBeGreaterThan(evalPoly(f, [x]));
      expect(evalPoly(f, [x - 0.01])).toBeGreaterThan(evalPoly(f, [x]));
    });
  });

  it("gradient-descent-step: the key is w - eta grad L and decreases the loss", () => {
    items("gradient-descent-step", (item) => {
      const terms = [...item.stem.matchAll(/(\d*)\(w_(\d) ([+-]) (\d+)\)\^2/g)];
      const coef = terms.map((t) => Number(t[1] || "1"));
      const centre = terms.map((t) => (t[3] === "-" ? 1 : -1) * Number(t[4]));
      const L = (w: number[]) =>
        w.reduce((s, x, i) => s + (coef[i] as number) * (x - (centre[i] as number)) ** 2, 0);
      const w0 = readTuple(item.stem, "\\mathbf{w}").map(toNumber);
      const eta = readNumber(item.stem, "\\eta");
      const w1 = parseTuple(keyOption(item).text).map(toNumber);
      w0.forEach((x, i) => {
        const grad = numDiff((v) => L(w0.map((y, j) => (j === i ? v : y))), x);
        expect(w1[i]).toBeCloseTo(x - eta * grad, 6);
      });
      expect(L(w1)).toBeLessThan(L(w0));
    });
  });

  it("newton-step: x1 = x0 - f'(x0) / f''(x0), with numerical derivatives", () => {
    items("newton-step", (item) => {
      const f = parsePoly(expr(item.stem, "f(x)"));
      const x0 = readNumber(item.stem, "x_0");
      const F = (x: number) => evalPoly(f, [x]);
      const d1 = numDiff(F, x0);
      const d2 = (F(x0 + 1e-3) - 2 * F(x0) + F(x0 - 1e-3)) / 1e-6;
      expect(keyNumber(item)).toBeCloseTo(x0 - d1 / d2, 3);
    });
  });

  it("definite-integral and area-between-curves: keys match a fine midpoint Riemann sum", () => {
    const riemann = (g: (x: number) => number, a: number, b: number, n = 20_000) => {
      const h = (b - a) / n;
      let s = 0;
      for (let i = 0; i < n; i++) s += g(a + (i + 0.5) * h);
      return s * h;
    };
    items("definite-integral", (item) => {
      const f = parsePoly(expr(item.stem, "f(x)"));
      const [, lo, hi] = /\\int_\{(-?\d+)\}\^\{(-?\d+)\}/.exec(item.stem) as unknown as string[];
      expect(keyNumber(item)).toBeCloseTo(
        riemann((x) => evalPoly(f, [x]), Number(lo), Number(hi)),
        5,
      );
    });
    items("area-between-curves", (item) => {
      const b = Number(/line \$y = (\d*)x\$/.exec(item.stem)?.[1] || "1");
      const a = Number(/parabola \$y = (\d*)x\^2\$/.exec(item.stem)?.[1] || "1");
      // The bounded region is where the line lies above the parabola.
      const area = riemann((x) => Math.max(0, b * x - a * x * x), -10, 10, 200_000);
      expect(keyNumber(item)).toBeGreaterThan(0);
      expect(keyNumber(item)).toBeCloseTo(area, 5);
    });
  });
});

describe("probability: keys are valid probabilities and satisfy their definitions", () => {
  const binomialPmf = (n: number, k: number, p: number) => {
    let c = 1;
    for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
    return c * p ** k * (1 - p) ** (n - k);
  };

  it("probability answers lie in [0, 1]", () => {
    const ids = [
      "complement-at-least-one",
      "binomial-pmf",
      "binomial-tail",
      "normal-probability",
      "conditional-table",
      "z-test-one-sample",
      "two-sample-z",
    ];
    for (const id of ids) {
      items(id, (item) => {
        const v = item.format === "numeric" ? answer(item) : toNumber(parseQ(keyOption(item).text));
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      });
    }
  });

  it("combinations: the key counts k-subsets (brute force) and committee-count counts constrained ones", () => {
    const subsets = (n: number, k: number, ok: (mask: number) => boolean) => {
      let c = 0;
      for (let mask = 0; mask < 1 << n; mask++) {
        let bits = 0;
        for (let b = mask; b; b >>= 1) bits += b & 1;
        if (bits === k && ok(mask)) c++;
      }
      return c;
    };
    items("combinations", (item) => {
      expect(keyNumber(item)).toBe(
        subsets(readNumber(item.stem, "n"), readNumber(item.stem, "k"), () => true),
      );
    });
    items("committee-count", (item) => {
      const s = readNumber(item.stem, "s");
      const e = readNumber(item.stem, "e");
      const k = readNumber(item.stem, "k");
      // "at least one data scientist" = not all members among the engineers (the high bits).
      expect(keyNumber(item)).toBe(subsets(s + e, k, (mask) => (mask & ((1 << s) - 1)) !== 0));
    });
  });

  it("complement-at-least-one, binomial-pmf and binomial-tail match the binomial pmf, which sums to 1", () => {
    items("complement-at-least-one", (item) => {
      const n = readNumber(item.stem, "n");
      const p = readNumber(item.stem, "p");
      const pmf = Array.from({ length: n + 1 }, (_, k) => binomialPmf(n, k, p));
      expect(pmf.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
      expect(Math.abs(keyFloat(item) - (1 - (pmf[0] as number)))).toBeLessThanOrEqual(0.00005 + 1e-12);
    });
    items("binomial-pmf", (item) => {
      const n = readNumber(item.stem, "n");
      const exact = binomialPmf(n, readNumber(item.stem, "k"), readNumber(item.stem, "p"));
      expect(Math.abs(keyFloat(item) - exact)).toBeLessThanOrEqual(0.00005 + 1e-12);
    });
    items("binomial-tail", (item) => {
      const n = readNumber(item.stem, "n");
      const k = readNumber(item.stem, "k");
      const p = readNumber(item.stem, "p");
      let tail = 0;
      for (let j = k; j <= n; j++) tail += binomialPmf(n, j, p);
      expect(Math.abs(answer(item) - tail)).toBeLessThanOrEqual(0.00005 + 1e-12);
    });
  });

  it("discrete-expectation and discrete-variance: E[X] within the support, Var(X) = E[(X - mu)^2] >= 0", () => {
    const table = (stem: string) => {
      const row = (prefix: string) =>
        (stem.split("\n").find((l) => l.startsWith(prefix)) ?? "")
          .slice(prefix.length)
          .split("|")
          .map((c) => c.trim())
          .filter(Boolean)
          .map(Number);
      return { xs: row("| $x$ |"), ps: row("| $P(X = x)$ |") };
    };
    items("discrete-expectation", (item) => {
      const { xs, ps } = table(item.stem);
      expect(ps.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      const mean = xs.reduce((s, x, i) => s + x * (ps[i] as number), 0);
      expect(keyFloat(item)).toBeCloseTo(mean, 9);
      expect(keyFloat(item)).toBeGreaterThanOrEqual(Math.min(...xs));
      expect(keyFloat(item)).toBeLessThanOrEqual(Math.max(...xs));
    });
    items("discrete-variance", (item) => {
      const { xs, ps } = table(item.stem);
      const mean = xs.reduce((s, x, i) => s + x * (ps[i] as number), 0);
      const v = xs.reduce((s, x, i) => s + (ps[i] as number) * (x - mean) ** 2, 0);
      expect(keyFloat(item)).toBeCloseTo(v, 9);
      expect(keyFloat(item)).toBeGreaterThan(0);
    });
  });

  it("linearity-expectation and variance-of-sum hold on an explicit joint distribution", () => {
    items("linearity-expectation", (item) => {
      const ex = readNumber(item.stem, "E[X]");
      const ey = readNumber(item.stem, "E[Y]");
      const [, a, s1, b, s2, c] = /E\[(\d+)X ([+-]) (\d+)Y ([+-]) (\d+)\]\$\?/.exec(
        item.stem,
      ) as unknown as string[];
      const coefB = (s1 === "-" ? -1 : 1) * Number(b);
      const coefC = (s2 === "-" ? -1 : 1) * Number(c);
      // A correlated joint law with those means: (X, Y) = (ex - 2, ey - 1) or (ex + 2, ey + 1), equally likely.
      const values = [-1, 1].map((d) => Number(a) * (ex + 2 * d) + coefB * (ey + d) + coefC);
      expect(keyNumber(item)).toBe((values[0] as number) / 2 + (values[1] as number) / 2);
    });
    items("variance-of-sum", (item) => {
      const vx = readNumber(item.stem, "\\operatorname{Var}(X)");
      const vy = readNumber(item.stem, "\\operatorname{Var}(Y)");
      const cov = readNumber(item.stem, "\\operatorname{Cov}(X, Y)");
      const [, a, s, b] = /Var\}\((\d*)X ([+-]) (\d*)Y\)/.exec(item.stem) as unknown as string[];
      const ca = Number(a || "1");
      const cb = (s === "-" ? -1 : 1) * Number(b || "1");
      // Build (X, Y) = L Z with L the Cholesky factor of the covariance matrix; Var(aX + bY) = |L^T w|^2.
      const l11 = Math.sqrt(vx);
      const l21 = cov / l11;
      const l22 = Math.sqrt(vy - l21 * l21);
      const v = (ca * l11 + cb * l21) ** 2 + (cb * l22) ** 2;
      expect(keyNumber(item)).toBeCloseTo(v, 9);
      expect(keyNumber(item)).toBeGreaterThan(0);
    });
  });

  it("bayes-test: the posterior equals joint / marginal, and conditional-table equals joint / marginal count", () => {
    items("bayes-test", (item) => {
      const prev = readNumber(item.stem, "\\text{prevalence}") / 100;
      const sens = readNumber(item.stem, "\\text{sensitivity}") / 100;
      const spec = readNumber(item.stem, "\\text{specificity}") / 100;
      const joint = prev * sens;
      const marginal = joint + (1 - prev) * (1 - spec);
      expect(Math.abs(keyFloat(item) - (100 * joint) / marginal)).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(keyFloat(item)).toBeLessThanOrEqual(100);
    });
    items("conditional-table", (item) => {
      const row = (label: string) =>
        (item.stem.split("\n").find((l) => l.startsWith(`| ${label} |`)) ?? "")
          .split("|")
          .slice(2, 4)
          .map(Number);
      const [tp, fp] = row("Flagged") as [number, number];
      const [fn] = row("Not flagged") as [number, number];
      const given = item.stem.includes("\\mid \\text{flagged})") ? tp + fp : tp + fn;
      expect(keyNumber(item)).toBeCloseTo(tp / given, 12);
    });
  });

  it("normal-probability: the answer matches a numerical integral of the normal density", () => {
    items("normal-probability", (item) => {
      const mu = readNumber(item.stem, "\\mu");
      const sigma = readNumber(item.stem, "\\sigma");
      const ev = /P\(([^)]*)\)\$\?/.exec(item.stem)?.[1] ?? "";
      const pdf = (x: number) => Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));
      const integrate = (a: number, b: number, n = 20_000) => {
        const h = (b - a) / n;
        let s = 0;
        for (let i = 0; i < n; i++) s += pdf(a + (i + 0.5) * h);
        return s * h;
      };
      const far = 12 * sigma;
      const nums = [...ev.matchAll(/-?\d+(\.\d+)?/g)].map((x) => Number(x[0]));
      const p = ev.includes("<")
        ? integrate(nums[0] as number, nums[1] as number)
        : ev.includes(">")
          ? integrate(nums[0] as number, mu + far)
          : integrate(mu - far, nums[0] as number);
      expect(Math.abs(answer(item) - p)).toBeLessThanOrEqual(0.00005 + 1e-7);
    });
  });
});

describe("statistics: estimators, intervals and tests", () => {
  it("median: half the data lie on each side of the key", () => {
    items("median", (item) => {
      const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
      const med = keyFloat(item);
      expect(xs.filter((x) => x < med).length).toBe(xs.length / 2);
      expect(xs.filter((x) => x > med).length).toBe(xs.length / 2);
    });
  });

  it("sample-sd: s^2 (n - 1) is the sum of squared deviations", () => {
    items("sample-sd", (item) => {
      const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
      const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
      const ss = xs.reduce((a, x) => a + (x - mean) ** 2, 0);
      expect(Math.abs(keyFloat(item) - Math.sqrt(ss / (xs.length - 1)))).toBeLessThanOrEqual(0.005 + 1e-12);
    });
  });

  it("mle-bernoulli and mle-poisson: the key maximises the log-likelihood", () => {
    items("mle-bernoulli", (item) => {
      const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
      const k = xs.filter((x) => x === 1).length;
      const ll = (p: number) => k * Math.log(p) + (xs.length - k) * Math.log(1 - p);
      const p = keyNumber(item);
      expect(ll(p)).toBeGreaterThan(ll(p + 0.01));
      expect(ll(p)).toBeGreaterThan(ll(p - 0.01));
    });
    items("mle-poisson", (item) => {
      const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
      const total = xs.reduce((a, x) => a + x, 0);
      const ll = (l: number) => total * Math.log(l) - xs.length * l;
      const l = keyFloat(item);
      expect(ll(l)).toBeGreaterThan(ll(l + 0.02));
      expect(ll(l)).toBeGreaterThan(ll(l - 0.02));
    });
  });

  it("standard-error: the key is the standard deviation of the mean of n observations", () => {
    items("standard-error", (item) => {
      const n = readNumber(item.stem, "n");
      const s = readNumber(item.stem, "s");
      expect(Math.abs(keyFloat(item) - Math.sqrt((s * s) / n))).toBeLessThanOrEqual(0.005 + 1e-12);
    });
  });

  it("ci-mean-z and ci-mean-t: intervals are centred on x-bar with the right critical value", () => {
    const ends = (item: GeneratedItem) =>
      keyOption(item)
        .text.replace(/[$[\]]|\\ /g, "")
        .split(",")
        .map(Number) as [number, number];
    items("ci-mean-z", (item) => {
      const [lo, hi] = ends(item);
      const xbar = readNumber(item.stem, "\\bar{x}");
      const level = Number(/the (\d+)% confidence/.exec(item.stem)?.[1]);
      const half = (hi - lo) / 2;
      const se = readNumber(item.stem, "\\sigma") / Math.sqrt(readNumber(item.stem, "n"));
      expect((lo + hi) / 2).toBeCloseTo(xbar, 1);
      // The half-width divided by the SE is the z quantile with (1 + level)/2 below it.
      expect(normalCdf(half / se)).toBeCloseTo((1 + level / 100) / 2, 2);
    });
    items("ci-mean-t", (item) => {
      const [lo, hi] = ends(item);
      const n = readNumber(item.stem, "n");
      const level = Number(/the (\d+)% confidence/.exec(item.stem)?.[1]);
      const t = (hi - lo) / 2 / (readNumber(item.stem, "s") / Math.sqrt(n));
      expect((lo + hi) / 2).toBeCloseTo(readNumber(item.stem, "\\bar{x}"), 1);
      expect(tCdf(t, n - 1)).toBeCloseTo((1 + level / 100) / 2, 2);
    });
  });

  it("z-test-one-sample and two-sample-z: p = P(|Z| >= |z|)", () => {
    items("z-test-one-sample", (item) => {
      const z =
        (readNumber(item.stem, "\\bar{x}") - readNumber(item.stem, "\\mu_0")) /
        (readNumber(item.stem, "\\sigma") / Math.sqrt(readNumber(item.stem, "n")));
      expect(Math.abs(keyFloat(item) - 2 * normalCdf(-Math.abs(z)))).toBeLessThanOrEqual(0.00005 + 1e-12);
    });
    items("two-sample-z", (item) => {
      const se = Math.sqrt(
        readNumber(item.stem, "\\sigma_A") ** 2 / readNumber(item.stem, "n_A") +
          readNumber(item.stem, "\\sigma_B") ** 2 / readNumber(item.stem, "n_B"),
      );
      const z = (readNumber(item.stem, "\\bar{x}_A") - readNumber(item.stem, "\\bar{x}_B")) / se;
      expect(Math.abs(answer(item) - 2 * normalCdf(-Math.abs(z)))).toBeLessThanOrEqual(0.00005 + 1e-12);
    });
  });

  it("regression-slope: residuals of the fitted line are orthogonal to x; correlation lies in [-1, 1]", () => {
    items("regression-slope", (item) => {
      const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
      const ys = readTuple(item.stem, "\\mathbf{y}").map(toNumber);
      const mx = xs.reduce((a, x) => a + x, 0) / xs.length;
      const my = ys.reduce((a, y) => a + y, 0) / ys.length;
      // Minimise the squared error over a fine grid of slopes around the key.
      const sse = (b: number) => xs.reduce((a, x, i) => a + ((ys[i] as number) - my - b * (x - mx)) ** 2, 0);
      const b = keyFloat(item);
      expect(sse(b)).toBeLessThanOrEqual(sse(b + 0.01) + 1e-9);
      expect(sse(b)).toBeLessThanOrEqual(sse(b - 0.01) + 1e-9);
    });
    items("correlation", (item) => {
      expect(Math.abs(keyFloat(item))).toBeLessThanOrEqual(1);
      const xs = readTuple(item.stem, "\\mathbf{x}").map(toNumber);
      const ys = readTuple(item.stem, "\\mathbf{y}").map(toNumber);
      // r^2 = 1 - SSE / SST of the least-squares line.
      const n = xs.length;
      const mx = xs.reduce((a, x) => a + x, 0) / n;
      const my = ys.reduce((a, y) => a + y, 0) / n;
      const sxy = xs.reduce((a, x, i) => a + (x - mx) * ((ys[i] as number) - my), 0);
      const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
      const sst = ys.reduce((a, y) => a + (y - my) ** 2, 0);
      const sse = xs.reduce((a, x, i) => a + ((ys[i] as number) - my - (sxy / sxx) * (x - mx)) ** 2, 0);
      expect(Math.abs(keyFloat(item) ** 2 - (1 - sse / sst))).toBeLessThan(0.002);
      expect(Math.sign(keyFloat(item))).toBe(Math.sign(sxy));
    });
  });

  it("sample-size: the key is the smallest n whose margin is within E", () => {
    items("sample-size", (item) => {
      const level = Number(/with (\d+)% confidence/.exec(item.stem)?.[1]);
      const p = { 90: "0.95", 95: "0.975", 99: "0.995" }[level as 90 | 95 | 99];
      const z = readNumber(item.stem, `z_{${p}}`);
      const sigma = readNumber(item.stem, "\\sigma");
      const E = readNumber(item.stem, "E");
      const n = keyNumber(item);
      expect((z * sigma) / Math.sqrt(n)).toBeLessThanOrEqual(E);
      expect((z * sigma) / Math.sqrt(n - 1)).toBeGreaterThan(E);
    });
  });
});

it("every model has a defining-equation test above", () => {
  const tested = new Set([
    "det-2x2",
    "det-3x3",
    "det-properties",
    "matrix-product-entry",
    "matrix-shape",
    "vector-norm",
    "cosine-similarity",
    "linear-system-2x2",
    "rank",
    "eigen-2x2",
    "eigen-triangular",
    "svd-2x2",
    "poly-derivative",
    "chain-rule-power",
    "partial-derivative",
    "gradient-2var",
    "sigmoid-derivative",
    "chain-rule-sigmoid",
    "quadratic-minimum",
    "gradient-descent-step",
    "newton-step",
    "definite-integral",
    "area-between-curves",
    "combinations",
    "committee-count",
    "complement-at-least-one",
    "binomial-pmf",
    "binomial-tail",
    "discrete-expectation",
    "discrete-variance",
    "linearity-expectation",
    "variance-of-sum",
    "bayes-test",
    "conditional-table",
    "normal-probability",
    "median",
    "sample-sd",
    "mle-bernoulli",
    "mle-poisson",
    "standard-error",
    "ci-mean-z",
    "ci-mean-t",
    "z-test-one-sample",
    "two-sample-z",
    "regression-slope",
    "correlation",
    "sample-size",
  ]);
  expect(ITEM_MODELS.map((m) => m.id).filter((id) => !tested.has(id))).toEqual([]);
});
