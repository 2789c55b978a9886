/** @module Linearity of expectation holds without independence. */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyText, m, paragraphs, paren, readNumber, signed } from "./helpers";
import { blitzstein, mml } from "./references";

const CANNOT = "Cannot be determined without knowing whether $X$ and $Y$ are independent";

export const linearityExpectation = defineModel({
  id: "linearity-expectation",
  skill: "probability",
  subtopic: "random-variables",
  tier: "easy",
  format: "single-choice",
  build(rng) {
    const a = intBetween(rng, 2, 5);
    const b = intBetween(rng, -4, 4);
    const c = intBetween(rng, -9, 9);
    const ex = intBetween(rng, -5, 8);
    const ey = intBetween(rng, -5, 8);
    if (b === 0 || Math.abs(b) === 1 || c === 0 || ex === 0 || ey === 0 || ex === ey) return null;
    const key = a * ex + b * ey + c;
    const parts = choice(rng, m(key), [CANNOT, m(a * ex + b * ey), m(a * a * ex + b * b * ey + c)]);
    if (!parts) return null;
    return {
      stem: `Random variables $X$ and $Y$ are correlated, with $E[X] = ${ex}$ and $E[Y] = ${ey}$. What is $E[${a}X ${signed(b).replace(/(\d+)$/, "$1Y")} ${signed(c)}]$?`,
      ...parts,
      explanation: paragraphs(
        `Expectation is linear: $E[aX + bY + c] = aE[X] + bE[Y] + c$ for any random variables, independent or not. Independence matters for $E[XY] = E[X]\\,E[Y]$, and zero correlation for adding variances; neither is needed here.`,
        `$E[${a}X ${signed(b).replace(/(\d+)$/, "$1Y")} ${signed(c)}] = ${a}\\cdot${paren(ex)} + ${paren(b)}\\cdot${paren(ey)} + ${paren(c)} = ${key}$.`,
        `$${a * ex + b * ey}$ forgets the constant; $${a * a * ex + b * b * ey + c}$ squares the coefficients, which is the rule for variances of independent variables ($\\operatorname{Var}(aX) = a^2\\operatorname{Var}(X)$), not for expectations.`,
      ),
      references: [
        blitzstein("Chapter 4: Expectation (linearity)"),
        mml("Section 6.4.4: Sums and Transformations of Random Variables"),
      ],
    };
  },
  verify(item) {
    const ex = readNumber(item.stem, "E[X]");
    const ey = readNumber(item.stem, "E[Y]");
    const expr = /What is \$E\[(\d+)X ([+-]) (\d+)Y ([+-]) (\d+)\]\$/.exec(item.stem);
    if (!expr) return "cannot read the expression";
    const a = Number(expr[1]);
    const b = (expr[2] === "-" ? -1 : 1) * Number(expr[3]);
    const c = (expr[4] === "-" ? -1 : 1) * Number(expr[5]);
    // Check linearity on a concrete joint distribution with those means (X, Y perfectly correlated):
    // X = ex + D, Y = ey + D with D = +-1 equally likely.
    const outcomes = [-1, 1].map((dd) => a * (ex + dd) + b * (ey + dd) + c);
    return expectKeyText(item, m((outcomes[0] as number) / 2 + (outcomes[1] as number) / 2));
  },
});
