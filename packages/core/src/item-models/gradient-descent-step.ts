/** @module One gradient-descent step on a separable quadratic loss. */
import { intBetween } from "../shared/rng";
import {
  choice,
  defineModel,
  keyOption,
  m,
  paragraphs,
  parseTuple,
  pick,
  readNumber,
  readTuple,
  signed,
} from "./helpers";
import { decimalQ, fromDecimal, mul, type Q, q, sub, toNumber } from "./rational";
import { goodfellow, mml } from "./references";

const pt = (x: Q, y: Q): string => m(`(${decimalQ(x, 4)}, ${decimalQ(y, 4)})`);

function term(a: number, name: string, c: number): string {
  return `${a === 1 ? "" : a}(${name} ${signed(-c)})^2`;
}

export const gradientDescentStep = defineModel({
  id: "gradient-descent-step",
  skill: "calculus",
  subtopic: "optimization",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const a1 = intBetween(rng, 1, 3);
    const a2 = intBetween(rng, 1, 3);
    const c1 = intBetween(rng, -3, 3);
    const c2 = intBetween(rng, -3, 3);
    const w1 = intBetween(rng, -3, 4);
    const w2 = intBetween(rng, -3, 4);
    const etaText = pick(rng, ["0.1", "0.05", "0.2", "0.25"]);
    const eta = fromDecimal(etaText);
    if (c1 === 0 || c2 === 0 || w1 === c1 || w2 === c2 || a1 === a2) return null;
    const g1 = 2 * a1 * (w1 - c1);
    const g2 = 2 * a2 * (w2 - c2);
    const step = (s: number, factor = 2): [Q, Q] => [
      sub(q(w1), mul(q(s), mul(eta, q(factor * a1 * (w1 - c1))))),
      sub(q(w2), mul(q(s), mul(eta, q(factor * a2 * (w2 - c2))))),
    ];
    const [n1, n2] = step(1);
    const [u1, u2] = step(-1);
    const [h1, h2] = step(1, 1);
    const parts = choice(rng, pt(n1, n2), [pt(u1, u2), pt(q(w1 - g1), q(w2 - g2)), pt(h1, h2)]);
    if (!parts) return null;
    return {
      stem: `Minimise $L(w_1, w_2) = ${term(a1, "w_1", c1)} + ${term(a2, "w_2", c2)}$ by gradient descent with learning rate $\\eta = ${etaText}$, starting from $\\mathbf{w} = (${w1}, ${w2})$. Where is $\\mathbf{w}$ after one step?`,
      ...parts,
      explanation: paragraphs(
        `Gradient descent updates $\\mathbf{w} \\leftarrow \\mathbf{w} - \\eta\\,\\nabla L(\\mathbf{w})$.`,
        `$\\nabla L = \\bigl(${2 * a1}(w_1 ${signed(-c1)}),\\ ${2 * a2}(w_2 ${signed(-c2)})\\bigr)$, which at $(${w1}, ${w2})$ is $(${g1}, ${g2})$.`,
        `New point: $(${w1} - ${etaText}\\cdot(${g1}),\\ ${w2} - ${etaText}\\cdot(${g2})) = (${decimalQ(n1, 4)}, ${decimalQ(n2, 4)})$. Each coordinate gets closer to the minimiser $(${c1}, ${c2})$; with a much larger learning rate ($\\eta > 1/a$ for a term $a(w - c)^2$) the steps would overshoot by more each time and diverge.`,
        `$(${decimalQ(u1, 4)}, ${decimalQ(u2, 4)})$ adds the gradient (gradient ascent, moving uphill); $(${w1 - g1}, ${w2 - g2})$ forgets the learning rate; $(${decimalQ(h1, 4)}, ${decimalQ(h2, 4)})$ forgets the factor 2 from differentiating the square.`,
      ),
      references: [
        goodfellow("Section 4.3: Gradient-Based Optimization"),
        mml("Section 7.1: Optimization Using Gradient Descent"),
      ],
    };
  },
  verify(item) {
    const terms = [...item.stem.matchAll(/(\d*)\(w_(\d) ([+-]) (\d+)\)\^2/g)];
    if (terms.length !== 2) return "cannot read L";
    const coef = terms.map((t) => Number(t[1] || "1"));
    const centre = terms.map((t) => (t[3] === "-" ? 1 : -1) * Number(t[4]));
    const eta = readNumber(item.stem, "\\eta");
    const w = readTuple(item.stem, "\\mathbf{w}").map(toNumber);
    // Numerical gradient of L, then the update.
    const L = (p: number[]): number =>
      p.reduce((s, x, i) => s + (coef[i] as number) * (x - (centre[i] as number)) ** 2, 0);
    const h = 1e-4;
    const next = w.map((wi, i) => {
      const plus = w.map((x, j) => (j === i ? x + h : x));
      const minus = w.map((x, j) => (j === i ? x - h : x));
      return wi - eta * ((L(plus) - L(minus)) / (2 * h));
    });
    const close = (text: string): boolean => {
      const p = parseTuple(text).map(toNumber);
      return p.length === 2 && p.every((x, i) => Math.abs(x - (next[i] as number)) < 1e-6);
    };
    if (!close(keyOption(item).text))
      return `key ${keyOption(item).text} is not w - eta grad L = (${next.join(", ")})`;
    if ((item.options ?? []).some((o) => o.id !== item.key?.[0] && close(o.text)))
      return "a distractor is also correct";
    return null;
  },
});
