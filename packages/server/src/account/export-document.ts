/**
 * @module The export document: everything one person stored, as one JSON file they can keep, move
 * to another Certpath server, or import back. Versioned, so a later format can still read it. The
 * private calendar token is left out on purpose (a new one is made on import).
 */
import { z } from "zod";
import { ProfileSchema } from "../contracts/profile";

export const EXPORT_FORMAT = "certpath-export";
export const SAVED_RESULT_KINDS = ["diagnostic", "recommendation"] as const;
export const CREDENTIAL_SOURCES = ["catalog", "manual", "open-badges"] as const;

const Id = z.string().min(1).max(100);
const Timestamp = z.iso.datetime({ offset: true, message: "must be an ISO timestamp" });
const IsoDate = z.iso.date({ message: "must be a date as YYYY-MM-DD" });
const JsonObject = z.record(z.string(), z.unknown());

export const ExportedCredentialSchema = z.strictObject({
  id: Id,
  certificationId: z.string().min(1).max(100).nullable(),
  name: z.string().min(1).max(200),
  issuer: z.string().min(1).max(200),
  earnedOn: IsoDate,
  renewedOn: IsoDate.nullable(),
  expiresOn: IsoDate.nullable(),
  source: z.enum(CREDENTIAL_SOURCES),
  credentialUrl: z.string().max(2000).nullable(),
  badge: JsonObject.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ExportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: Timestamp,
  profile: z.strictObject({ data: ProfileSchema, updatedAt: Timestamp }).nullable(),
  plans: z
    .array(
      z.strictObject({
        id: Id,
        certificationId: z.string().min(1).max(100),
        profile: ProfileSchema,
        data: JsonObject,
        createdAt: Timestamp,
        updatedAt: Timestamp,
        checkIns: z.array(z.strictObject({ id: Id, data: JsonObject, createdAt: Timestamp })).max(1000),
      }),
    )
    .max(500),
  /** Adaptive diagnostics (routes/assessments.ts), with the engine's state as stored. */
  assessments: z
    .array(
      z.strictObject({
        id: Id,
        state: JsonObject,
        createdAt: Timestamp,
        updatedAt: Timestamp,
        finishedAt: Timestamp.nullable(),
      }),
    )
    .max(1000)
    .default([]),
  savedResults: z
    .array(
      z.strictObject({
        id: Id,
        kind: z.enum(SAVED_RESULT_KINDS),
        title: z.string().min(1).max(200),
        data: JsonObject,
        createdAt: Timestamp,
      }),
    )
    .max(1000),
  wallet: z.strictObject({
    emailReminders: z.boolean(),
    credentials: z.array(ExportedCredentialSchema).max(1000),
  }),
});

export type ExportDocument = z.infer<typeof ExportDocumentSchema>;
