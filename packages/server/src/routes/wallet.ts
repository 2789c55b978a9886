/**
 * @module Wallet routes: the credentials a person earned, each answered with its expiry, days
 * left, renewal window and what renewal needs (core/wallet), plus the Open Badges import.
 * A credential is only ever found under its owner: another person's id is a 404.
 *
 *   GET    /api/wallet/credentials          all, soonest expiry first
 *   POST   /api/wallet/credentials          { certificationId, earnedOn } or { name, issuer, earnedOn, expiresOn? }
 *   GET    /api/wallet/credentials/:id
 *   PATCH  /api/wallet/credentials/:id      { earnedOn?, renewedOn?, expiresOn?, name?, issuer?, credentialUrl? }
 *   DELETE /api/wallet/credentials/:id
 *   POST   /api/wallet/open-badges          an Open Badges 2.0/3.0 JSON credential (not signature-verified)
 */
import { randomUUID } from "node:crypto";
import { type Certification, suggestClosest, validateCredentialDates } from "@certpath/core";
import { and, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AccountRouteOptions } from "../account/install-accounts";
import { todayIso } from "../clock";
import { walletCredentials } from "../db/wallet-schema";
import { HttpError } from "../http/errors";
import { type CredentialRow, CredentialViewSchema, toCredentialView } from "../wallet/credential-view";
import { parseOpenBadge } from "../wallet/open-badges";

const ErrorSchema = z.object({ error: z.string(), message: z.string() });
const IdParams = z.object({ id: z.string().min(1).max(100) });
const IsoDate = z.iso.date({ message: "must be a date as YYYY-MM-DD" });
const Url = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).max(2000);

export const CatalogCredentialBody = z.strictObject({
  certificationId: z.string().min(1).max(100),
  earnedOn: IsoDate,
  renewedOn: IsoDate.optional(),
  expiresOn: IsoDate.optional(),
  credentialUrl: Url.optional(),
});
export const FreeFormCredentialBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  issuer: z.string().trim().min(1).max(200),
  earnedOn: IsoDate,
  expiresOn: IsoDate.optional(),
  credentialUrl: Url.optional(),
});
const PatchBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  issuer: z.string().trim().min(1).max(200).optional(),
  earnedOn: IsoDate.optional(),
  renewedOn: IsoDate.nullable().optional(),
  expiresOn: IsoDate.nullable().optional(),
  credentialUrl: Url.nullable().optional(),
});

