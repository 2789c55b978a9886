/** @module Chain rule on (ax + b)^n at a point. */
import { intBetween } from "../shared/rng";
import {
  choice,
  defineModel,
  expectKeyText,
  m,
  paragraphs,
  paren,
  pick,
  readNumber,
  signed,
} from "./helpers";
import { diffPoly, evalPoly } from "./polynomial";
import { calculus1, mml } from "./references";

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

export const chainRulePower = defineModel({
  id: "chain-rule-power",
  skill: "calculus",
  subtopic: "chain-rule",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const n = pick(rng, [2, 3, 4, 5]);
    const a = pick(rng, [-3, -2, 2, 3, 4, 5]);
    const b = intBetween(rng, -6, 6);
    const x0 = intBetween(rng, -3, 3);
    const u = a * x0 + b;
    if (b === 0 || Math.abs(u) < 2 || Math.abs(u) > 3 + (n <= 3 ? 2 : 0)) return null;
    const key = n * a * u ** (n - 1);
    const parts = choice(rng, m(key), [m(n * u ** (n - 1)), m(n * a * u ** n), m(a * u ** (n - 1))]);
    if (!parts) return null;
    return {
      stem: `Let $f(x) = (${a}x ${signed(b)})^{${n}}$. What is $f'(x)$ at $x = ${x0}$?`,
      ...parts,
      explanation: paragraphs(
        `Chain rule: with inner function $u(x) = ${a}x ${signed(b)}$ and outer function $u^{${n}}$, $f'(x) = ${n}\\,u^{${n - 1}} \\cdot u'(x) = ${n}(${a}x ${signed(b)})^{${n - 1}} \\cdot ${paren(a)}$.`,
        `At $x = ${x0}$: $u = ${a}\\cdot${paren(x0)} ${signed(b)} = ${u}$, so $f'(${x0}) = ${n} \\cdot ${paren(u)}^{${n - 1}} \\cdot ${paren(a)} = ${key}$.`,
        `$${n * u ** (n - 1)}$ forgets the inner derivative $u' = ${a}$; $${n * a * u ** n}$ forgets to lower the exponent; $${a * u ** (n - 1)}$ forgets the outer factor $${n}$.`,
      ),
      references: [calculus1("Section 3.6: The Chain Rule"), mml("Section 5.2.2: Chain Rule")],
    };
  },
  verify(item) {
    const m2 = /f\(x\) = \((-?\d+)x ([+-]) (\d+)\)\^\{(\d+)\}/.exec(item.stem);
    if (!m2) return "cannot read f";
    const a = Number(m2[1]);
    const b = (m2[2] === "-" ? -1 : 1) * Number(m2[3]);
    const n = Number(m2[4]);
    const x0 = readNumber(item.stem, "x");
    // Expand (ax + b)^n with the binomial theorem and differentiate term by term.
    const expanded = Array.from({ length: n + 1 }, (_, k) => ({
      coef: binomial(n, k) * a ** k * b ** (n - k),
      pow: [k],
    }));
    return expectKeyText(item, m(evalPoly(diffPoly(expanded, 0), [x0])));
  },
});
