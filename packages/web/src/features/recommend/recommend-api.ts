import type { CertificationExplanation, Profile, RecommendationResult } from "@certpath/core";
import { apiSend } from "../../lib/api";

export function fetchRecommendations(profile: Profile): Promise<RecommendationResult> {
  return apiSend<RecommendationResult>("POST", "/api/recommendations", { profile });
}

export function fetchExplanation(profile: Profile, id: string): Promise<CertificationExplanation> {
  return apiSend<CertificationExplanation>("POST", `/api/recommendations/why/${encodeURIComponent(id)}`, {
    profile,
  });
}

export const FACTOR_LABELS: Record<string, string> = {
  readiness: "Readiness",
  environment: "Your cloud",
  market: "Market breadth",
  goal: "Your goals",
  experience: "Experience",
  time: "Time to your date",
  cost: "Cost vs budget",
  format: "Exam format",
};

export const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
