import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { apiGet, apiSend } from "../../lib/api";
import { type AccountSession, SESSION_KEY } from "./use-session";

/** better-auth's own rule is enforced on the server; this only saves a round trip. */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Sign-up and sign-in share one accessible form: labelled fields, the password rule stated
 * up front, errors announced, and the person sent back where they came from (?next=).
 */
export function AccountForm({ mode }: { mode: "sign-up" | "sign-in" }) {
  const id = useId();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const credentials = { email: String(form.get("email")), password: String(form.get("password")) };
      if (mode === "sign-up") {
        await apiSend("POST", "/api/auth/sign-up/email", { ...credentials, name: String(form.get("name")) });
      } else {
        await apiSend("POST", "/api/auth/sign-in/email", credentials);
      }
      // What was stored on this device before signing up moves into the new account.
      const session = await client.fetchQuery({
        queryKey: SESSION_KEY,
        queryFn: ({ signal }) => apiGet<AccountSession>("/api/account/session", signal),
        staleTime: 0,
      });
      if (mode === "sign-up" && session.localData) await apiSend("POST", "/api/account/claim-local", {});
      await client.invalidateQueries();
      navigate(next);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="account-form" onSubmit={submit} aria-describedby={error ? `${id}-error` : undefined}>
      {mode === "sign-up" ? (
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} name="name" autoComplete="name" required maxLength={100} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-email`}>E-mail</label>
        <input id={`${id}-email`} name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={128}
          required
          aria-describedby={`${id}-password-rule`}
        />
        <span id={`${id}-password-rule`} className="small">
          At least {MIN_PASSWORD_LENGTH} characters; a passphrase of several words is best.
        </span>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? "Please wait…" : mode === "sign-up" ? "Create account" : "Sign in"}
        </button>
        {mode === "sign-up" ? (
          <Link to={`/sign-in${next === "/account" ? "" : `?next=${encodeURIComponent(next)}`}`}>
            I have an account
          </Link>
        ) : (
          <Link to={`/sign-up${next === "/account" ? "" : `?next=${encodeURIComponent(next)}`}`}>
            Create an account
          </Link>
        )}
      </div>
    </form>
  );
}

/** Only same-site paths: an open redirect would hand the fresh session's page to anyone. */
function safeNext(value: string | null): string {
  return value?.startsWith("/") && !value.startsWith("//") ? value : "/account";
}
