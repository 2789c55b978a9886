/**
 * @module The organization fence: before better-auth handles an /api/auth/organization/* request
 * that names an organization (organizationId or organizationSlug, in the query or the body, or the
 * invitation being cancelled), the caller must be a member of it, or the answer is 404 — the same
 * answer as for a team that does not exist. better-auth enforces roles inside an organization; the
 * fence makes "not a member" uniform (some endpoints would otherwise answer 400) and is a second
 * lock on the door. It also tells the bridge whether the caller is signed in, because better-auth
 * answers some "not allowed" cases with 401, which the bridge turns into the 403 they mean.
 */
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Auth } from "../auth/auth";
import { invitation, member, organization } from "../db/auth-schema";
import type { Database } from "../db/database";
import { HttpError } from "../http/errors";

const ORGANIZATION_PATH = "/api/auth/organization/";
/** Endpoints whose invitationId belongs to the organization acting on it (not to its recipient). */
const MEMBER_INVITATION_PATHS = ["/api/auth/organization/cancel-invitation"];

export interface FenceResult {
  /** Whether the request is an organization request made with a valid session. */
  signedIn: boolean;
}

function named(request: FastifyRequest, key: string): string | undefined {
  const fromQuery = (request.query as Record<string, unknown> | undefined)?.[key];
  const fromBody = (request.body as Record<string, unknown> | null | undefined)?.[key];
  const value = fromBody ?? fromQuery;
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

export function createOrganizationFence(
  db: Database,
  auth: Auth,
  headersOf: (request: FastifyRequest) => Headers,
) {
  return async (request: FastifyRequest): Promise<FenceResult> => {
    if (!request.url.startsWith(ORGANIZATION_PATH)) return { signedIn: false };
    const session = await auth.api.getSession({ headers: headersOf(request) });
    // No session: better-auth answers 401 itself.
    if (!session) return { signedIn: false };
    let organizationId = named(request, "organizationId");
    const slug = named(request, "organizationSlug");
    const invitationId = named(request, "invitationId");
    if (invitationId && MEMBER_INVITATION_PATHS.some((path) => request.url.startsWith(path))) {
      const [row] = await db
        .select({ organizationId: invitation.organizationId })
        .from(invitation)
        .where(eq(invitation.id, invitationId));
      if (!row) throw new HttpError(404, "not_found", "No such invitation.");
      organizationId = row.organizationId;
    }
    // A member id must belong to the organization the request acts in (explicit or active).
    const memberRef = named(request, "memberId") ?? named(request, "memberIdOrEmail");
    if (memberRef && !memberRef.includes("@")) {
      const actingIn =
        organizationId ?? (session.session as { activeOrganizationId?: string | null }).activeOrganizationId;
      const [target] = await db
        .select({ organizationId: member.organizationId })
        .from(member)
        .where(eq(member.id, memberRef));
      if (!target || target.organizationId !== actingIn)
        throw new HttpError(404, "not_found", "No such member.");
    }
    if (!organizationId && !slug) return { signedIn: true };
    const [row] = await db
      .select({ id: member.id })
      .from(member)
      .innerJoin(organization, eq(organization.id, member.organizationId))
      .where(
        and(
          eq(member.userId, session.user.id),
          organizationId ? eq(organization.id, organizationId) : eq(organization.slug, slug ?? ""),
        ),
      );
    if (!row) throw new HttpError(404, "not_found", "No such team.");
    return { signedIn: true };
  };
}
