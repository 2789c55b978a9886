import type { Plan } from "@certpath/core";

/** A stored plan as the API returns it (packages/server/src/routes/plans.ts). */
export interface StoredPlan {
  id: string;
  createdAt: string;
  updatedAt: string;
  plan: Plan;
  checkIns: unknown[];
}

export const WEEKDAY_LABELS: Record<string, string> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
};

/** The plan this browser is following; plans are stored server-side, the id is kept here. */
export const PLAN_ID_KEY = "certpath.planId";
