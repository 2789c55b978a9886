/** @module Area between y = bx and y = ax^2. */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyText, m, paragraphs } from "./helpers";
import { add, mul, neg, type Q, q, sub, texQ } from "./rational";
import { calculus1 } from "./references";

export const areaBetweenCurves = defineModel({
  id: "area-between-curves",
  skill: "calculus",
  subtopic: "integrals",
  tier: "hard",
  format: "single-choice",
  build(rng) {
    const a = intBetween(rng, 1, 3);
    const b = intBetween(rng, 1, 6);
    if (b % a !== 0 && a !== 2) return null;
    const top = q(b, a); // intersection x = b / a
    const line = q(b ** 3, 2 * a * a); // int_0^{b/a} b x dx
    const parabola = q(b ** 3, 3 * a * a); // int_0^{b/a} a x^2 dx
    const area = sub(line, parabola);
    const parts = choice(rng, m(texQ(area)), [m(texQ(line)), m(texQ(neg(area))), m(texQ(parabola))]);
    if (!parts) return null;
    const ax2 = a === 1 ? "x^2" : `${a}x^2`;
    const bx = b === 1 ? "x" : `${b}x`;
    return {
      stem: `What is the area of the bounded region enclosed by the line $y = ${bx}$ and the parabola $y = ${ax2}$?`,
      ...parts,
      explanation: paragraphs(
        `Intersections: $${ax2} = ${bx}$ gives $x = 0$ and $x = ${texQ(top)}$. Between them the line lies above the parabola (e.g. at $x = ${texQ(q(b, 2 * a))}$).`,
        `Area $= \\displaystyle\\int_0^{${texQ(top)}} \\left(${bx} - ${ax2}\\right) dx = \\left[${texQ(q(b, 2))}x^2 - ${texQ(q(a, 3))}x^3\\right]_0^{${texQ(top)}} = ${texQ(line)} - ${texQ(parabola)} = ${texQ(area)}$.`,
        `$${texQ(line)}$ is the area under the line alone (the parabola's area was not subtracted); $${texQ(parabola)}$ is the area under the parabola alone; $${texQ(neg(area))}$ integrates lower minus upper: an area is never negative, so integrate top minus bottom.`,
      ),
      references: [calculus1("Section 6.1: Areas between Curves")],
    };
  },
  verify(item) {
    const line = /line \$y = (\d*)x\$/.exec(item.stem);
    const parabola = /parabola \$y = (\d*)x\^2\$/.exec(item.stem);
    if (!line || !parabola) return "cannot read the curves";
    const b = Number(line[1] || "1");
    const a = Number(parabola[1] || "1");
    // Simpson's rule (exact for the quadratic b x - a x^2) over [0, b/a], where the curves meet.
    const end = q(b, a);
    const g = (x: Q): Q => sub(mul(q(b), x), mul(q(a), mul(x, x)));
    const mid = mul(end, q(1, 2));
    const area = mul(mul(end, q(1, 6)), add(add(g(q(0)), mul(q(4), g(mid))), g(end)));
    return expectKeyText(item, m(texQ(area)));
  },
});
