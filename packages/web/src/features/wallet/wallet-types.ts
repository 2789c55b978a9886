/** A credential as the wallet API returns it (packages/server/src/wallet/credential-view.ts). */
export interface Credential {
  id: string;
  certificationId: string | null;
  name: string;
  issuer: string;
  earnedOn: string;
  renewedOn: string | null;
  statedExpiresOn: string | null;
  source: "catalog" | "manual" | "open-badges";
  credentialUrl: string | null;
  badge: Record<string, unknown> | null;
  expiresOn: string | null;
  daysLeft: number | null;
  state: "current" | "renewal-open" | "grace" | "expired" | "no-expiry";
  renewalWindow: { opensOn: string; closesOn: string; basis: "vendor" | "suggested" } | null;
  renewal: {
    renewable: "yes" | "no" | "unknown";
    method: string | null;
    costUsd: number | null;
    needs: string;
    vendorText: string | null;
  };
  retirement: { message: string; successors: Array<{ id: string; name: string }> } | null;
}

export interface WalletSettings {
  calendarUrl: string;
  emailReminders: boolean;
  emailAvailable: boolean;
}

export const STATE_LABELS: Record<Credential["state"], string> = {
  current: "Current",
  "renewal-open": "Renewal open",
  grace: "In grace period",
  expired: "Expired",
  "no-expiry": "Does not expire",
};
