/** The team routes' answers (packages/server/src/team/team-contracts.ts). */
export interface TeamSummary {
  id: string;
  name: string;
  role: string;
}

export interface TeamDetail {
  id: string;
  name: string;
  role: string;
  members: Array<{ memberId: string; name: string; role: string; you: boolean }>;
  invitations: Array<{ id: string; email: string; role: string; expiresAt: string }>;
  allowanceUsd: number | null;
}

export interface MatrixCell {
  level: number | null;
  source: "diagnostic" | "self-rating" | null;
}

export type Aggregate =
  | { shown: true; people: number; meanLevel: number; distribution: number[] }
  | { shown: false; reason: string };

export interface SkillsMatrix {
  skills: string[];
  rows: Array<{ memberId: string; name: string; cells: Record<string, MatrixCell> }>;
  members: number;
  aggregates: Record<string, Aggregate>;
  minGroup: number;
  /** Which rows this answer holds: `limit` from `offset`, of `rows` visible to you. */
  page: { offset: number; limit: number | null; rows: number };
}

export interface TeamPlan {
  scope: "team" | "you";
  asOf: string;
  horizonDays: number;
  paths: Array<{
    memberId: string;
    name: string;
    planId: string;
    certificationId: string;
    certificationName: string;
    examDate: string;
    feeUsd: number | null;
  }>;
  budget: {
    allowanceUsd: number | null;
    plannedUsd: number;
    unpricedExams: number;
    remainingUsd: number | null;
    overBudget: boolean;
  };
  renewalsDue: Array<{
    memberId: string;
    name: string;
    credentialId: string;
    credentialName: string;
    expiresOn: string;
    daysLeft: number;
    windowOpensOn: string | null;
    needs: string;
  }>;
}

/** Whether a role string ("owner", "manager", "member", or a comma list) leads the team. */
export function isLead(role: string): boolean {
  return role.split(",").some((r) => r.trim() === "owner" || r.trim() === "manager");
}

export const ROLE_LABELS: Record<string, string> = { owner: "Owner", manager: "Manager", member: "Member" };
