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
  /** The rows the viewer may see: every member for a lead, their own row for a member. */
  rows: MatrixRow[];
  members: number;
  aggregates: Record<SkillId, SkillAggregate>;
  minGroup: number;
}

/** A member's level for one skill: the diagnostic ability wins over a self-rating. */
export function memberLevel(profile: MemberEvidence["profile"], skill: SkillId): MatrixCell {
  const ability = profile?.assessment?.abilities?.[skill];
  if (ability && Number.isFinite(ability.theta))
    return { level: levelOfTheta(ability.theta), source: "diagnostic" };
  const rating = profile?.skills?.[skill];
  if (rating !== undefined) return { level: rating, source: "self-rating" };
  return { level: null, source: null };
}

export function buildSkillsMatrix(
  members: readonly MemberEvidence[],
  visibleMemberIds: ReadonlySet<string> | "all",
): SkillsMatrix {
  const all = members.map((member) => ({
    memberId: member.memberId,
    name: member.name,
    cells: Object.fromEntries(
      SKILL_IDS.map((skill) => [skill, memberLevel(member.profile, skill)]),
    ) as Record<SkillId, MatrixCell>,
  }));
  const aggregates = Object.fromEntries(SKILL_IDS.map((skill) => [skill, aggregate(all, skill)])) as Record<
    SkillId,
    SkillAggregate
  >;
  return {
    skills: SKILL_IDS,
    rows: visibleMemberIds === "all" ? all : all.filter((row) => visibleMemberIds.has(row.memberId)),
    members: members.length,
    aggregates,
    minGroup: MIN_AGGREGATE_GROUP,
  };
}

function aggregate(rows: readonly MatrixRow[], skill: SkillId): SkillAggregate {
  const levels: SkillLevel[] = [];
  for (const row of rows) {
    const level = row.cells[skill].level;
    if (level !== null) levels.push(level);
  }
  if (levels.length < MIN_AGGREGATE_GROUP) {
    return {
      shown: false,
      reason: `Shown once at least ${MIN_AGGREGATE_GROUP} people have a level for this skill.`,
    };
  }
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const level of levels) distribution[level]++;
  const mean = levels.reduce<number>((sum, level) => sum + level, 0) / levels.length;
  return { shown: true, people: levels.length, meanLevel: Math.round(mean * 10) / 10, distribution };
}
