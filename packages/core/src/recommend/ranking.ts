/**
 * @module Ranking: every certification evaluated, bookable ones ranked by score (ties by id, so the
 * order is deterministic), retired and closed ones kept aside with what they would have scored,
 * and the foundations check over the exams that fit the person's goals.
 */
import type { Certification, IsoDate } from "../catalog/certification";
import { isBookable } from "../catalog/certification";
import type { Profile } from "../profile/profile";
import type { CloudMarket } from "./cloud-market";
import { type Evaluation, evaluateCertification } from "./evaluate";
import { evidenceFromProfile, priorsFromProfile } from "./evidence";
import {
  type FoundationGap,
  foundationGaps,
  foundationLabel,
  foundationNeeds,
  isTechnical,
} from "./foundations";
import { type RecommendationWeights, resolveWeights } from "./weights";

export interface RankingInput {
  profile: Profile;
  certifications: readonly Certification[];
  /** Cloud market shares for the market-breadth factor (null: that factor does not apply). */
  market: CloudMarket | null;
  /** Today's date (YYYY-MM-DD): time to the target date is counted from it. */
  today: IsoDate;
  /** Overrides of DEFAULT_WEIGHTS by factor name. */
  weights?: Partial<Record<string, number>> | undefined;
}

export interface Ranking {
  /** Bookable certifications, best first. */
  ranked: Evaluation[];
  /** Retired and closed programs, with the score they would have had. */
  unbookable: Evaluation[];
  foundations: FoundationGap[];
  weights: RecommendationWeights;
  byId: ReadonlyMap<string, Certification>;
}

const byScore = (a: Evaluation, b: Evaluation) =>
  b.score - a.score || a.certification.id.localeCompare(b.certification.id);

/** The goal value an evaluation got (1 when goals are unknown: every exam is a candidate). */
function goalValue(evaluation: Evaluation): number {
  const goal = evaluation.values.goal;
  return goal.applicable ? goal.value : 1;
}

export function rankCertifications(input: RankingInput): Ranking {
  const weights = resolveWeights(input.weights);
  const byId = new Map(input.certifications.map((c) => [c.id, c]));
  const evidence = evidenceFromProfile(input.profile);
  const priors = priorsFromProfile(input.profile);
  const context = {
    profile: input.profile,
    evidence,
    priors,
    market: input.market,
    today: input.today,
    weights,
    byId,
  };
  const evaluations = input.certifications.map((c) => evaluateCertification(c, context));
  const ranked = evaluations.filter((e) => isBookable(e.certification)).sort(byScore);
  const unbookable = evaluations.filter((e) => !isBookable(e.certification)).sort(byScore);

  // Candidates for the foundations check: bookable technical exams that fit the person's goals.
  const candidates = ranked
    .filter((e) => isTechnical(e.certification) && goalValue(e) >= 0.5)
    .map((e) => e.certification);
  const foundations = foundationGaps(candidates, evidence);
  if (foundations.length > 0) {
    const list = foundations.map((f) => foundationLabel(f.skill)).join(", ");
    for (const evaluation of ranked) {
      const needs = foundationNeeds(evaluation.certification);
      if (foundations.some((f) => needs[f.skill] >= f.needed)) {
        evaluation.cautions.push(`Foundations first: build ${list} before this exam.`);
      }
    }
  }
  return { ranked, unbookable, foundations, weights, byId };
}
