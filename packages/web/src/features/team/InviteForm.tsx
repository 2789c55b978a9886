import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { apiSend } from "../../lib/api";

/** Invite by e-mail as member or manager (better-auth's organization plugin checks the inviter's role). */
export function InviteForm({ teamId }: { teamId: string }) {
  const id = useId();
  const client = useQueryClient();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setStatus(null);
    try {
      await apiSend("POST", "/api/auth/organization/invite-member", {
        organizationId: teamId,
        email: String(data.get("email")),
        role: String(data.get("role")),
      });
      form.reset();
      setStatus({
        ok: true,
        text: "Invitation created. Share its link below if e-mail is not set up on this server.",
      });
      await client.invalidateQueries({ queryKey: ["team", teamId] });
    } catch (error) {
      setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <form className="inline-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-email`}>Invite by e-mail</label>
        <input id={`${id}-email`} name="email" type="email" required autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} name="role" defaultValue="member">
          <option value="member">Member — sees their own levels and the team averages</option>
          <option value="manager">Manager — sees everyone's levels, invites, sets the budget</option>
        </select>
      </div>
      <button type="submit" className="button primary">
        Send invitation
      </button>
      {status ? (
        <p role={status.ok ? "status" : "alert"} className={`notice ${status.ok ? "" : "notice-error"}`}>
          {status.text}
        </p>
      ) : null}
    </form>
  );
}
