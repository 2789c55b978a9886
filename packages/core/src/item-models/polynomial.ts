/**
 * @module Integer polynomials in one or two variables: KaTeX rendering, parsing back from a stem,
 * evaluation and term-wise differentiation (used by the calculus checks).
 */
import { CertpathError } from "../shared/errors";

/** coef * v0^p[0] * v1^p[1] */
export interface Term {
  coef: number;
  pow: readonly number[];
}

function varPart(name: string, p: number): string {
  if (p === 0) return "";
  return p === 1 ? name : `${name}^{${p}}`;
}

/** Renders terms in the given order, e.g. "2x^{3} - x^{2} + 4x - 5" or "3x^{2}y - xy^{2}". */
export function polyTex(terms: readonly Term[], vars: readonly string[] = ["x"]): string {
  let out = "";
  for (const t of terms) {
    if (t.coef === 0) continue;
    const vp = t.pow.map((p, i) => varPart(vars[i] as string, p)).join("");
    const abs = Math.abs(t.coef);
    const body = vp === "" ? String(abs) : `${abs === 1 ? "" : abs}${vp}`;
    if (out === "") out = t.coef < 0 ? `-${body}` : body;
    else out += t.coef < 0 ? ` - ${body}` : ` + ${body}`;
  }
  return out === "" ? "0" : out;
}

/** Parses what polyTex writes (integer coefficients, single-letter variables). */
export function parsePoly(tex: string, vars: readonly string[] = ["x"]): Term[] {
  const s = tex.replace(/\s+/g, "");
  const tokens = s.match(/[+-]?[^+-]+/g);
  if (!tokens) throw new CertpathError("INVALID_ARGUMENT", `cannot read a polynomial from "${tex}"`);
  return tokens.map((token) => {
    const m = /^([+-]?)(\d*)(.*)$/.exec(token);
    if (!m) throw new CertpathError("INVALID_ARGUMENT", `bad term "${token}"`);
    const rest = m[3] as string;
    const pow = vars.map(() => 0);
    const varRe = /([a-z])(?:\^\{(\d+)\})?/g;
    let consumed = "";
    for (let v = varRe.exec(rest); v !== null; v = varRe.exec(rest)) {
      const i = vars.indexOf(v[1] as string);
      if (i < 0) throw new CertpathError("INVALID_ARGUMENT", `unknown variable in "${token}"`);
      pow[i] = (pow[i] as number) + Number(v[2] ?? 1);
      consumed += v[0];
    }
    if (consumed !== rest) throw new CertpathError("INVALID_ARGUMENT", `bad term "${token}"`);
    const digits = m[2] as string;
    if (digits === "" && rest === "") throw new CertpathError("INVALID_ARGUMENT", `bad term "${token}"`);
    const magnitude = digits === "" ? 1 : Number(digits);
    return { coef: m[1] === "-" ? -magnitude : magnitude, pow };
  });
}

export function evalPoly(terms: readonly Term[], point: readonly number[]): number {
  let total = 0;
  for (const t of terms) {
    let v = t.coef;
    t.pow.forEach((p, i) => {
      v *= (point[i] as number) ** p;
    });
    total += v;
  }
  return total;
}

/** Term-wise partial derivative with respect to variable `i`. */
export function diffPoly(terms: readonly Term[], i: number): Term[] {
  return terms
    .filter((t) => (t.pow[i] as number) > 0)
    .map((t) => ({
      coef: t.coef * (t.pow[i] as number),
      pow: t.pow.map((p, j) => (j === i ? p - 1 : p)),
    }));
}
