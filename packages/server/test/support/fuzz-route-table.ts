/**
 * @module The route table of the fuzz test: for each operation ("METHOD /openapi/path"), the valid
 * inputs the fuzzer starts from and mutates. A new route needs no row to be fuzzed (the test walks
 * the OpenAPI document), but a row with a valid body lets the mutations reach deeper validation.
 * `Fixtures` are real rows created before fuzzing, so valid ids reach past the 404s.
 */
import type { Seed } from "./route-fuzz";

export interface Fixtures {
  planId: string;
  assessmentId: string;
  itemId: string;
  credentialId: string;
  savedResultId: string;
  calendarToken: string;
  exportDocument: unknown;
  openBadge: unknown;
}

export const PROFILE = {
  experienceYears: 4,
  mlExperienceYears: 1,
  currentRole: "data-scientist",
  clouds: [{ platform: "aws", years: 2 }],
  skills: { python: 3, statistics: 2 },
  hoursPerWeek: 6,
  budgetUsd: 500,
  targetDate: "2027-06-30",
  industry: "finance",
  region: "us",
};

const CHECK_IN = {
  date: "2026-12-14",
  hoursDone: 3,
  stagesFinished: ["foundations-python"],
  practiceScores: [{ scorePct: 70, domainScores: { d1: 60 } }],
  note: "fine",
};

export const ROUTE_TABLE: Record<string, (f: Fixtures) => Seed> = {
  "GET /api/profile": () => ({}),
  "PUT /api/profile": () => ({ body: PROFILE }),
  "GET /api/certifications": () => ({
    query: { provider: "aws", level: "associate", status: "all", platform: "aws", q: "machine learning" },
  }),
  "GET /api/certifications/compare": () => ({ query: { ids: "aws-mla,google-pmle,ms-ai-102" } }),
  "GET /api/certifications/{id}": () => ({ params: { id: "aws-mla" } }),
  "GET /api/skills": () => ({}),
  "POST /api/recommendations": () => ({
    body: {
      profile: PROFILE,
      consider: ["aws-mla", "google-pmle"],
      weights: { readiness: 0.5, market: 10, cost: 5 },
      limit: 5,
    },
  }),
  "POST /api/recommendations/why/{id}": () => ({
    params: { id: "aws-mls-c01" },
    body: { profile: PROFILE, weights: { goal: 20 } },
  }),
  "GET /api/recommendations/why/{id}": () => ({ params: { id: "google-pmle" } }),
  "POST /api/plans": () => ({
    body: {
      profile: PROFILE,
      certificationId: "aws-mla",
      hoursPerWeek: 6,
      weekdays: ["mon", "wed", "sat"],
      startDate: "2026-11-30",
      targetDate: "2027-04-30",
      blackoutWeeks: ["2026-12-21"],
      overrides: { "foundations-python": 10 },
    },
  }),
  "GET /api/plans/{id}": (f) => ({ params: { id: f.planId } }),
  "GET /api/plans/{id}.ics": (f) => ({ params: { id: f.planId }, query: { startTime: "07:30" } }),
  "POST /api/plans/{id}/check-ins": (f) => ({ params: { id: f.planId }, body: CHECK_IN }),
  "POST /api/plans/{id}/check-ins/preview": (f) => ({ params: { id: f.planId }, body: CHECK_IN }),
  "GET /api/projects": () => ({ query: { skill: "python", cert: "aws-mla", industry: "banking" } }),
  "GET /api/salaries": () => ({ query: { region: "us", level: "senior" } }),
  "POST /api/assessments": () => ({
    body: { targets: ["aws-mla"], selfRatings: { python: 3 }, seed: 7, maxItems: 5 },
  }),
  "GET /api/assessments/{id}/next": (f) => ({ params: { id: f.assessmentId } }),
  "POST /api/assessments/{id}/answers": (f) => ({
    params: { id: f.assessmentId },
    body: { itemId: f.itemId, response: ["a"] },
  }),
  "POST /api/assessments/{id}/finish": (f) => ({ params: { id: f.assessmentId } }),
  "GET /api/assessments/{id}/result": (f) => ({ params: { id: f.assessmentId } }),
  "POST /api/wallet/credentials": () => ({
    body: { certificationId: "aws-mla", earnedOn: "2025-01-10", credentialUrl: "https://example.com/c" },
  }),
  "GET /api/wallet/credentials/{id}": (f) => ({ params: { id: f.credentialId } }),
  "PATCH /api/wallet/credentials/{id}": (f) => ({
    params: { id: f.credentialId },
    body: { renewedOn: "2026-01-10", expiresOn: "2029-01-10", name: "Renamed" },
  }),
  "DELETE /api/wallet/credentials/{id}": (f) => ({ params: { id: f.credentialId } }),
  "POST /api/wallet/open-badges": (f) => ({ body: f.openBadge }),
  "PATCH /api/wallet/settings": () => ({ body: { emailReminders: true } }),
  "GET /api/wallet/calendar/{token}.ics": (f) => ({ params: { token: f.calendarToken } }),
  "POST /api/saved-results": () => ({
    body: { kind: "recommendation", title: "Mine", data: { top: "aws-mla", scores: [1, 2] } },
  }),
  "GET /api/saved-results": () => ({ query: { kind: "diagnostic" } }),
  "GET /api/saved-results/{id}": (f) => ({ params: { id: f.savedResultId } }),
  "DELETE /api/saved-results/{id}": (f) => ({ params: { id: f.savedResultId } }),
  "POST /api/account/import": (f) => ({ body: f.exportDocument }),
  "PUT /api/teams/{teamId}/budget": () => ({ params: { teamId: "team-1" }, body: { allowanceUsd: 100 } }),
};

/**
 * better-auth's endpoints are hidden from the OpenAPI document; these are fuzzed too, with the
 * sign-in rate limit in play (a 429 is a fine answer).
 */
export const HIDDEN_OPERATIONS: Array<{ method: string; path: string; seed: Seed }> = [
  {
    method: "POST",
    path: "/api/auth/sign-in/email",
    seed: { body: { email: "nobody@example.com", password: "correct horse battery staple" } },
  },
  {
    method: "POST",
    path: "/api/auth/sign-up/email",
    seed: { body: { email: "fuzz@example.com", password: "correct horse battery staple", name: "Fuzz" } },
  },
];

/** The routes the issue names: the fuzz test fails if any of them disappears from the API. */
export const REQUIRED_OPERATIONS = [
  "GET /api/profile",
  "PUT /api/profile",
  "GET /api/certifications",
  "GET /api/certifications/{id}",
  "GET /api/certifications/compare",
  "GET /api/skills",
  "POST /api/recommendations",
  "POST /api/recommendations/why/{id}",
  "GET /api/recommendations/why/{id}",
  "POST /api/plans",
  "GET /api/plans/{id}",
  "POST /api/plans/{id}/check-ins",
  "POST /api/plans/{id}/check-ins/preview",
  "GET /api/plans/{id}.ics",
  "GET /api/projects",
  "GET /api/salaries",
];

/** Operations that destroy fixtures run last, so the others keep reaching real rows. */
export function fuzzOrder(key: string): number {
  if (key.startsWith("DELETE ")) return 2;
  if (key === "POST /api/account/import") return 1;
  return 0;
}
