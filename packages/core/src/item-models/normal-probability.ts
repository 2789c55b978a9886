/** @module Normal probabilities by standardising (numeric answer). */
import { intBetween } from "../shared/rng";
import { normalCdf, normalCdfAS } from "./distributions";
import { defineModel, expectAnswerNear, fixed, paragraphs, pick, readNumber } from "./helpers";
import { blitzstein, mml } from "./references";

const CONTEXTS = [
  { what: "The latency of a model endpoint (in ms) is", mus: [80, 120, 200, 250] },
  { what: "Scores on a certification practice exam are", mus: [60, 65, 70, 75] },
  { what: "The daily number of prediction requests (in thousands) is", mus: [50, 100, 150] },
];

type Variant = "le" | "gt" | "between";

export const normalProbability = defineModel({
  id: "normal-probability",
  skill: "probability",
  subtopic: "distributions",
  tier: "medium",
  format: "numeric",
  build(rng) {
    const ctx = pick(rng, CONTEXTS);
    const mu = pick(rng, ctx.mus);
    const sigma = pick(rng, [5, 10, 15, 20]);
    const variant = pick(rng, ["le", "gt", "between"] as Variant[]);
    const j1 = intBetween(rng, -26, 26);
    const j2 = intBetween(rng, -26, 26);
    const step = sigma === 10 || sigma === 20 ? 1 : 2;
    if (j1 % step !== 0 || j2 % step !== 0 || Math.abs(j1) < 2 || Math.abs(j2) < 2) return null;
    if (variant === "between" && (j2 - j1 < 6 || Math.sign(j1) === Math.sign(j2))) return null;
    const z1 = j1 / 10;
    const z2 = j2 / 10;
    const x1 = mu + (j1 * sigma) / 10;
    const x2 = mu + (j2 * sigma) / 10;
    if (x1 <= 0) return null;
    const p =
      variant === "le" ? normalCdf(z1) : variant === "gt" ? 1 - normalCdf(z1) : normalCdf(z2) - normalCdf(z1);
    const event = variant === "le" ? `X \\le ${x1}` : variant === "gt" ? `X > ${x1}` : `${x1} < X < ${x2}`;
    const zLine = `z_1 = \\dfrac{${x1} - ${mu}}{${sigma}} = ${fixed(z1, 1)}`;
    const steps =
      variant === "le"
        ? `$${zLine}$, so $P(X \\le ${x1}) = \\Phi(${fixed(z1, 1)}) = ${fixed(p, 4)}$.`
        : variant === "gt"
          ? `$${zLine}$, so $P(X > ${x1}) = 1 - \\Phi(${fixed(z1, 1)}) = 1 - ${fixed(normalCdf(z1), 5)} = ${fixed(p, 4)}$.`
          : `$${zLine}$ and $z_2 = \\dfrac{${x2} - ${mu}}{${sigma}} = ${fixed(z2, 1)}$, so $P(${x1} < X < ${x2}) = \\Phi(${fixed(z2, 1)}) - \\Phi(${fixed(z1, 1)}) = ${fixed(normalCdf(z2), 5)} - ${fixed(normalCdf(z1), 5)} = ${fixed(p, 4)}$.`;
    return {
      stem: `${ctx.what} normally distributed with mean $\\mu = ${mu}$ and standard deviation $\\sigma = ${sigma}$. For one randomly drawn value $X$, what is $P(${event})$? Give your answer to 4 decimal places.`,
      answer: { value: Number(fixed(p, 4)), tolerance: 0.001 },
      explanation: paragraphs(
        `Standardise: $Z = (X - \\mu)/\\sigma$ is standard normal, so probabilities about $X$ become values of the standard normal CDF $\\Phi$ (from a z-table or software).`,
        steps,
        `Common slips: dividing by the variance $\\sigma^2 = ${sigma * sigma}$ instead of $\\sigma$; reading $\\Phi(z)$ when the question asks for the upper tail $1 - \\Phi(z)$; and forgetting that $\\Phi(-z) = 1 - \\Phi(z)$ for negative z-scores.`,
      ),
      references: [
        blitzstein("Chapter 5: Continuous Random Variables (the normal distribution)"),
        mml("Section 6.5: Gaussian Distribution"),
      ],
    };
  },
  verify(item) {
    const mu = readNumber(item.stem, "\\mu");
    const sigma = readNumber(item.stem, "\\sigma");
    const ev = /what is \$P\(([^)]*)\)\$/.exec(item.stem)?.[1] ?? "";
    const Phi = (x: number): number => normalCdfAS((x - mu) / sigma);
    const le = /^X \\le (-?[\d.]+)$/.exec(ev);
    const gt = /^X > (-?[\d.]+)$/.exec(ev);
    const between = /^(-?[\d.]+) < X < (-?[\d.]+)$/.exec(ev);
    let expected: number;
    if (le) expected = Phi(Number(le[1]));
    else if (gt) expected = 1 - Phi(Number(gt[1]));
    else if (between) expected = Phi(Number(between[2])) - Phi(Number(between[1]));
    else return `cannot read the event ${ev}`;
    // The answer is rounded to 4 places; A&S 7.1.26 is accurate to 1.5e-7 (twice that for a difference).
    return expectAnswerNear(item, expected, 0.00005 + 4e-7);
  },
});
