/**
 * @module Whose data a request touches — decided here and nowhere else. A route plugin adds
 * `app.addHook("preHandler", app.resolveOwner)` and then reads `request.ownerId`: the signed-in
 * person's user id, or "local" for the one anonymous person when anonymous use is allowed (the
 * embedded default). Without either the request gets a 401. Routes that only make sense for an
 * account (teams, account deletion) use `app.requireAccount` instead.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Auth } from "../auth/auth";
import { toFetchHeaders } from "./auth-bridge";
import { HttpError } from "./errors";

/** The owner id of anonymous use on the embedded default. */
export const LOCAL_OWNER = "local";

export interface AccountUser {
  id: string;
  name: string;
  email: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by resolveOwner / requireAccount: the account's user id or "local". */
    ownerId: string;
    /** The signed-in person, or null when the request is anonymous. */
    accountUser: AccountUser | null;
  }
  interface FastifyInstance {
    resolveOwner: (request: FastifyRequest) => Promise<void>;
    requireAccount: (request: FastifyRequest) => Promise<void>;
    /** The session's user, or null; does not decide ownership. */
    readAccountUser: (request: FastifyRequest) => Promise<AccountUser | null>;
    allowAnonymous: boolean;
  }
}

export function installOwnerResolution(app: FastifyInstance, auth: Auth, allowAnonymous: boolean): void {
  app.decorateRequest("ownerId", "");
  app.decorateRequest("accountUser", null);
  app.decorate("allowAnonymous", allowAnonymous);

  const readAccountUser = async (request: FastifyRequest): Promise<AccountUser | null> => {
    const session = await auth.api.getSession({ headers: toFetchHeaders(request) });
    if (!session) return null;
    return { id: session.user.id, name: session.user.name, email: session.user.email };
  };
  app.decorate("readAccountUser", readAccountUser);

  app.decorate("resolveOwner", async (request: FastifyRequest) => {
    const user = await readAccountUser(request);
    request.accountUser = user;
    if (user) {
      request.ownerId = user.id;
      return;
    }
    if (allowAnonymous) {
      request.ownerId = LOCAL_OWNER;
      return;
    }
    throw new HttpError(401, "unauthenticated", "Sign in to use this.");
  });

  app.decorate("requireAccount", async (request: FastifyRequest) => {
    const user = await readAccountUser(request);
    if (!user) throw new HttpError(401, "unauthenticated", "Sign in to use this.");
    request.accountUser = user;
    request.ownerId = user.id;
  });
}
