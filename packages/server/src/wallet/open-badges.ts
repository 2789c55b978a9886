/**
 * @module Open Badges import: reads an Open Badges 2.0 assertion (with its BadgeClass and issuer
 * Profile embedded) or an Open Badges 3.0 credential (a W3C Verifiable Credential of type
 * OpenBadgeCredential) and keeps what the wallet needs — name, issuer, dates, ids.
 * The signature (3.0 proof, 2.0 signed assertion) is NOT verified yet, and hosted 2.0 badges
 * are not fetched: the server makes no outgoing requests. Both limits are stated in the stored
 * badge facts (`verified: false`) and in docs/wallet-and-teams.md.
 */
import { HttpError } from "../http/errors";

export interface ImportedBadge {
  name: string;
  issuer: string;
  earnedOn: string;
  expiresOn: string | null;
  credentialUrl: string | null;
  badge: {
    spec: "2.0" | "3.0";
    assertionId: string | null;
    achievementId: string | null;
    issuerId: string | null;
    description: string | null;
    verified: false;
  };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() ? value.trim() : null;
const types = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value ? [String(value)] : [];

function bad(message: string): never {
  throw new HttpError(400, "invalid_badge", message);
}

/** The calendar day of an ISO 8601 timestamp or date ("2026-03-10T09:00:00Z" → "2026-03-10"). */
function dayOf(value: unknown, field: string): string {
  const raw = text(value);
  const match = raw ? /^(\d{4}-\d{2}-\d{2})/.exec(raw) : null;
  if (!match?.[1] || Number.isNaN(Date.parse(match[1]))) bad(`${field}: expected an ISO 8601 date`);
  return match[1];
}

const optionalDay = (value: unknown, field: string): string | null =>
  value == null ? null : dayOf(value, field);

function issuerName(issuer: unknown, field: string): { name: string; id: string | null } {
  if (typeof issuer === "string") {
    bad(`${field}: the issuer is only a URL (${issuer}); import a badge with its issuer embedded`);
  }
  if (!isObject(issuer)) bad(`${field}: missing`);
  const name = text(issuer.name);
  if (!name) bad(`${field}.name: missing`);
  return { name, id: text(issuer.id) ?? text(issuer.url) };
}

export function parseOpenBadge(input: unknown): ImportedBadge {
  if (!isObject(input)) bad("expected an Open Badges JSON object");
  const typeList = types(input.type);
  if (typeList.includes("OpenBadgeCredential") || typeList.includes("AchievementCredential"))
    return parseV3(input);
  if (typeList.includes("Assertion")) return parseV2(input);
  return bad('type: expected an Open Badges 2.0 "Assertion" or a 3.0 "OpenBadgeCredential"');
}

function parseV2(assertion: Json): ImportedBadge {
  const badge = assertion.badge;
  if (typeof badge === "string")
    bad(`badge: only a URL (${badge}); import the assertion with its BadgeClass embedded`);
  if (!isObject(badge)) bad("badge: missing");
  const name = text(badge.name) ?? bad("badge.name: missing");
  const issuer = issuerName(badge.issuer, "badge.issuer");
  return {
    name,
    issuer: issuer.name,
    earnedOn: dayOf(assertion.issuedOn, "issuedOn"),
    expiresOn: optionalDay(assertion.expires, "expires"),
    credentialUrl: text(assertion.id)?.startsWith("http") ? text(assertion.id) : null,
    badge: {
      spec: "2.0",
      assertionId: text(assertion.id),
      achievementId: text(badge.id),
      issuerId: issuer.id,
      description: text(badge.description),
      verified: false,
    },
  };
}

function parseV3(credential: Json): ImportedBadge {
  const subject = Array.isArray(credential.credentialSubject)
    ? credential.credentialSubject[0]
    : credential.credentialSubject;
  if (!isObject(subject)) bad("credentialSubject: missing");
  const achievement = subject.achievement;
  if (!isObject(achievement)) bad("credentialSubject.achievement: missing");
  const name =
    text(achievement.name) ?? text(credential.name) ?? bad("credentialSubject.achievement.name: missing");
  const issuer = issuerName(credential.issuer, "issuer");
  // VC 2.0 says validFrom/validUntil; VC 1.1 (early OB 3.0) issuanceDate/expirationDate.
  const from = credential.validFrom ?? credential.issuanceDate ?? credential.awardedDate;
  return {
    name,
    issuer: issuer.name,
    earnedOn: dayOf(from, "validFrom"),
    expiresOn: optionalDay(credential.validUntil ?? credential.expirationDate, "validUntil"),
    credentialUrl: text(credential.id)?.startsWith("http") ? text(credential.id) : null,
    badge: {
      spec: "3.0",
      assertionId: text(credential.id),
      achievementId: text(achievement.id),
      issuerId: issuer.id,
      description: text(achievement.description),
      verified: false,
    },
  };
}