export function walletRoutes(options: AccountRouteOptions): FastifyPluginAsyncZod {
  const { db, clock } = options;
  const catalog: ReadonlyMap<string, Certification> = new Map(
    options.content.certifications.map((c) => [c.id, c]),
  );
  const byName = new Map(options.content.certifications.map((c) => [c.name.toLowerCase(), c]));
  const view = (row: CredentialRow) => toCredentialView(row, catalog, todayIso(clock));

  const find = async (ownerId: string, id: string): Promise<CredentialRow> => {
    const [row] = await db
      .select()
      .from(walletCredentials)
      .where(and(eq(walletCredentials.id, id), eq(walletCredentials.ownerId, ownerId)));
    if (!row) throw new HttpError(404, "not_found", `No credential "${id}" in your wallet.`);
    return row;
  };

  const certification = (id: string): Certification => {
    const found = catalog.get(id);
    if (found) return found;
    const suggestion = suggestClosest(id, [...catalog.keys()]);
    throw new HttpError(
      400,
      "invalid_request",
      `certificationId: no certification "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
    );
  };

  const insert = async (
    values: Omit<typeof walletCredentials.$inferInsert, "id" | "createdAt" | "updatedAt">,
  ) => {
    validateCredentialDates(values);
    const now = clock();
    const [row] = await db
      .insert(walletCredentials)
      .values({ ...values, id: randomUUID(), createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error("insert returned no row");
    return row;
  };

  return async (app) => {
    app.addHook("preHandler", app.resolveOwner);

    app.get(
      "/api/wallet/credentials",
      {
        schema: {
          tags: ["wallet"],
          summary: "Your credentials with expiry, days left and renewal window",
          response: { 200: z.object({ asOf: z.string(), credentials: z.array(CredentialViewSchema) }) },
        },
      },
      async (request) => {
        const rows = await db
          .select()
          .from(walletCredentials)
          .where(eq(walletCredentials.ownerId, request.ownerId));
        const views = rows.map(view);
        // Soonest expiry first; credentials that never expire last.
        views.sort(
          (a, b) =>
            (a.expiresOn ?? "9999").localeCompare(b.expiresOn ?? "9999") || a.name.localeCompare(b.name),
        );
        return { asOf: todayIso(clock), credentials: views };
      },
    );

    app.post(
      "/api/wallet/credentials",
      {
        schema: {
          tags: ["wallet"],
          summary: "Add a credential: a catalog certification, or a free-form one",
          body: z.union([CatalogCredentialBody, FreeFormCredentialBody]),
          response: { 201: CredentialViewSchema, 400: ErrorSchema },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const common = {
          ownerId: request.ownerId,
          earnedOn: body.earnedOn,
          expiresOn: body.expiresOn ?? null,
          credentialUrl: body.credentialUrl ?? null,
        };
        const row =
          "certificationId" in body
            ? await (async () => {
                const cert = certification(body.certificationId);
                return insert({
                  ...common,
                  certificationId: cert.id,
                  name: cert.name,
                  issuer: cert.providerName,
                  renewedOn: body.renewedOn ?? null,
                  source: "catalog",
                });
              })()
            : await insert({
                ...common,
                certificationId: null,
                name: body.name,
                issuer: body.issuer,
                source: "manual",
              });
        reply.status(201);
        return view(row);
      },
    );

    app.get(
      "/api/wallet/credentials/:id",
      {
        schema: {
          tags: ["wallet"],
          summary: "One credential",
          params: IdParams,
          response: { 200: CredentialViewSchema, 404: ErrorSchema },
        },
      },
      async (request) => view(await find(request.ownerId, request.params.id)),
    );

    app.patch(
      "/api/wallet/credentials/:id",
      {
        schema: {
          tags: ["wallet"],
          summary: "Correct a credential or record a renewal (renewedOn)",
          params: IdParams,
          body: PatchBody,
          response: { 200: CredentialViewSchema, 400: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (request) => {
        const current = await find(request.ownerId, request.params.id);
        const changes = Object.fromEntries(
          Object.entries(request.body).filter(([, value]) => value !== undefined),
        );
        const next = { ...current, ...changes };
        validateCredentialDates(next);
        const [row] = await db
          .update(walletCredentials)
          .set({ ...changes, updatedAt: clock() })
          .where(and(eq(walletCredentials.id, current.id), eq(walletCredentials.ownerId, request.ownerId)))
          .returning();
        if (!row) throw new HttpError(404, "not_found", `No credential "${current.id}" in your wallet.`);
        return view(row);
      },
    );

    app.delete(
      "/api/wallet/credentials/:id",
      {
        schema: {
          tags: ["wallet"],
          summary: "Remove a credential",
          params: IdParams,
          response: { 204: z.null(), 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        const current = await find(request.ownerId, request.params.id);
        await db
          .delete(walletCredentials)
          .where(and(eq(walletCredentials.id, current.id), eq(walletCredentials.ownerId, request.ownerId)));
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/api/wallet/open-badges",
      {
        schema: {
          tags: ["wallet"],
          summary: "Import an Open Badges 2.0 or 3.0 JSON credential (the signature is not verified)",
          body: z.record(z.string(), z.unknown()),
          response: { 201: CredentialViewSchema, 400: ErrorSchema },
        },
      },
      async (request, reply) => {
        const badge = parseOpenBadge(request.body);
        // A badge named exactly like a catalog certification takes its renewal rule.
        const match = byName.get(badge.name.toLowerCase()) ?? null;
        const row = await insert({
          ownerId: request.ownerId,
          certificationId: match?.id ?? null,
          name: badge.name,
          issuer: badge.issuer,
          earnedOn: badge.earnedOn,
          renewedOn: null,
          expiresOn: badge.expiresOn,
          credentialUrl: badge.credentialUrl,
          source: "open-badges",
          badge: badge.badge,
        });
        reply.status(201);
        return view(row);
      },
    );
  };
}
