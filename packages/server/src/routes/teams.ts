/**
 * @module Team routes beside better-auth's organization endpoints (create, invite, accept, roles
 * live under /api/auth/organization/*). Every route checks membership first (a non-member gets
 * 404) and then the role: owners and managers see each member's levels and plans; a member sees
 * their own row and the aggregates, which core publishes only for groups of 5 or more.
 *
 *   GET /api/teams                        the teams you belong to, with your role
 *   GET /api/teams/:teamId                the team, its members and (for leads) pending invitations
 *   GET /api/teams/:teamId/skills-matrix  members × skills levels, aggregates for groups ≥ 5;
 *                                         ?limit=&offset= pages the rows (aggregates cover everyone)
 *   GET /api/teams/:teamId/plan           paths, exam budget vs allowance, renewals due in 90 days
 *   PUT /api/teams/:teamId/budget         { allowanceUsd } (owner or manager)
 */
import { buildSkillsMatrix, buildTeamPlan, type Certification } from "@certpath/core";
import { and, asc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AccountRouteOptions } from "../account/install-accounts";
import { todayIso } from "../clock";
import { invitation, member, organization } from "../db/auth-schema";
import { teamBudgets } from "../db/team-schema";
import { TeamMatrixSchema, TeamPlanSchema, TeamSchema } from "../team/team-contracts";
import { memberPlans, teamMemberEvidence, teamMembers } from "../team/team-evidence";
import { can, requireMembership, requirePermission } from "../team/team-membership";

const ErrorSchema = z.object({ error: z.string(), message: z.string() });
const TeamParams = z.object({ teamId: z.string().min(1).max(100) });
const MatrixQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function teamRoutes(options: AccountRouteOptions): FastifyPluginAsyncZod {
  const { db, clock } = options;
  const catalog: ReadonlyMap<string, Certification> = new Map(
    options.content.certifications.map((c) => [c.id, c]),
  );

  const allowance = async (teamId: string): Promise<number | null> => {
    const [row] = await db.select().from(teamBudgets).where(eq(teamBudgets.organizationId, teamId));
    return row?.allowanceUsd ?? null;
  };

  return async (app) => {
    app.addHook("preHandler", app.requireAccount);

    app.get(
      "/api/teams",
      {
        schema: {
          tags: ["teams"],
          summary: "Your teams",
          response: {
            200: z.object({
              teams: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
            }),
          },
        },
      },
      async (request) => {
        const rows = await db
          .select({ id: organization.id, name: organization.name, role: member.role })
          .from(member)
          .innerJoin(organization, eq(organization.id, member.organizationId))
          .where(eq(member.userId, request.ownerId))
          .orderBy(asc(organization.name));
        return { teams: rows };
      },
    );

    app.get(
      "/api/teams/:teamId",
      {
        schema: {
          tags: ["teams"],
          summary: "One team",
          params: TeamParams,
          response: { 200: TeamSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const membership = await requireMembership(db, request.params.teamId, request.ownerId);
        const members = await teamMembers(db, membership.teamId);
        const lead = can(membership, "read-member-levels");
        const pending = lead
          ? await db
              .select({
                id: invitation.id,
                email: invitation.email,
                role: invitation.role,
                expiresAt: invitation.expiresAt,
              })
              .from(invitation)
              .where(and(eq(invitation.organizationId, membership.teamId), eq(invitation.status, "pending")))
          : [];
        return {
          id: membership.teamId,
          name: membership.teamName,
          role: membership.role,
          members: members.map((m) => ({
            memberId: m.memberId,
            name: m.name,
            role: m.role,
            you: m.userId === request.ownerId,
          })),
          invitations: pending.map((i) => ({
            ...i,
            role: i.role ?? "member",
            expiresAt: i.expiresAt.toISOString(),
          })),
          allowanceUsd: await allowance(membership.teamId),
        };
      },
    );

    app.get(
      "/api/teams/:teamId/skills-matrix",
      {
        schema: {
          tags: ["teams"],
          summary: "Members × skills levels; aggregates only for groups of 5 or more",
          description:
            "Rows are ordered by name. Without `limit` every row you may see is returned; with it, " +
            "`limit` rows from `offset` (a team of 10,000 is ≈ 8 MB in one answer). Aggregates and " +
            "`members` always cover the whole team; `page.rows` counts the rows you may see.",
          params: TeamParams,
          querystring: MatrixQuery,
          response: { 200: TeamMatrixSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const membership = await requireMembership(db, request.params.teamId, request.ownerId);
        // Every member's evidence even for one page: the aggregates are over the whole team.
        const evidence = await teamMemberEvidence(db, membership.teamId);
        const visible = can(membership, "read-member-levels") ? "all" : new Set([membership.memberId]);
        const { limit, offset } = request.query;
        const { visibleRows, ...matrix } = buildSkillsMatrix(evidence, visible, { offset, limit });
        return {
          teamId: membership.teamId,
          ...matrix,
          page: { offset, limit: limit ?? null, rows: visibleRows },
        };
      },
    );

    app.get(
      "/api/teams/:teamId/plan",
      {
        schema: {
          tags: ["teams"],
          summary: "Who is on which path, exam budget against the allowance, renewals due in 90 days",
          params: TeamParams,
          response: { 200: TeamPlanSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const membership = await requireMembership(db, request.params.teamId, request.ownerId);
        const all = await teamMembers(db, membership.teamId);
        // A member plans their own path; only leads see everyone's.
        const members = can(membership, "read-member-plans")
          ? all
          : all.filter((m) => m.userId === request.ownerId);
        const today = todayIso(clock);
        const plan = buildTeamPlan({
          members: await memberPlans(db, members, catalog, today),
          catalog,
          allowanceUsd: await allowance(membership.teamId),
          today,
        });
        return {
          teamId: membership.teamId,
          scope: members.length === all.length ? ("team" as const) : ("you" as const),
          ...plan,
        };
      },
    );

    app.put(
      "/api/teams/:teamId/budget",
      {
        schema: {
          tags: ["teams"],
          summary: "Set the team's exam allowance (owner or manager)",
          params: TeamParams,
          body: z.strictObject({ allowanceUsd: z.number().int().min(0).max(10_000_000) }),
          response: { 200: z.object({ allowanceUsd: z.number() }), 403: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const membership = await requireMembership(db, request.params.teamId, request.ownerId);
        requirePermission(membership, "update-budget");
        const values = {
          allowanceUsd: request.body.allowanceUsd,
          updatedBy: request.ownerId,
          updatedAt: clock(),
        };
        await db
          .insert(teamBudgets)
          .values({ organizationId: membership.teamId, ...values })
          .onConflictDoUpdate({ target: teamBudgets.organizationId, set: values });
        return { allowanceUsd: request.body.allowanceUsd };
      },
    );
  };
}
