/**
 * @module Next step after the exam: one credential from the catalog that builds on the chosen one —
 * a certification that lists it as a prerequisite, a higher level on the same platform, or a
 * specialization (MLOps, generative AI, responsible AI) the chosen exam does not emphasise. Only
 * bookable certifications are suggested; ties break on id so the choice is deterministic.
 */
import type { EmphasisArea } from "../catalog/catalog-query";
import { emphasisOf } from "../catalog/catalog-query";
import type { Certification, CertificationLevel } from "../catalog/certification";
import { isBookable } from "../catalog/certification";
import type { Profile } from "../profile/profile";
import type { NextStepSuggestion, Specialization } from "./plan-types";

const LEVEL_RANK: Readonly<Record<CertificationLevel, number>> = {
  foundational: 0,
  associate: 1,
  professional: 2,
  specialty: 2,
};

/** Catalog emphasis areas that name a specialization; classical and deep learning are not ones. */
const SPECIALIZATION_OF_AREA: Partial<Record<EmphasisArea, Specialization>> = {
  mlops: "mlops",
  "generative-ai": "generative-ai",
  "responsible-ai": "responsible-ai",
};

const AREA_OF_FOCUS: Partial<Record<NonNullable<Profile["focus"]>, EmphasisArea>> = {
  mlops: "mlops",
  "generative-ai": "generative-ai",
  "deep-learning": "deep-learning",
  classical: "classical",
};

const AREAS: readonly EmphasisArea[] = [
  "mlops",
  "generative-ai",
  "responsible-ai",
  "deep-learning",
  "classical",
];

export function suggestNextStep(
  chosen: Certification,
  catalog: readonly Certification[],
  profile: Profile,
): NextStepSuggestion | null {
  const focusArea = profile.focus ? AREA_OF_FOCUS[profile.focus] : undefined;
  let best: {
    score: number;
    cert: Certification;
    reason: string;
    specialization: Specialization | null;
  } | null = null;
  for (const cert of [...catalog].sort((a, b) => a.id.localeCompare(b.id))) {
    if (cert.id === chosen.id || !isBookable(cert)) continue;
    // A lower level is a step back, and a retired predecessor is not a next step.
    if (LEVEL_RANK[cert.level] < LEVEL_RANK[chosen.level]) continue;
    let score = 0;
    const reasons: string[] = [];
    if (cert.experience.prerequisites.includes(chosen.id)) {
      score += 4;
      reasons.push(`lists ${chosen.name} as a prerequisite`);
    }
    const samePlatform =
      cert.emphasis.platform !== "none" && cert.emphasis.platform === chosen.emphasis.platform;
    if (samePlatform && LEVEL_RANK[cert.level] > LEVEL_RANK[chosen.level]) {
      score += 2;
      reasons.push(`the next level on ${cert.emphasis.platform.toUpperCase()}`);
    } else if (samePlatform) {
      score += 1;
      reasons.push(`same platform (${cert.emphasis.platform.toUpperCase()})`);
    }
    const newAreas = AREAS.filter(
      (area) => emphasisOf(cert, area) === "high" && emphasisOf(chosen, area) !== "high",
    );
    score += Math.min(2, newAreas.length);
    if (focusArea && newAreas.includes(focusArea)) {
      score += 2;
      reasons.push(`matches your focus (${focusArea})`);
    }
    const specializationArea = newAreas.find((area) => SPECIALIZATION_OF_AREA[area]);
    const specialization = specializationArea ? (SPECIALIZATION_OF_AREA[specializationArea] ?? null) : null;
    if (specialization) reasons.push(`adds a ${specialization} specialization`);
    if (score === 0) continue;
    if (!best || score > best.score) {
      best = { score, cert, reason: reasons.join("; "), specialization };
    }
  }
  if (!best) return null;
  return {
    certificationId: best.cert.id,
    name: best.cert.name,
    specialization: best.specialization,
    reason: best.reason.length > 0 ? best.reason : "builds on the same skills",
  };
}
