/**
 * @module A stored credential as the API shows it: the row's facts plus core's status for today —
 * expiry, days left, the renewal window and what renewal needs, and the successor path when the
 * exam was retired.
 */
import { type Certification, type CredentialStatus, describeCredential } from "@certpath/core";
import { z } from "zod";
import type { walletCredentials } from "../db/wallet-schema";

export type CredentialRow = typeof walletCredentials.$inferSelect;

const IsoDateOrNull = z.string().nullable();

export const CredentialViewSchema = z.object({
  id: z.string(),
  certificationId: z.string().nullable(),
  name: z.string(),
  issuer: z.string(),
  earnedOn: z.string(),
  renewedOn: IsoDateOrNull,
  /** The stated expiry, when one was given (null = computed from the catalog rule). */
  statedExpiresOn: IsoDateOrNull,
  source: z.string(),
  credentialUrl: z.string().nullable(),
  badge: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresOn: IsoDateOrNull,
  daysLeft: z.number().nullable(),
  state: z.enum(["current", "renewal-open", "grace", "expired", "no-expiry"]),
  renewalWindow: z
    .object({ opensOn: z.string(), closesOn: z.string(), basis: z.enum(["vendor", "suggested"]) })
    .nullable(),
  renewal: z.object({
    renewable: z.enum(["yes", "no", "unknown"]),
    method: z.string().nullable(),
    costUsd: z.number().nullable(),
    needs: z.string(),
    vendorText: z.string().nullable(),
  }),
  retirement: z
    .object({ message: z.string(), successors: z.array(z.object({ id: z.string(), name: z.string() })) })
    .nullable(),
});

export type CredentialView = z.infer<typeof CredentialViewSchema>;

export function credentialStatus(
  row: CredentialRow,
  catalog: ReadonlyMap<string, Certification>,
  today: string,
): CredentialStatus {
  const certification = row.certificationId ? (catalog.get(row.certificationId) ?? null) : null;
  return describeCredential(
    { earnedOn: row.earnedOn, renewedOn: row.renewedOn, expiresOn: row.expiresOn },
    certification,
    catalog,
    today,
  );
}

export function toCredentialView(
  row: CredentialRow,
  catalog: ReadonlyMap<string, Certification>,
  today: string,
): CredentialView {
  const status = credentialStatus(row, catalog, today);
  const { window, ...renewal } = status.renewal;
  return {
    id: row.id,
    certificationId: row.certificationId,
    name: row.name,
    issuer: row.issuer,
    earnedOn: row.earnedOn,
    renewedOn: row.renewedOn,
    statedExpiresOn: row.expiresOn,
    source: row.source,
    credentialUrl: row.credentialUrl,
    badge: (row.badge as Record<string, unknown> | null) ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    expiresOn: status.expiresOn,
    daysLeft: status.daysLeft,
    state: status.state,
    renewalWindow: window,
    renewal,
    retirement: status.retirement,
  };
}
