import { useQuery } from "@tanstack/react-query";
import { apiGet } from "../../lib/api";

export interface AccountSession {
  user: { id: string; name: string; email: string } | null;
  /** Whether this server lets people use it without an account (the embedded default). */
  anonymousAllowed: boolean;
  /** Signed in, and the anonymous local person has data that could move into the account. */
  localData: boolean;
}

export const SESSION_KEY = ["account-session"] as const;

/** Who is signed in; every page that differs by person reads this one query. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: ({ signal }) => apiGet<AccountSession>("/api/account/session", signal),
    staleTime: 30_000,
  });
}
