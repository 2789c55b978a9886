/** @module Conditional probability from a 2x2 table of counts (precision vs recall). */
import { intBetween } from "../shared/rng";
import { choice, defineModel, expectKeyText, m, paragraphs, pick } from "./helpers";
import { div, type Q, q, texQ } from "./rational";
import { blitzstein } from "./references";

const fr = (x: Q): string => m(texQ(x));

export const conditionalTable = defineModel({
  id: "conditional-table",
  skill: "probability",
  subtopic: "conditional-bayes",
  tier: "medium",
  format: "single-choice",
  build(rng) {
    const tp = intBetween(rng, 8, 60);
    const fp = intBetween(rng, 4, 40);
    const fn = intBetween(rng, 4, 40);
    const tn = intBetween(rng, 20, 120);
    const total = tp + fp + fn + tn;
    const askPrecision = pick(rng, [true, false]);
    const precision = q(tp, tp + fp);
    const recall = q(tp, tp + fn);
    const key = askPrecision ? precision : recall;
    const inverse = askPrecision ? recall : precision;
    const marginal = askPrecision ? q(tp + fn, total) : q(tp + fp, total);
    const parts = choice(rng, fr(key), [fr(inverse), fr(q(tp, total)), fr(marginal)]);
    if (!parts) return null;
    const question = askPrecision
      ? "an email is actually spam, given that the filter flagged it: $P(\\text{spam} \\mid \\text{flagged})$"
      : "the filter flags an email, given that it is actually spam: $P(\\text{flagged} \\mid \\text{spam})$";
    const given = askPrecision ? "flagged" : "spam";
    const givenCount = askPrecision ? tp + fp : tp + fn;
    return {
      stem: [
        `A spam filter was run on ${total} emails:`,
        "",
        "| | Spam | Not spam |",
        "|---|---|---|",
        `| Flagged | ${tp} | ${fp} |`,
        `| Not flagged | ${fn} | ${tn} |`,
        "",
        `What is the probability that ${question}?`,
      ].join("\n"),
      ...parts,
      explanation: paragraphs(
        `Conditioning on "${given}" restricts attention to the ${givenCount} ${given === "flagged" ? "flagged emails (the Flagged row)" : "spam emails (the Spam column)"}; of those, ${tp} are both spam and flagged.`,
        `So the answer is $\\dfrac{${tp}}{${givenCount}} = ${texQ(key)}$. ${askPrecision ? "In classification terms this is the precision of the filter." : "In classification terms this is the recall (sensitivity) of the filter."}`,
        `$${texQ(inverse)}$ conditions the other way round (${askPrecision ? "recall" : "precision"}): $P(A \\mid B) \\neq P(B \\mid A)$ in general. $${texQ(q(tp, total))}$ is the joint probability $P(\\text{spam and flagged})$, divided by all ${total} emails; $${texQ(marginal)}$ is the unconditional probability of the event asked about.`,
      ),
      references: [blitzstein("Chapter 2: Conditional Probability")],
    };
  },
  verify(item) {
    const row = (label: string): number[] => {
      const line = item.stem.split("\n").find((l) => l.startsWith(`| ${label} |`));
      if (!line) throw new Error(`no row ${label}`);
      return line
        .split("|")
        .slice(2, 4)
        .map((c) => Number(c.trim()));
    };
    const [tp, fp] = row("Flagged") as [number, number];
    const [fn] = row("Not flagged") as [number, number];
    // P(A | B) = P(A and B) / P(B), with probabilities as counts over the total.
    const total = tp + fp + fn + (row("Not flagged")[1] as number);
    const joint = q(tp, total);
    const given = item.stem.includes("\\mid \\text{flagged})") ? q(tp + fp, total) : q(tp + fn, total);
    return expectKeyText(item, fr(div(joint, given)));
  },
});
