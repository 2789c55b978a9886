/**
 * @module Skills matrix: members × skills as levels (0–4) from each member's latest estimates — a
 * diagnostic ability when there is one, else the self-rating. Only levels leave this module, never
 * the answers or the theta and standard error behind them. Team aggregates are published only for
 * skills where at least MIN_AGGREGATE_GROUP people have an estimate, so a small group's
 * distribution cannot single anyone out.
 */
import type { Profile } from "../profile/profile";
import { levelOfTheta } from "../skills/skill-estimate";
import { SKILL_IDS, type SkillId, type SkillLevel } from "../skills/skill-ids";

export const MIN_AGGREGATE_GROUP = 5;

export interface MemberEvidence {
  memberId: string;
  name: string;
  profile: Pick<Profile, "skills" | "assessment"> | null;
}

export interface MatrixCell {
  level: SkillLevel | null;
  source: "diagnostic" | "self-rating" | null;
}

export interface MatrixRow {
  memberId: string;
  name: string;
  cells: Record<SkillId, MatrixCell>;
}

export type SkillAggregate =
  | { shown: true; people: number; meanLevel: number; distribution: [number, number, number, number, number] }
  | { shown: false; reason: string };

export interface SkillsMatrix {
  skills: readonly SkillId[];
  /** The rows the viewer may see (every member for a lead, their own row for a member), paged. */
  rows: MatrixRow[];
  /** How many rows the viewer may see in all (rows is `page` of them). */
  visibleRows: number;
  members: number;
  aggregates: Record<SkillId, SkillAggregate>;
  minGroup: number;
}

/** Which of the visible rows to build: `limit` rows from `offset` (all of them without a limit). */
export interface MatrixPage {
  offset: number;
  limit?: number | undefined;
}

/** A member's level for one skill, without the cell object (the aggregates read 15 per member). */
function levelOf(profile: MemberEvidence["profile"], skill: SkillId): SkillLevel | null {
  const ability = profile?.assessment?.abilities?.[skill];
  if (ability && Number.isFinite(ability.theta)) return levelOfTheta(ability.theta);
  return profile?.skills?.[skill] ?? null;
}

export function memberLevel(profile: MemberEvidence["profile"], skill: SkillId): MatrixCell {
  const ability = profile?.assessment?.abilities?.[skill];
  if (ability && Number.isFinite(ability.theta))
    return { level: levelOfTheta(ability.theta), source: "diagnostic" };
  const rating = profile?.skills?.[skill];
  if (rating !== undefined) return { level: rating, source: "self-rating" };
  return { level: null, source: null };
}

function toRow(member: MemberEvidence): MatrixRow {
  return {
    memberId: member.memberId,
    name: member.name,
    cells: Object.fromEntries(
      SKILL_IDS.map((skill) => [skill, memberLevel(member.profile, skill)]),
    ) as Record<SkillId, MatrixCell>,
  };
}

/**
 * The matrix for a viewer. Aggregates always cover every member; cells are built only for the
 * requested page of visible rows — a team of 10,000 has 150,000 cells, and a page of 200 needs
 * 3,000 of them (bench/team-matrix).
 */
export function buildSkillsMatrix(
  members: readonly MemberEvidence[],
  visibleMemberIds: ReadonlySet<string> | "all",
  page: MatrixPage = { offset: 0 },
): SkillsMatrix {
  const counts = SKILL_IDS.map((): [number, number, number, number, number] => [0, 0, 0, 0, 0]);
  for (const member of members) {
    SKILL_IDS.forEach((skill, index) => {
      const level = levelOf(member.profile, skill);
      if (level === null) return;
      const row = counts[index] as number[];
      row[level] = (row[level] as number) + 1;
    });
  }
  const aggregates = Object.fromEntries(
    SKILL_IDS.map((skill, index) => [
      skill,
      aggregate(counts[index] as [number, number, number, number, number]),
    ]),
  ) as Record<SkillId, SkillAggregate>;
  const visible =
    visibleMemberIds === "all" ? members : members.filter((member) => visibleMemberIds.has(member.memberId));
  const end = page.limit === undefined ? visible.length : page.offset + page.limit;
  return {
    skills: SKILL_IDS,
    rows: visible.slice(page.offset, end).map(toRow),
    visibleRows: visible.length,
    members: members.length,
    aggregates,
    minGroup: MIN_AGGREGATE_GROUP,
  };
}

function aggregate(distribution: [number, number, number, number, number]): SkillAggregate {
  const people = distribution.reduce((sum, n) => sum + n, 0);
  if (people < MIN_AGGREGATE_GROUP) {
    return {
      shown: false,
      reason: `Shown once at least ${MIN_AGGREGATE_GROUP} people have a level for this skill.`,
    };
  }
  // Integer sums: the same mean as adding the levels one by one.
  const total = distribution.reduce((sum, n, level) => sum + n * level, 0);
  return { shown: true, people, meanLevel: Math.round((total / people) * 10) / 10, distribution };
}
