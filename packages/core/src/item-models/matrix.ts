/**
 * @module Small exact matrix computations for the linear-algebra models and their checks.
 */
import { at } from "./helpers";
import { div, mul, type Q, q, sub } from "./rational";

export type Matrix = readonly (readonly number[])[];

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) {
    for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  }
  return out;
}

function parity(p: readonly number[]): number {
  let inversions = 0;
  for (let i = 0; i < p.length; i++)
    for (let j = i + 1; j < p.length; j++) if ((p[i] as number) > (p[j] as number)) inversions++;
  return inversions % 2 === 0 ? 1 : -1;
}

/** Determinant by the Leibniz formula (sum over permutations). */
export function detLeibniz(A: Matrix): number {
  const n = A.length;
  let total = 0;
  for (const p of permutations(n)) {
    let prod = parity(p);
    for (let i = 0; i < n; i++) prod *= at(A, i, p[i] as number);
    total += prod;
  }
  return total;
}

/** Determinant by cofactor expansion along the first row. */
export function detCofactor(A: Matrix): number {
  const n = A.length;
  if (n === 1) return at(A, 0, 0);
  let total = 0;
  for (let j = 0; j < n; j++) {
    const minor = A.slice(1).map((row) => row.filter((_, k) => k !== j));
    total += (j % 2 === 0 ? 1 : -1) * at(A, 0, j) * detCofactor(minor);
  }
  return total;
}

/** Rank by exact Gaussian elimination over the rationals; also returns the row echelon form. */
export function rankByElimination(A: Matrix): { rank: number; echelon: Q[][] } {
  const R: Q[][] = A.map((row) => row.map((x) => q(x)));
  const rows = R.length;
  const cols = R[0]?.length ?? 0;
  let rank = 0;
  for (let c = 0; c < cols && rank < rows; c++) {
    const pivot = R.findIndex((row, i) => i >= rank && (row[c] as Q).n !== 0n);
    if (pivot < 0) continue;
    [R[rank], R[pivot]] = [R[pivot] as Q[], R[rank] as Q[]];
    const top = R[rank] as Q[];
    for (let i = rank + 1; i < rows; i++) {
      const row = R[i] as Q[];
      const factor = div(row[c] as Q, top[c] as Q);
      R[i] = row.map((x, k) => sub(x, mul(factor, top[k] as Q)));
    }
    rank++;
  }
  return { rank, echelon: R };
}

function combinations(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  if (n < k) return [];
  return [...combinations(n - 1, k), ...combinations(n - 1, k - 1).map((c) => [...c, n - 1])];
}

/** Rank as the size of the largest non-zero minor (independent of elimination). */
export function rankByMinors(A: Matrix): number {
  const rows = A.length;
  const cols = A[0]?.length ?? 0;
  for (let k = Math.min(rows, cols); k > 0; k--) {
    for (const rs of combinations(rows, k)) {
      for (const cs of combinations(cols, k)) {
        const minor = rs.map((i) => cs.map((j) => at(A, i, j)));
        if (detLeibniz(minor) !== 0) return k;
      }
    }
  }
  return 0;
}

export function matMul(A: Matrix, B: Matrix): number[][] {
  const inner = B.length;
  const cols = B[0]?.length ?? 0;
  return A.map((_, i) =>
    Array.from({ length: cols }, (_, j) => {
      let s = 0;
      for (let k = 0; k < inner; k++) s += at(A, i, k) * at(B, k, j);
      return s;
    }),
  );
}

export function transpose(A: Matrix): number[][] {
  return (A[0] ?? []).map((_, j) => A.map((_, i) => at(A, i, j)));
}
