import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useNavigate } from "react-router";
import { apiSend } from "../../lib/api";

/** Sign out here, sign out on every device, and delete the account with everything in it. */
export function DangerZone() {
  const id = useId();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(null);

  async function run(path: string, body: object, after: string) {
    setMessage(null);
    try {
      await apiSend("POST", path, body);
      await client.invalidateQueries();
      navigate(after);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  function deleteAccount(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password"));
    void run("/api/auth/delete-user", { password }, "/");
  }

  return (
    <>
      <h2>Sessions</h2>
      <div className="actions">
        <button type="button" className="button" onClick={() => void run("/api/auth/sign-out", {}, "/")}>
          Sign out
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run("/api/auth/revoke-sessions", {}, "/sign-in")}
        >
          Sign out everywhere
        </button>
      </div>
      <h2>Delete account</h2>
      <form className="danger-zone" onSubmit={deleteAccount}>
        <p>
          Deletes your account, profile, plans, saved results, wallet and team memberships from this server.
          It cannot be undone: export your data first if you want to keep it.
        </p>
        <div className="field">
          <label htmlFor={`${id}-password`}>Your password, to confirm</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <button type="submit" className="button danger">
          Delete my account and data
        </button>
      </form>
      {message ? (
        <p role="alert" className="notice notice-error">
          {message}
        </p>
      ) : null}
    </>
  );
}
