/** @module t confidence interval for a mean with unknown sigma (small sample). */
import { intBetween } from "../shared/rng";
import { interval, quantiles, Z_TABLE } from "./ci-mean-z";
import { CONFIDENCE_LEVELS, studentTCdf, tCritical } from "./distributions";
import { choice, defineModel, expectKeyText, paragraphs, pick, readNumber, readQ } from "./helpers";
import { add, div, fromDecimal, mul, q, roundQ, sub, toNumber } from "./rational";
import { NIST_T_TABLE, openintro } from "./references";

/** sqrt(n) to 6 decimals, as an exact decimal, so every rounding below is reproducible. */
const sqrtQ = (n: number) => q(Math.round(Math.sqrt(n) * 1e6), 1e6);

export const ciMeanT = defineModel({
  id: "ci-mean-t",
  skill: "statistics",
  subtopic: "confidence-intervals",
  tier: "hard",
  format: "single-choice",
  build(rng) {
    const level = pick(rng, CONFIDENCE_LEVELS);
    const n = intBetween(rng, 5, 25);
    const df = n - 1;
    const sText = pick(rng, ["2.4", "3.5", "4.2", "5.0", "6.8", "8.1", "12.5"]);
    const xbarText = pick(rng, ["18.6", "24.3", "41.7", "52.0", "63.4", "99.1"]);
    const s = fromDecimal(sText);
    const xbar = fromDecimal(xbarText);
    const se = div(s, sqrtQ(n));
    const tText = tCritical(level, df);
    const tWrongDf = tCritical(level, n);
    const zText = Z_TABLE[quantiles(level).twoSided] as string;
    const margin = mul(fromDecimal(tText), se);
    const parts = choice(rng, interval(xbar, margin), [
      interval(xbar, mul(fromDecimal(zText), se)),
      interval(xbar, mul(fromDecimal(tWrongDf), se)),
      interval(xbar, mul(fromDecimal(tText), s)),
    ]);
    if (!parts) return null;
    const p = quantiles(level).twoSided;
    return {
      stem: `A sample of $n = ${n}$ training runs took on average $\\bar{x} = ${xbarText}$ minutes, with sample standard deviation $s = ${sText}$ minutes. The population standard deviation is unknown. Which is the ${level}% confidence interval for the mean run time? Critical values $t_{${p},\\,\\nu}$ for $\\nu$ degrees of freedom: $t_{${p},${df - 1}} = ${tCritical(level, df - 1)}$, $t_{${p},${df}} = ${tText}$, $t_{${p},${n}} = ${tWrongDf}$; and $z_{${p}} = ${zText}$.`,
      ...parts,
      explanation: paragraphs(
        `With $\\sigma$ unknown and estimated by $s$, use Student's t with $\\nu = n - 1 = ${df}$ degrees of freedom: $\\bar{x} \\pm t_{${p},\\,${df}}\\,\\dfrac{s}{\\sqrt{n}}$.`,
        `$\\text{SE} = ${sText}/\\sqrt{${n}} = ${roundQ(se, 4)}$; margin $= ${tText} \\times ${roundQ(se, 4)} = ${roundQ(margin, 3)}$; interval $${xbarText} \\pm ${roundQ(margin, 3)} = [${roundQ(sub(xbar, margin), 2)}, ${roundQ(add(xbar, margin), 2)}]$.`,
        `The z quantile $${zText}$ ignores the extra uncertainty from estimating $\\sigma$ and gives an interval that is too narrow for small $n$; $t$ with $\\nu = n = ${n}$ uses the wrong degrees of freedom (one is spent estimating the mean); using $s$ instead of $s/\\sqrt{n}$ describes single runs, not the mean.`,
      ),
      references: [
        openintro("Chapter 7: Inference for Numerical Data (one-sample t-intervals)"),
        NIST_T_TABLE,
      ],
    };
  },
  verify(item) {
    const n = readNumber(item.stem, "n");
    const xbar = readQ(item.stem, "\\bar{x}");
    const s = readQ(item.stem, "s");
    const level = Number(/which is the (\d+)% confidence/i.exec(item.stem)?.[1]);
    if (level !== 90 && level !== 95 && level !== 99) return `unknown level ${level}`;
    const p = quantiles(level).twoSided;
    // The critical value shown for nu = n - 1 must match the standard table.
    const t = readQ(item.stem, `t_{${p},${n - 1}}`);
    if (toNumber(t) !== Number(tCritical(level, n - 1)))
      return `t_{${p},${n - 1}} in the stem is not the table value`;
    if (Math.abs(studentTCdf(toNumber(t), n - 1) - Number(p)) > 5e-4)
      return `t_{${p},${n - 1}} is not that quantile`;
    const margin = mul(t, div(s, q(Math.round(Math.sqrt(n) * 1e6), 1e6)));
    return expectKeyText(item, interval(xbar, margin));
  },
});
