/**
 * @module Team roles: the organization plugin's access control with Certpath's three roles.
 * better-auth enforces the organization statements on its own routes (invite, remove, update);
 * Certpath's team routes ask the same role objects about the `team` statements, so one table says
 * who may do what.
 */
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements, memberAc, ownerAc } from "better-auth/plugins/organization/access";

export const TEAM_ROLES = ["owner", "manager", "member"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

const statements = {
  ...defaultStatements,
  /** Certpath's own resources: the per-person skill levels, the team plan and its budget. */
  teamInsights: ["read-member-levels", "read-member-plans", "update-budget"],
} as const;

export const teamAccessControl = createAccessControl(statements);

const insightsForLeads = {
  teamInsights: ["read-member-levels", "read-member-plans", "update-budget"],
} as const;

export const teamRoles = {
  owner: teamAccessControl.newRole({ ...ownerAc.statements, ...insightsForLeads }),
  // A manager runs the team (invites, removes members, sets the budget) but cannot delete it.
  manager: teamAccessControl.newRole({ ...adminAc.statements, ...insightsForLeads }),
  // A member sees their own row and the privacy-safe aggregates, never a colleague's levels.
  member: teamAccessControl.newRole({ ...memberAc.statements, teamInsights: [] }),
};

export type TeamPermission = (typeof statements.teamInsights)[number];

/** Whether a stored role string (possibly "owner,manager") grants a team permission. */
export function roleAllows(role: string, permission: TeamPermission): boolean {
  return role
    .split(",")
    .map((r) => r.trim())
    .some((r) => {
      const granted = teamRoles[r as TeamRole];
      return granted ? granted.authorize({ teamInsights: [permission] }).success : false;
    });
}
