/** @module Bayes' rule for a diagnostic test with a base rate. */
import { choice, defineModel, expectKeyText, m, paragraphs, pick, readNumber } from "./helpers";
import { add, div, fromDecimal, mul, ONE, type Q, q, roundQ, sub, toNumber } from "./rational";
import { blitzstein, mml } from "./references";

const pct = (x: Q): string => m(`${roundQ(mul(x, q(100)), 1)}\\%`);
const pctText = (x: Q): string => roundQ(mul(x, q(100)), 1);

const SETTINGS = [
  {
    base: "Among the people screened, the disease has",
    group: "people",
    test: "A screening test",
    one: "person",
    flagged: "tests positive",
    thing: "has the disease",
  },
  {
    base: "Among card transactions, fraud has",
    group: "transactions",
    test: "A fraud-detection model",
    one: "transaction",
    flagged: "is flagged",
    thing: "is fraudulent",
  },
  {
    base: "Among manufactured parts, a defect has",
    group: "manufactured parts",
    test: "An automated visual inspection",
    one: "part",
    flagged: "is flagged",
    thing: "is defective",
  },
];

export const bayesTest = defineModel({
  id: "bayes-test",
  skill: "probability",
  subtopic: "conditional-bayes",
  tier: "hard",
  format: "single-choice",
  build(rng) {
    const s = pick(rng, SETTINGS);
    const prevText = pick(rng, ["0.5", "1", "2", "5", "10"]);
    const sensText = pick(rng, ["80", "90", "95", "99"]);
    const specText = pick(rng, ["90", "95", "98", "99"]);
    const prev = div(fromDecimal(prevText), q(100));
    const sens = div(fromDecimal(sensText), q(100));
    const spec = div(fromDecimal(specText), q(100));
    const tp = mul(prev, sens);
    const fp = mul(sub(ONE, prev), sub(ONE, spec));
    const post = div(tp, add(tp, fp));
    const noBase = div(sens, add(sens, sub(ONE, spec)));
    const parts = choice(rng, pct(post), [pct(sens), pct(noBase), pct(tp)]);
    if (!parts) return null;
    return {
      stem: `${s.base} $\\text{prevalence} = ${prevText}\\%$. ${s.test} has $\\text{sensitivity} = ${sensText}\\%$ (it catches that share of the true cases) and $\\text{specificity} = ${specText}\\%$ (so it also flags $${pctText(sub(ONE, spec))}\\%$ of the ${s.group} without the condition). A randomly chosen ${s.one} ${s.flagged}. What is the probability that this ${s.one} ${s.thing}? (Percentages rounded to one decimal place.)`,
      ...parts,
      explanation: paragraphs(
        `Bayes' rule: $P(D \\mid +) = \\dfrac{P(+ \\mid D)\\,P(D)}{P(+ \\mid D)\\,P(D) + P(+ \\mid \\neg D)\\,P(\\neg D)}$, where $P(+ \\mid \\neg D) = 1 - \\text{specificity}$.`,
        `Numerator: $${roundQ(sens, 2)} \\times ${roundQ(prev, 3)} = ${roundQ(tp, 5)}$. False positives: $${roundQ(sub(ONE, spec), 2)} \\times ${roundQ(sub(ONE, prev), 3)} = ${roundQ(fp, 5)}$. So $P(D \\mid +) = \\dfrac{${roundQ(tp, 5)}}{${roundQ(tp, 5)} + ${roundQ(fp, 5)}} \\approx ${pctText(post)}\\%$.`,
        `In natural frequencies: of 100,000 cases, ${roundQ(mul(tp, q(100000)), 0)} are true positives and ${roundQ(mul(fp, q(100000)), 0)} are false positives, so ${pctText(post)}% of the flagged cases are real. ${toNumber(post) < 0.5 ? "With a low base rate, the many negatives produce more false alarms than the few positives produce hits." : "The base rate is high enough here that hits outnumber false alarms, but the posterior is still below the sensitivity."}`,
        `$${sensText}\\%$ is the sensitivity $P(+ \\mid D)$, confused with $P(D \\mid +)$; $${pctText(noBase)}\\%$ ignores the base rate (assumes a 50/50 prior); $${pctText(tp)}\\%$ is the joint probability $P(D \\text{ and } +)$, not divided by $P(+)$.`,
      ),
      references: [
        blitzstein("Chapter 2: Conditional Probability (Bayes' rule)"),
        mml("Section 6.3: Sum Rule, Product Rule, and Bayes' Theorem"),
      ],
    };
  },
  verify(item) {
    const prev = readNumber(item.stem, "\\text{prevalence}") / 100;
    const sens = readNumber(item.stem, "\\text{sensitivity}") / 100;
    const spec = readNumber(item.stem, "\\text{specificity}") / 100;
    // Natural frequencies over a million cases (exact integers for these percentages).
    const n = 1_000_000;
    const diseased = Math.round(n * prev);
    const truePos = Math.round(diseased * sens);
    const falsePos = Math.round((n - diseased) * (1 - spec));
    return expectKeyText(item, pct(q(truePos, truePos + falsePos)));
  },
});
