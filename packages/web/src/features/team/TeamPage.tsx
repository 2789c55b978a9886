import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { SECTIONS } from "../../app/routes";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { apiGet, apiSend } from "../../lib/api";
import { useSession } from "../account/use-session";
import { TeamDetailView } from "./TeamDetailView";
import { ROLE_LABELS, type TeamSummary } from "./team-types";

const TEAM_SECTION = SECTIONS.find((section) => section.path === "/team");

/** Teams need accounts: signed out, the page says what it offers; signed in, your teams and one open. */
export function TeamPage() {
  useDocumentTitle("Team");
  const session = useSession();
  const signedIn = !!session.data?.user;
  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Team</h1>
      <QueryState isPending={session.isPending} error={session.error} label="your account">
        {signedIn ? (
          <Teams />
        ) : (
          <div className="empty-state" role="status">
            <p>{TEAM_SECTION?.purpose}</p>
            <p className="empty-next">
              <Link to="/sign-in?next=/team">Sign in</Link> or{" "}
              <Link to="/sign-up?next=/team">create an account</Link> to create a team and invite your
              colleagues.
            </p>
          </div>
        )}
      </QueryState>
    </section>
  );
}

function Teams() {
  const id = useId();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const teams = useQuery({
    queryKey: ["teams"],
    queryFn: async ({ signal }) => (await apiGet<{ teams: TeamSummary[] }>("/api/teams", signal)).teams,
  });
  const selected = params.get("team") ?? teams.data?.[0]?.id ?? null;

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name")).trim();
    // The slug only has to be unique; people see the name.
    const slug = `${
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "team"
    }-${Date.now().toString(36)}`;
    try {
      const team = await apiSend<{ id: string }>("POST", "/api/auth/organization/create", { name, slug });
      form.reset();
      await client.invalidateQueries({ queryKey: ["teams"] });
      setParams({ team: team.id });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <>
      <QueryState isPending={teams.isPending} error={teams.error} label="your teams">
        {teams.data && teams.data.length > 0 ? (
          <nav aria-label="Your teams">
            <ul className="plain team-list">
              {teams.data.map((team) => (
                <li key={team.id}>
                  <Link
                    to={`/team?team=${encodeURIComponent(team.id)}`}
                    aria-current={team.id === selected ? "page" : undefined}
                  >
                    {team.name}
                  </Link>{" "}
                  <span className="small">({ROLE_LABELS[team.role] ?? team.role})</span>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <p>You are not in a team yet. Create one, or open the invitation link a colleague sent you.</p>
        )}
      </QueryState>
      <form className="inline-form" onSubmit={create}>
        <div className="field">
          <label htmlFor={`${id}-name`}>New team name</label>
          <input id={`${id}-name`} name="name" required maxLength={80} />
        </div>
        <button type="submit" className="button">
          Create team
        </button>
        {error ? (
          <p role="alert" className="notice notice-error">
            {error}
          </p>
        ) : null}
      </form>
      {selected ? <TeamDetailView key={selected} teamId={selected} /> : null}
    </>
  );
}
