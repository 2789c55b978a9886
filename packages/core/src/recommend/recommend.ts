/**
 * @module Recommend: the ranked, explained answer for one person — the JSON contract shared by the
 * API, the CLI and the web app:
 *
 *   { recommendations: [{ id, name, provider, score, readiness: { passProbability, low, high,
 *       domains, ... }, factors: [{ name, value, weight, explanation }], cautions }],
 *     excluded: [{ id, reason, successors }], foundations: [{ skill, current, needed, why }] }
 *
 * Rules: retired and closed programs are never recommended. One is listed under `excluded`, with
 * its successors and why, when the person asks about it (`consider`) or when it would fit them best
 * (rank EXCLUSION_RANK or better). Foundations come first when they are far below what every
 * candidate exam needs (foundations.ts).
 */

import { describeStatus, EMPHASIS_AREAS, emphasisOf } from "../catalog/catalog-query";
import type { CertificationStatus, Provider } from "../catalog/certification";
import { CertpathError } from "../shared/errors";
import { suggestClosest } from "../shared/suggest";
import type { Evaluation } from "./evaluate";
import type { Factor } from "./factor";
import type { FoundationGap } from "./foundations";
import { type Ranking, type RankingInput, rankCertifications } from "./ranking";
import type { DomainReadiness } from "./readiness";

/**
 * A retired exam is listed unasked when it would have ranked this high or better: 1 = only when it
 * would fit best (listing every retired exam that would place somewhere is noise).
 */
export const EXCLUSION_RANK = 1;

export interface RecommendationInput extends RankingInput {
  /** Certification ids the person asks about; retired ones among them are always explained. */
  consider?: readonly string[] | undefined;
  /** Keep only the best N recommendations (ids in `consider` are kept too). Default: all. */
  limit?: number | undefined;
}

export interface ReadinessReport {
  passProbability: number | null;
  low: number | null;
  high: number | null;
  /** Share of the exam's weight backed by ratings or a diagnostic, 0–1. */
  evidence: number;
  summary: string;
  hoursToReady: number;
  holdingBack: string[];
  domains: DomainReadiness[];
}

export interface Recommendation {
  id: string;
  name: string;
  provider: Provider;
  score: number;
  readiness: ReadinessReport;
  factors: Factor[];
  cautions: string[];
}

export interface Exclusion {
  id: string;
  name: string;
  status: CertificationStatus;
  reason: string;
  successors: Array<{ id: string; name: string }>;
}

export interface RecommendationResult {
  recommendations: Recommendation[];
  excluded: Exclusion[];
  foundations: FoundationGap[];
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function toRecommendation(evaluation: Evaluation): Recommendation {
  const { certification: c, readiness } = evaluation;
  return {
    id: c.id,
    name: c.name,
    provider: c.provider,
    score: round3(evaluation.score),
    readiness: {
      passProbability: readiness.passProbability,
      low: readiness.low,
      high: readiness.high,
      evidence: readiness.evidence,
      summary: readiness.summary,
      hoursToReady: evaluation.study.hours,
      holdingBack: readiness.holdingBack,
      domains: readiness.domains,
    },
    factors: evaluation.factors,
    cautions: [...new Set(evaluation.cautions)],
  };
}

/** Why a retired or closed program is excluded, and where to go instead. */
export function exclusionFor(evaluation: Evaluation, ranking: Ranking): Exclusion {
  const cert = evaluation.certification;
  const notice = describeStatus(cert, ranking.byId);
  const parts = [notice.message ?? "It can no longer be taken."];
  const wouldRank = ranking.ranked.filter((e) => e.score > evaluation.score).length + 1;
  if (wouldRank <= EXCLUSION_RANK) {
    parts.push(`It would otherwise rank #${wouldRank} for you, so here is why it is not on the list.`);
  }
  if (notice.successors.length > 0) {
    const placed = notice.successors
      .map((s) => ({ name: s.name, rank: ranking.ranked.findIndex((e) => e.certification.id === s.id) + 1 }))
      .filter((s) => s.rank > 0)
      .sort((a, b) => a.rank - b.rank)
      .map((s) => `${s.name} ranks #${s.rank} for you`);
    if (placed.length > 0) parts.push(`${placed.join("; ")}.`);
  } else {
    // No successor: point at the best live exam sharing the retired one's strongest emphasis.
    const strongest = EMPHASIS_AREAS.find((a) => emphasisOf(cert, a) === "high") ?? "classical";
    const closest = ranking.ranked.find((e) => emphasisOf(e.certification, strongest) !== "low");
    parts.push(
      `No successor was announced.${closest ? ` Closest live option for you: ${closest.certification.name} (also covers ${strongest.replace("-", " ")}).` : ""}`,
    );
  }
  return {
    id: cert.id,
    name: cert.name,
    status: cert.status.value,
    reason: parts.join(" "),
    successors: notice.successors,
  };
}

/** Unknown ids are a caller mistake: NOT_FOUND, with the closest id suggested. */
export function checkIds(ids: readonly string[], known: ReadonlyMap<string, unknown>): void {
  for (const id of ids) {
    if (known.has(id)) continue;
    const suggestion = suggestClosest(id, [...known.keys()]);
    throw new CertpathError(
      "NOT_FOUND",
      `No certification "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
    );
  }
}

/** The ranked, explained recommendation for one person (see the module doc). */
export function recommend(input: RecommendationInput): RecommendationResult {
  const ranking = rankCertifications(input);
  const consider = [...new Set(input.consider ?? [])];
  checkIds(consider, ranking.byId);

  const limit = input.limit ?? ranking.ranked.length;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new CertpathError("INVALID_ARGUMENT", "limit: must be a whole number of 0 or more");
  }
  const shown = ranking.ranked.filter((e, index) => index < limit || consider.includes(e.certification.id));

  const threshold = ranking.ranked[Math.min(EXCLUSION_RANK, ranking.ranked.length) - 1]?.score ?? 0;
  const excluded = ranking.unbookable
    .filter((e) => consider.includes(e.certification.id) || e.score >= threshold)
    .map((e) => exclusionFor(e, ranking));

  return {
    recommendations: shown.map(toRecommendation),
    excluded,
    foundations: ranking.foundations,
  };
}
