/**
 * @module "Why not X?": the full breakdown for any one certification, the same shape as a
 * recommendation, plus its rank, what separates it from the top choice, and — for a retired or
 * closed program — why it is excluded and what replaces it.
 */
import { isBookable } from "../catalog/certification";
import type { FactorName } from "./factor";
import { type RankingInput, rankCertifications } from "./ranking";
import { checkIds, type Exclusion, exclusionFor, type Recommendation, toRecommendation } from "./recommend";

export interface FactorGap {
  name: FactorName;
  /** How much of the score gap (0–1 scale) this factor accounts for; the gaps sum to it. */
  difference: number;
  explanation: string;
}

export interface CertificationExplanation extends Recommendation {
  bookable: boolean;
  /** Position among bookable certifications (1 = top); null when not bookable. */
  rank: number | null;
  of: number;
  /** For a retired or closed program: why it is excluded, with successors. */
  excluded: Exclusion | null;
  /** The top choice and the factors where this one loses most to it; null for the top choice. */
  versusTop: { id: string; name: string; score: number; gaps: FactorGap[] } | null;
  summary: string;
}

export interface ExplainInput extends RankingInput {
  id: string;
}

export function explainCertification(input: ExplainInput): CertificationExplanation {
  const ranking = rankCertifications(input);
  checkIds([input.id], ranking.byId);
  const all = [...ranking.ranked, ...ranking.unbookable];
  const evaluation = all.find((e) => e.certification.id === input.id);
  if (!evaluation) throw new Error("unreachable: id checked above");
  const bookable = isBookable(evaluation.certification);
  const index = ranking.ranked.indexOf(evaluation);
  const rank = bookable ? index + 1 : null;
  const top = ranking.ranked[0];
  const base = toRecommendation(evaluation);

  let versusTop: CertificationExplanation["versusTop"] = null;
  if (top && top !== evaluation) {
    // score = fit × multiplier, so the gap splits exactly (midpoint rule for a product):
    //   top − this = Δfit · (m_top + m_this)/2 + Δm · (fit_top + fit_this)/2,
    // and Δfit is the sum of each fit factor's weight × value difference.
    const meanMultiplier = (top.multiplier + evaluation.multiplier) / 2;
    const meanFit = (top.fit + evaluation.fit) / 2;
    const contribution = (e: typeof top, name: FactorName) => {
      const f = e.values[name];
      const weight = e.factors.find((x) => x.name === name)?.weight ?? 0;
      return weight * f.value;
    };
    const gaps = evaluation.factors
      .map((f) => ({
        name: f.name,
        difference:
          Math.round(
            (f.name === "readiness"
              ? (top.multiplier - evaluation.multiplier) * meanFit
              : (contribution(top, f.name) - contribution(evaluation, f.name)) * meanMultiplier) * 1000,
          ) / 1000,
        explanation: f.explanation,
      }))
      .filter((g) => g.difference > 0.0005)
      .sort((a, b) => b.difference - a.difference || a.name.localeCompare(b.name));
    versusTop = {
      id: top.certification.id,
      name: top.certification.name,
      score: Math.round(top.score * 1000) / 1000,
      gaps,
    };
  }

  const excluded = bookable ? null : exclusionFor(evaluation, ranking);
  const name = evaluation.certification.name;
  let summary: string;
  if (excluded) summary = `${name} is not recommended: ${excluded.reason}`;
  else if (rank === 1) summary = `${name} is the top choice for you (score ${base.score}).`;
  else {
    const biggest = versusTop?.gaps.slice(0, 2).map((g) => g.name) ?? [];
    summary = `${name} ranks #${rank} of ${ranking.ranked.length} (score ${base.score} against ${versusTop?.score}); it loses most on ${biggest.length > 0 ? biggest.join(" and ") : "small differences"}.`;
  }
  return { ...base, bookable, rank, of: ranking.ranked.length, excluded, versusTop, summary };
}
