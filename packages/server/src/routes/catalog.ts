/**
 * @module Catalog routes: certifications (filtered; retired ones only on request), one
 * certification, a side-by-side comparison, and the skills taxonomy. Every record carries its
 * status notice (never "bookable" when retired) and any stale facts.
 */

import { CertificationSchema, type Content, SkillSchema } from "@certpath/content";
import {
  CERTIFICATION_LEVELS,
  CERTIFICATION_STATUSES,
  type Certification,
  describeStatus,
  EMPHASIS_AREAS,
  filterCertifications,
  findStaleFacts,
  PLATFORMS,
  PROVIDERS,
  suggestClosest,
} from "@certpath/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { type Clock, todayIso } from "../clock";
import { AnswerCache } from "../http/answer-cache";
import { HttpError } from "../http/errors";

const ErrorSchema = z.object({ error: z.string(), message: z.string() });

const CatalogEntrySchema = CertificationSchema.extend({
  notice: z.object({
    bookable: z.boolean(),
    message: z.string().nullable(),
    successors: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
  stale: z.array(z.object({ group: z.string(), newestSource: z.string(), ageDays: z.number() })),
});

const ListQuerySchema = z.strictObject({
  provider: z.enum(PROVIDERS).optional(),
  level: z.enum(CERTIFICATION_LEVELS).optional(),
  status: z.enum([...CERTIFICATION_STATUSES, "current", "all"]).optional(),
  platform: z.enum([...PLATFORMS, "none"]).optional(),
  emphasis: z.enum(EMPHASIS_AREAS).optional(),
  q: z.string().max(100).optional(),
});

const CatalogListSchema = z.object({
  asOf: z.string(),
  staleAfterDays: z.number(),
  certifications: z.array(CatalogEntrySchema),
});

export interface CatalogRouteOptions {
  /** Keeps serialized answers: a catalog answer depends only on the query and the day. */
  answerCache?: AnswerCache | undefined;
  content: Content;
  clock: Clock;
  staleAfterDays: number;
}

export function catalogRoutes({
  answerCache = new AnswerCache(0),
  content,
  clock,
  staleAfterDays,
}: CatalogRouteOptions): FastifyPluginAsyncZod {
  const byId = new Map(content.certifications.map((c) => [c.id, c]));
  const toEntry = (cert: Certification, today: string) => ({
    ...cert,
    notice: describeStatus(cert, byId),
    stale: findStaleFacts(cert, today, staleAfterDays),
  });
  const find = (id: string): Certification => {
    const cert = byId.get(id);
    if (cert) return cert;
    const suggestion = suggestClosest(id, [...byId.keys()]);
    throw new HttpError(
      404,
      "not_found",
      `No certification "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
    );
  };

  return async (app) => {
    app.get(
      "/api/certifications",
      {
        schema: {
          tags: ["catalog"],
          summary: "List certifications (current ones unless status=all or a status is given)",
          querystring: ListQuerySchema,
          response: { 200: CatalogListSchema },
        },
      },
      async (request, reply) => {
        const today = todayIso(clock);
        return answerCache.send(reply, ["certifications", today, request.query], CatalogListSchema, () => {
          const { q, ...filter } = request.query;
          const certifications = filterCertifications(content.certifications, { ...filter, search: q });
          return {
            asOf: today,
            staleAfterDays,
            certifications: certifications.map((c) => toEntry(c, today)),
          };
        });
      },
    );

    app.get(
      "/api/certifications/compare",
      {
        schema: {
          tags: ["catalog"],
          summary: "Two to four certifications side by side",
          querystring: z.strictObject({
            ids: z
              .string()
              .transform((value) =>
                value
                  .split(",")
                  .map((id) => id.trim())
                  .filter(Boolean),
              )
              .pipe(
                z.array(z.string()).min(2, "compare needs 2 to 4 ids").max(4, "compare needs 2 to 4 ids"),
              ),
          }),
          response: { 200: z.object({ certifications: z.array(CatalogEntrySchema) }), 404: ErrorSchema },
        },
      },
      async (request) => {
        const today = todayIso(clock);
        const ids = [...new Set(request.query.ids)];
        if (ids.length < 2) throw new HttpError(400, "invalid_request", "compare needs 2 to 4 different ids");
        return { certifications: ids.map((id) => toEntry(find(id), today)) };
      },
    );

    app.get(
      "/api/certifications/:id",
      {
        schema: {
          tags: ["catalog"],
          summary: "One certification with its status notice and sources",
          params: z.object({ id: z.string().max(100) }),
          response: { 200: CatalogEntrySchema, 404: ErrorSchema },
        },
      },
      async (request, reply) => {
        const today = todayIso(clock);
        const cert = find(request.params.id);
        return answerCache.send(reply, ["certification", today, cert.id], CatalogEntrySchema, () =>
          toEntry(cert, today),
        );
      },
    );

    app.get(
      "/api/skills",
      {
        schema: {
          tags: ["catalog"],
          summary: "The skills taxonomy with level descriptors",
          response: { 200: z.object({ skills: z.array(SkillSchema) }) },
        },
      },
      async () => ({ skills: content.skills }),
    );
  };
}
