/**
 * @module App: builds the Fastify instance from its dependencies without listening, so tests drive
 * it in-process with `inject` and main.ts only adds the socket and signals.
 */

import type { Content } from "@certpath/content";
import fastifyHelmet from "@fastify/helmet";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { type AccountsAppOptions, installAccounts } from "./account/install-accounts";
import { type Clock, systemClock } from "./clock";
import type { DatabaseHandle } from "./db/database";
import { AnswerCache } from "./http/answer-cache";
import { type AnswerRateLimitOptions, DEFAULT_ANSWERS_PER_MINUTE } from "./http/answer-rate-limit";
import { installApiCompression } from "./http/api-compression";
import { installBodyDepthLimit } from "./http/body-depth";
import { installErrorHandling } from "./http/errors";
import { serializeLoggedError } from "./http/log-redaction";
import { installMetrics } from "./http/metrics";
import { installWebApp } from "./http/web-app";
import { assessmentRoutes } from "./routes/assessments";
import { catalogRoutes } from "./routes/catalog";
import { healthRoutes } from "./routes/health";
import { openApiRoute } from "./routes/openapi";
import { planRoutes } from "./routes/plans";
import { profileRoutes } from "./routes/profile";
import { projectsSalariesRoutes } from "./routes/projects-salaries";
import { recommendationRoutes } from "./routes/recommendations";
import { VERSION } from "./version";

export interface AppOptions {
  database: DatabaseHandle;
  content: Content;
  clock?: Clock | undefined;
  staleAfterDays?: number | undefined;
  webDist?: string | undefined;
  logLevel?: string | undefined;
  /** Accounts, cookies, anonymous use and mail; defaults suit tests (see install-accounts.ts). */
  accounts?: AccountsAppOptions | undefined;
  /**
   * The limit on diagnostic answers per (owner, client address), counted in the database;
   * server.ts passes CERTPATH_ANSWERS_PER_MINUTE, the default is DEFAULT_ANSWERS_PER_MINUTE.
   */
  answerRateLimit?: AnswerRateLimitOptions | undefined;
  /**
   * Serialized answers of pure routes (http/answer-cache.ts); server.ts passes one sized by
   * CERTPATH_ANSWER_CACHE_MB, the default has DEFAULT_ANSWER_CACHE_BYTES.
   */
  answerCache?: AnswerCache | undefined;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? "silent",
      serializers: { err: serializeLoggedError },
    },
    // Bodies are small JSON documents; anything bigger is a mistake or an attack.
    bodyLimit: 256 * 1024,
    // Let in-flight requests finish on close (SIGTERM), but refuse new ones.
    forceCloseConnections: "idle",
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // KaTeX and chart libraries set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Certpath API",
        version: VERSION,
        description: "Diagnostic, catalog, recommendations, plans and wallet for ML certifications.",
      },
    },
    transform: jsonSchemaTransform,
  });
  installErrorHandling(app);
  installBodyDepthLimit(app);
  installMetrics(app, options.database);
  await installAccounts(app, { ...options, clock: options.clock ?? systemClock });

  const answerCache = options.answerCache ?? new AnswerCache();
  await app.register(healthRoutes(options.database, VERSION));
  await app.register(profileRoutes(options.database.db));
  await app.register(
    catalogRoutes({
      answerCache,
      content: options.content,
      clock: options.clock ?? systemClock,
      staleAfterDays: options.staleAfterDays ?? 180,
    }),
  );
  await app.register(recommendationRoutes({ ...options, answerCache }));
  await app.register(planRoutes(options));
  await app.register(
    assessmentRoutes({
      ...options,
      answerRateLimit: options.answerRateLimit ?? { limit: DEFAULT_ANSWERS_PER_MINUTE },
    }),
  );
  await app.register(projectsSalariesRoutes(options));
  await app.register(openApiRoute());
  // Last of the hooks, after every route: it sees each API answer as finally sent.
  installApiCompression(app);
  await installWebApp(app, options.webDist);
  return app;
}
