import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { QueryState } from "../../components/QueryState";
import { apiGet } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { InviteForm } from "./InviteForm";
import { MATRIX_PAGE, MatrixPager } from "./MatrixPager";
import { SkillsMatrixTable } from "./SkillsMatrixTable";
import { TeamPlanView } from "./TeamPlanView";
import { isLead, ROLE_LABELS, type SkillsMatrix, type TeamDetail, type TeamPlan } from "./team-types";

/** One team: members and invitations, the skills matrix and the team plan. */
export function TeamDetailView({ teamId }: { teamId: string }) {
  const path = `/api/teams/${encodeURIComponent(teamId)}`;
  const team = useQuery({
    queryKey: ["team", teamId],
    queryFn: ({ signal }) => apiGet<TeamDetail>(path, signal),
  });
  // Large teams page the matrix: the aggregates in the footer always cover everyone.
  const [offset, setOffset] = useState(0);
  const matrix = useQuery({
    queryKey: ["team", teamId, "matrix", offset],
    queryFn: ({ signal }) =>
      apiGet<SkillsMatrix>(`${path}/skills-matrix?limit=${MATRIX_PAGE}&offset=${offset}`, signal),
    placeholderData: keepPreviousData,
  });
  const plan = useQuery({
    queryKey: ["team", teamId, "plan"],
    queryFn: ({ signal }) => apiGet<TeamPlan>(`${path}/plan`, signal),
  });
  const lead = team.data ? isLead(team.data.role) : false;

  return (
    <QueryState isPending={team.isPending} error={team.error} label="the team">
      {team.data ? (
        <article aria-labelledby="team-name" className="team-detail">
          <h2 id="team-name">{team.data.name}</h2>
          <p>
            Your role: <strong>{ROLE_LABELS[team.data.role] ?? team.data.role}</strong>
          </p>
          <h3>Members</h3>
          <ul className="plain">
            {team.data.members.map((member) => (
              <li key={member.memberId}>
                {member.name}
                {member.you ? " (you)" : ""} — {ROLE_LABELS[member.role] ?? member.role}
              </li>
            ))}
          </ul>
          {lead ? (
            <>
              <InviteForm teamId={teamId} />
              {team.data.invitations.length > 0 ? (
                <>
                  <h3>Pending invitations</h3>
                  <ul className="plain invitations">
                    {team.data.invitations.map((invitation) => {
                      const link = `${window.location.origin}/team/invitations/${invitation.id}`;
                      return (
                        <li key={invitation.id}>
                          {invitation.email} as {ROLE_LABELS[invitation.role] ?? invitation.role}, until{" "}
                          {formatDate(invitation.expiresAt.slice(0, 10))}.{" "}
                          <label>
                            <span className="visually-hidden">Invitation link for {invitation.email}</span>
                            <input
                              className="invitation-link"
                              readOnly
                              value={link}
                              onFocus={(e) => e.currentTarget.select()}
                            />
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                </>
              ) : null}
            </>
          ) : null}
          <h3>Skills matrix</h3>
          <QueryState isPending={matrix.isPending} error={matrix.error} label="the skills matrix">
            {matrix.data ? (
              <>
                <SkillsMatrixTable matrix={matrix.data} />
                <MatrixPager page={matrix.data.page} onOffset={setOffset} busy={matrix.isFetching} />
              </>
            ) : null}
          </QueryState>
          <h3>Team plan</h3>
          <QueryState isPending={plan.isPending} error={plan.error} label="the team plan">
            {plan.data ? <TeamPlanView teamId={teamId} plan={plan.data} canSetBudget={lead} /> : null}
          </QueryState>
        </article>
      ) : null}
    </QueryState>
  );
}
