/**
 * @module Exact rational arithmetic for item keys (safe-integer numerators and denominators), so
 * keys are exact and their decimal renderings are correctly rounded.
 */
import { CertpathError } from "../shared/errors";

/** A reduced fraction n/d with d > 0 (arbitrary precision, so products of many decimals stay exact). */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function big(x: number | bigint): bigint {
  if (typeof x === "bigint") return x;
  if (!Number.isSafeInteger(x)) throw new CertpathError("INVARIANT", `not a safe integer: ${x}`);
  return BigInt(x);
}

/** The fraction n/d, reduced. Throws if d is 0 or a number part is not a safe integer. */
export function q(n: number | bigint, d: number | bigint = 1): Q {
  const nn = big(n);
  const dd = big(d);
  if (dd === 0n) throw new CertpathError("INVARIANT", "rational with zero denominator");
  const g = gcd(nn, dd) || 1n;
  const s = dd < 0n ? -1n : 1n;
  return { n: (s * nn) / g, d: (s * dd) / g };
}

export const ZERO = q(0);
export const ONE = q(1);

export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const neg = (a: Q): Q => q(-a.n, a.d);
export const eqQ = (a: Q, b: Q): boolean => a.n === b.n && a.d === b.d;
export const toNumber = (a: Q): number => Number(a.n) / Number(a.d);
export const isInt = (a: Q): boolean => a.d === 1n;
/** -1, 0 or 1. */
export const signQ = (a: Q): number => (a.n > 0n ? 1 : a.n < 0n ? -1 : 0);

export function div(a: Q, b: Q): Q {
  if (b.n === 0n) throw new CertpathError("INVARIANT", "rational division by zero");
  return q(a.n * b.d, a.d * b.n);
}

export function powQ(a: Q, k: number): Q {
  let r = ONE;
  for (let i = 0; i < k; i++) r = mul(r, a);
  return r;
}

export function sumQ(xs: readonly Q[]): Q {
  return xs.reduce(add, ZERO);
}

/** Parses "3", "-2", "0.25" or "-1.5" exactly. */
export function fromDecimal(text: string): Q {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new CertpathError("INVALID_ARGUMENT", `not a decimal: ${text}`);
  const frac = m[3] ?? "";
  const value = q(BigInt(`${m[2]}${frac}`), 10n ** BigInt(frac.length));
  return m[1] === "-" ? neg(value) : value;
}

/** KaTeX for the fraction: "5", "-\frac{3}{8}". */
export function texQ(a: Q): string {
  if (a.d === 1n) return String(a.n);
  return `${a.n < 0n ? "-" : ""}\\frac{${a.n < 0n ? -a.n : a.n}}{${a.d}}`;
}

/** Correctly rounded (half away from zero) decimal with exactly `dp` places, never "-0.00". */
export function roundQ(a: Q, dp: number): string {
  const scale = 10n ** BigInt(dp);
  const num = (a.n < 0n ? -a.n : a.n) * scale;
  const den = a.d;
  let whole = num / den;
  if ((num - whole * den) * 2n >= den) whole += 1n;
  const digits = whole.toString().padStart(dp + 1, "0");
  const body = dp === 0 ? digits : `${digits.slice(0, -dp)}.${digits.slice(-dp)}`;
  return whole !== 0n && a.n < 0n ? `-${body}` : body;
}

/** The exact decimal expansion when it terminates within 12 places ("0.125"), otherwise null. */
export function exactDecimal(a: Q): string | null {
  for (let dp = 0; dp <= 12; dp++) {
    if ((a.n * 10n ** BigInt(dp)) % a.d === 0n) return roundQ(a, dp);
  }
  return null;
}

/** Exact decimal when short (<= maxDp places), otherwise rounded to maxDp places. */
export function decimalQ(a: Q, maxDp: number): string {
  const exact = exactDecimal(a);
  if (exact !== null && (exact.split(".")[1]?.length ?? 0) <= maxDp) return exact;
  return roundQ(a, maxDp);
}
