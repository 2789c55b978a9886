/**
 * @module Project briefs and salary context.
 *
 *   GET /api/projects?skill=&cert=&industry=   portfolio briefs, filtered
 *   GET /api/salaries?region=&level=           pay bands by level and region, each labelled base or
 *                                              total with source and data period; the cloud market
 *                                              shares with firm and quarter; and what the evidence
 *                                              says about certifications and pay (no per-cert premium)
 */
import { existsSync } from "node:fs";
import path from "node:path";
import {
  CLOUD_MARKET_FILE,
  type Content,
  DEFAULT_DATA_DIR,
  filterSalaries,
  loadCloudMarket,
  loadPlanningContent,
  type PlanningContent,
  ProjectBriefSchema,
  SALARY_LEVELS,
  SalaryBandSchema,
  SalaryRegionSchema,
} from "@certpath/content";
import { type CloudMarket, normalizeIndustry, SKILL_IDS } from "@certpath/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpError } from "../http/errors";

const ErrorSchema = z.object({ error: z.string(), message: z.string() });

export interface ProjectsSalariesOptions {
  content: Content;
  /** By default data/ beside the content, else the repository's. */
  planning?: PlanningContent | undefined;
  market?: CloudMarket | null | undefined;
}

function defaultPlanning(content: Content): PlanningContent {
  const own = ["projects", "salaries"].some((dir) => existsSync(path.join(content.dataDir, dir)));
  if (own) return loadPlanningContent(content.dataDir, content.certifications);
  if (existsSync(path.join(DEFAULT_DATA_DIR, "projects"))) return loadPlanningContent(DEFAULT_DATA_DIR);
  return { projects: [], salaries: { regions: [], certificationEffect: null } };
}

function defaultMarket(content: Content): CloudMarket | null {
  for (const dir of [content.dataDir, DEFAULT_DATA_DIR]) {
    if (existsSync(path.join(dir, CLOUD_MARKET_FILE))) return loadCloudMarket(dir);
  }
  return null;
}

export function projectsSalariesRoutes(options: ProjectsSalariesOptions): FastifyPluginAsyncZod {
  const planning = options.planning ?? defaultPlanning(options.content);
  const market = options.market === undefined ? defaultMarket(options.content) : options.market;
  const certIds = new Set(options.content.certifications.map((c) => c.id));

  return async (app) => {
    app.get(
      "/api/projects",
      {
        schema: {
          tags: ["projects"],
          summary: "Portfolio project briefs, by skill, certification and industry",
          querystring: z.strictObject({
            skill: z.enum(SKILL_IDS).optional(),
            cert: z.string().min(1).max(100).optional(),
            /** One of the briefs' industries, or free text ("banking") mapped onto them. */
            industry: z.string().min(1).max(60).optional(),
          }),
          response: { 200: z.object({ projects: z.array(ProjectBriefSchema) }), 404: ErrorSchema },
        },
      },
      async (request) => {
        const { skill, cert, industry } = request.query;
        if (cert && !certIds.has(cert))
          throw new HttpError(404, "not_found", `cert: no certification "${cert}"`);
        const wanted = industry ? normalizeIndustry(industry) : undefined;
        const projects = planning.projects.filter(
          (p) =>
            (!skill || p.skills.includes(skill)) &&
            (!cert || p.certifications.includes(cert)) &&
            // An industry filter keeps that industry's briefs and the general ones that fit anywhere.
            (!wanted || p.industry === wanted || p.industry === "general"),
        );
        return { projects };
      },
    );

    app.get(
      "/api/salaries",
      {
        schema: {
          tags: ["salaries"],
          summary: "Pay ranges by level and region, with sources; certifications as signals, not raises",
          querystring: z.strictObject({
            region: z.string().min(2).max(20).optional(),
            level: z.enum(SALARY_LEVELS).optional(),
          }),
          response: {
            200: z.object({
              // A level filter can leave a region without bands (no senior data for Germany).
              regions: z.array(SalaryRegionSchema.extend({ bands: z.array(SalaryBandSchema) })),
              certifications: z
                .object({ statement: z.string(), evidence: z.array(z.record(z.string(), z.unknown())) })
                .nullable(),
              market: z.record(z.string(), z.unknown()).nullable(),
            }),
            404: ErrorSchema,
          },
        },
      },
      async (request) => {
        const { region, level } = request.query;
        const known = planning.salaries.regions.map((r) => r.region);
        if (region && !known.includes(region.toLowerCase())) {
          throw new HttpError(
            404,
            "not_found",
            `region: no salary data for "${region}" (known: ${known.join(", ")})`,
          );
        }
        const effect = planning.salaries.certificationEffect;
        return {
          regions: filterSalaries(planning.salaries.regions, { region: region?.toLowerCase(), level }),
          certifications: effect ? { statement: effect.statement, evidence: effect.evidence } : null,
          market: market as Record<string, unknown> | null,
        };
      },
    );
  };
}
