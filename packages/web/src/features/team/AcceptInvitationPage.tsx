import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { apiGet, apiSend } from "../../lib/api";
import { useSession } from "../account/use-session";
import { ROLE_LABELS } from "./team-types";

interface Invitation {
  id: string;
  organizationName: string;
  inviterEmail: string;
  email: string;
  role: string;
  status: string;
}

/** The invitation link: see which team invites you and as what, then accept or decline. */
export function AcceptInvitationPage() {
  useDocumentTitle("Team invitation");
  const { invitationId = "" } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const signedIn = !!session.data?.user;
  const invitation = useQuery({
    queryKey: ["invitation", invitationId],
    enabled: signedIn,
    queryFn: ({ signal }) =>
      apiGet<Invitation>(
        `/api/auth/organization/get-invitation?id=${encodeURIComponent(invitationId)}`,
        signal,
      ),
  });

  async function answer(accept: boolean) {
    setError(null);
    try {
      await apiSend("POST", `/api/auth/organization/${accept ? "accept" : "reject"}-invitation`, {
        invitationId,
      });
      await client.invalidateQueries();
      navigate(accept ? "/team" : "/");
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  const here = `/team/invitations/${encodeURIComponent(invitationId)}`;
  return (
    <section aria-labelledby="page-title" className="page narrow">
      <h1 id="page-title">Team invitation</h1>
      <QueryState isPending={session.isPending} error={session.error} label="your account">
        {signedIn ? (
          <QueryState isPending={invitation.isPending} error={invitation.error} label="the invitation">
            {invitation.data ? (
              <>
                <p className="lede">
                  {invitation.data.inviterEmail} invites you to join{" "}
                  <strong>{invitation.data.organizationName}</strong> as{" "}
                  {ROLE_LABELS[invitation.data.role] ?? invitation.data.role}.
                </p>
                <p className="small">
                  Team leads will see your skill levels (not your answers) and your certification plans and
                  renewals.
                </p>
                <div className="actions">
                  <button type="button" className="button primary" onClick={() => void answer(true)}>
                    Accept invitation
                  </button>
                  <button type="button" className="button" onClick={() => void answer(false)}>
                    Decline
                  </button>
                </div>
              </>
            ) : null}
          </QueryState>
        ) : (
          <p>
            <Link to={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</Link> or{" "}
            <Link to={`/sign-up?next=${encodeURIComponent(here)}`}>create an account</Link> with the invited
            e-mail address to answer this invitation.
          </p>
        )}
      </QueryState>
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
