/**
 * @module The app's sections, in journey order. Navigation and the router are both built from
 * this list so they cannot drift apart.
 */
export interface Section {
  path: string;
  label: string;
  /** What the page will do, shown as its empty state until the feature lands. */
  purpose: string;
  next: string;
}

export const SECTIONS: readonly Section[] = [
  {
    path: "/diagnostic",
    label: "Diagnostic",
    purpose:
      "Find out where you stand: a two-minute self-rating, or an adaptive quiz across math, Python, ML, MLOps, generative AI and the cloud platforms. Every skill is shown with its uncertainty.",
    next: "Take the self-rating to get a first picture in two minutes.",
  },
  {
    path: "/certifications",
    label: "Certifications",
    purpose:
      "Browse current ML certifications from every vendor, with price, format, validity, blueprint and sources — and see which exams have retired and what replaced them.",
    next: "Filter by provider or level, then compare two to four side by side.",
  },
  {
    path: "/recommendations",
    label: "Recommendations",
    purpose:
      "Tell us about your experience, the cloud you use at work, your goals, budget and time; get a ranking where every factor is explained in plain words.",
    next: "Fill in your profile to see your ranking.",
  },
  {
    path: "/plan",
    label: "Plan",
    purpose:
      "Turn your gaps into a dated week-by-week plan with practice, spaced review and portfolio projects, exported to your calendar and re-planned when life gets in the way.",
    next: "Choose a certification first, then make a plan for it.",
  },
  {
    path: "/wallet",
    label: "Wallet",
    purpose:
      "Keep the credentials you earned, with expiry dates, renewal windows and reminders — and the successor path when an exam retires.",
    next: "Add a credential you have earned.",
  },
  {
    path: "/team",
    label: "Team",
    purpose:
      "For team leads: a skills matrix, a team certification plan, the exam budget and renewals due in the next 90 days.",
    next: "Create a team and invite your colleagues.",
  },
];
