/**
 * @module Team certification plan: who is preparing for which exam and when, the exam fees that
 * adds up to against the team's allowance, and the credentials whose renewal falls due in the next
 * 90 days. Pure: plans, credentials, the catalog and today come in as data.
 */
import { addDays, daysBetween } from "../calendar/iso-date";
import type { Certification, IsoDate } from "../catalog/certification";
import type { CredentialStatus } from "../wallet/credential-status";

export const RENEWAL_HORIZON_DAYS = 90;

export interface TeamMemberPlans {
  memberId: string;
  name: string;
  plans: Array<{ planId: string; certificationId: string; examDate: IsoDate }>;
  credentials: Array<{
    credentialId: string;
    name: string;
    certificationId: string | null;
    status: CredentialStatus;
  }>;
}

export interface TeamPath {
  memberId: string;
  name: string;
  planId: string;
  certificationId: string;
  certificationName: string;
  examDate: IsoDate;
  /** The exam fee from the catalog; null when the vendor publishes none. */
  feeUsd: number | null;
}

export interface TeamBudget {
  allowanceUsd: number | null;
  plannedUsd: number;
  /** Paths whose exam fee is unknown, so the planned total is a lower bound. */
  unpricedExams: number;
  remainingUsd: number | null;
  overBudget: boolean;
}

export interface RenewalDue {
  memberId: string;
  name: string;
  credentialId: string;
  credentialName: string;
  expiresOn: IsoDate;
  daysLeft: number;
  windowOpensOn: IsoDate | null;
  needs: string;
  costUsd: number | null;
}

export interface TeamPlan {
  asOf: IsoDate;
  paths: TeamPath[];
  budget: TeamBudget;
  renewalsDue: RenewalDue[];
  horizonDays: number;
}

export function buildTeamPlan(input: {
  members: readonly TeamMemberPlans[];
  catalog: ReadonlyMap<string, Certification>;
  allowanceUsd: number | null;
  today: IsoDate;
}): TeamPlan {
  const { today, catalog } = input;
  const horizonEnd = addDays(today, RENEWAL_HORIZON_DAYS);
  const paths: TeamPath[] = input.members
    .flatMap((member) =>
      member.plans
        // Exams already behind the team are history, not budget.
        .filter((plan) => daysBetween(today, plan.examDate) >= 0)
        .map((plan) => {
          const certification = catalog.get(plan.certificationId);
          return {
            memberId: member.memberId,
            name: member.name,
            planId: plan.planId,
            certificationId: plan.certificationId,
            certificationName: certification?.name ?? plan.certificationId,
            examDate: plan.examDate,
            feeUsd: certification?.price.amountUsd ?? null,
          };
        }),
    )
    .sort((a, b) => a.examDate.localeCompare(b.examDate) || a.name.localeCompare(b.name));
  const plannedUsd = paths.reduce((sum, path) => sum + (path.feeUsd ?? 0), 0);
  const allowance = input.allowanceUsd;
  const renewalsDue = input.members
    .flatMap((member) =>
      member.credentials.flatMap((credential): RenewalDue[] => {
        const { status } = credential;
        if (!status.expiresOn || status.daysLeft === null) return [];
        const lastDay = status.renewal.window?.closesOn ?? status.expiresOn;
        if (daysBetween(today, lastDay) < 0) return [];
        const opens = status.renewal.window?.opensOn ?? null;
        const expiresWithin = daysBetween(status.expiresOn, horizonEnd) >= 0;
        const opensWithin = opens !== null && daysBetween(opens, horizonEnd) >= 0;
        if (!expiresWithin && !opensWithin) return [];
        return [
          {
            memberId: member.memberId,
            name: member.name,
            credentialId: credential.credentialId,
            credentialName: credential.name,
            expiresOn: status.expiresOn,
            daysLeft: status.daysLeft,
            windowOpensOn: opens,
            needs: status.renewal.needs,
            costUsd: status.renewal.costUsd,
          },
        ];
      }),
    )
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
  return {
    asOf: today,
    paths,
    budget: {
      allowanceUsd: allowance,
      plannedUsd,
      unpricedExams: paths.filter((path) => path.feeUsd === null).length,
      remainingUsd: allowance === null ? null : allowance - plannedUsd,
      overBudget: allowance !== null && plannedUsd > allowance,
    },
    renewalsDue,
    horizonDays: RENEWAL_HORIZON_DAYS,
  };
}
