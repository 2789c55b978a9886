/**
 * @module The journey: the one path every feature plugs into, from "tell us about you" to
 * "still current". The web landing page and navigation are built from this list, so a new
 * feature is a step's page, not a new island.
 */
export const JOURNEY_STEPS = [
  {
    id: "profile",
    title: "Tell us about you",
    route: "/recommendations",
    summary: "Your experience, the cloud you use at work, what you want to do next, your budget and time.",
  },
  {
    id: "diagnose",
    title: "Diagnose",
    route: "/diagnostic",
    summary: "A two-minute self-rating or an adaptive quiz that shows each skill with its uncertainty.",
  },
  {
    id: "choose",
    title: "Choose",
    route: "/certifications",
    summary:
      "Current certifications, ranked for you, with every factor explained — and retired ones flagged.",
  },
  {
    id: "plan",
    title: "Plan",
    route: "/plan",
    summary: "A dated week-by-week plan with practice, spaced review and portfolio projects.",
  },
  {
    id: "certify",
    title: "Certify",
    route: "/wallet",
    summary: "Record the credential you earned; its expiry and renewal window are computed for you.",
  },
  {
    id: "renew",
    title: "Renew",
    route: "/wallet",
    summary: "Reminders before the renewal window opens, and the successor path when an exam retires.",
  },
] as const;

export type JourneyStep = (typeof JOURNEY_STEPS)[number];
export type JourneyStepId = JourneyStep["id"];
