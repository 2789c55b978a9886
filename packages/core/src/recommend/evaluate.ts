/**
 * @module One certification against one person: readiness, every fit factor, the score and the
 * cautions. Used for bookable exams (to rank them) and for retired ones (to say what they would
 * have scored, and why they are excluded anyway).
 *
 *   fit   = sum_i w_i v_i / sum_i w_i        over the fit factors that apply to this person
 *   score = fit * (1 - w_r + w_r * R)        R = pass probability, w_r = readiness weight in [0, 1]
 *
 * Fit says whether this is the right exam; readiness says whether it is the right exam now. The
 * product keeps an exam you cannot pass yet from riding on fit alone, and a trivially easy exam
 * from riding on readiness alone. Every fit factor is reported with its effective weight (w_i / sum,
 * 0 when it does not apply) so fit = sum(weight × value); the readiness factor reports w_r. When
 * readiness has not enough evidence, R is the pass probability with priors in place of the missing
 * evidence — used for ranking only and labelled as an assumption; the readiness block stays null.
 */

import { describeStatus } from "../catalog/catalog-query";
import type { Certification, IsoDate } from "../catalog/certification";
import type { Profile } from "../profile/profile";
import type { CloudMarket } from "./cloud-market";
import type { SkillEvidence, SkillPriors } from "./evidence";
import type { Factor, FactorName, FactorValue } from "./factor";
import { costFit } from "./factors/cost";
import { environmentFit } from "./factors/environment";
import { formatFit } from "./factors/exam-format";
import { experienceFit } from "./factors/experience";
import { goalFit } from "./factors/goal";
import { marketBreadth } from "./factors/market-breadth";
import { timeFit } from "./factors/time-to-ready";
import { assessReadiness, passDistribution, type Readiness } from "./readiness";
import { hoursToReady, type StudyEstimate } from "./study-hours";
import type { RecommendationWeights } from "./weights";

export interface EvaluationContext {
  profile: Profile;
  evidence: SkillEvidence;
  priors: SkillPriors;
  market: CloudMarket | null;
  today: IsoDate;
  weights: RecommendationWeights;
  byId: ReadonlyMap<string, Certification>;
}

export interface Evaluation {
  certification: Certification;
  score: number;
  /** The fit part of the score, 0–1. */
  fit: number;
  /** The readiness multiplier, 1 - w_r + w_r * R. */
  multiplier: number;
  factors: Factor[];
  cautions: string[];
  readiness: Readiness;
  study: StudyEstimate;
  /** The unweighted factor values, with whether each applies to this person. */
  values: Record<FactorName, FactorValue>;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function readinessFactor(readiness: Readiness, assumed: () => number): FactorValue {
  if (readiness.passProbability === null) {
    const value = assumed();
    return {
      value,
      applicable: true,
      explanation: `${readiness.summary} For ranking only, skills you have not rated count as your work history or an average candidate suggests: an assumed ${Math.round(value * 100)}%, not an estimate.`,
      cautions: ["Readiness unknown: not enough evidence for this exam's skills."],
    };
  }
  const cautions =
    readiness.passProbability < 0.3 ? ["Unlikely to pass now: plan the study hours before booking."] : [];
  return { value: readiness.passProbability, applicable: true, explanation: readiness.summary, cautions };
}

export function evaluateCertification(certification: Certification, context: EvaluationContext): Evaluation {
  const { profile, evidence, priors, market, today, weights } = context;
  const readiness = assessReadiness(certification, evidence, priors);
  const study = hoursToReady(certification, evidence, priors);
  const values: Record<FactorName, FactorValue> = {
    readiness: readinessFactor(readiness, () => passDistribution(certification, evidence, priors).mean),
    environment: environmentFit(certification, profile),
    market: marketBreadth(certification, profile, market),
    goal: goalFit(certification, profile),
    experience: experienceFit(certification, profile),
    time: timeFit(certification, profile, study, today),
    cost: costFit(certification, profile),
    format: formatFit(certification, profile, evidence),
  };
  const names = Object.keys(values) as FactorName[];
  const fitNames = names.filter((name) => name !== "readiness");
  const active = (name: FactorName) => values[name].applicable && weights[name] > 0;
  const total = fitNames.reduce((sum, name) => sum + (active(name) ? weights[name] : 0), 0);
  // With no applicable fit factor every exam fits equally: fit = 1 leaves readiness to decide.
  const fit =
    total > 0
      ? fitNames.reduce((sum, name) => sum + (active(name) ? weights[name] * values[name].value : 0), 0) /
        total
      : 1;
  const multiplier = 1 - weights.readiness + weights.readiness * values.readiness.value;
  const score = fit * multiplier;
  const factors: Factor[] = names.map((name) => ({
    name,
    value: round3(values[name].value),
    weight:
      name === "readiness"
        ? weights.readiness
        : total > 0 && active(name)
          ? round3(weights[name] / total)
          : 0,
    explanation: values[name].explanation,
  }));

  const cautions: string[] = [];
  const notice = describeStatus(certification, context.byId);
  if (notice.message) cautions.push(notice.message);
  for (const name of names) cautions.push(...(values[name].cautions ?? []));
  if (certification.blueprint.confidence === "low") {
    cautions.push("The blueprint's domain weights are low-confidence; readiness leans on them.");
  }
  return { certification, score, fit, multiplier, factors, cautions, readiness, study, values };
}
