import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiGet, apiSend } from "../../lib/api";
import type { Credential, WalletSettings } from "./wallet-types";

const CREDENTIALS = ["wallet", "credentials"] as const;
const SETTINGS = ["wallet", "settings"] as const;

export function useCredentials() {
  return useQuery({
    queryKey: CREDENTIALS,
    queryFn: async ({ signal }) =>
      (await apiGet<{ asOf: string; credentials: Credential[] }>("/api/wallet/credentials", signal))
        .credentials,
  });
}

/** Adds a credential (catalog, free-form, or an Open Badges file) and refreshes the list. */
export function useAddCredential(path: "/api/wallet/credentials" | "/api/wallet/open-badges") {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => apiSend<Credential>("POST", path, body),
    onSuccess: () => client.invalidateQueries({ queryKey: CREDENTIALS }),
  });
}

export function useRemoveCredential() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<void>("DELETE", `/api/wallet/credentials/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: CREDENTIALS }),
  });
}

export function useWalletSettings() {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: SETTINGS,
    queryFn: ({ signal }) => apiGet<WalletSettings>("/api/wallet/settings", signal),
  });
  const update = useMutation({
    mutationFn: (change: { rotate: true } | { emailReminders: boolean }) =>
      "rotate" in change
        ? apiSend<WalletSettings>("POST", "/api/wallet/calendar-token/rotate", {})
        : apiSend<WalletSettings>("PATCH", "/api/wallet/settings", change),
    onSuccess: (settings) => client.setQueryData(SETTINGS, settings),
  });
  return { ...query, update };
}
