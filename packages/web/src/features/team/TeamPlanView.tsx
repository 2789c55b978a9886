import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { apiSend } from "../../lib/api";
import { formatDate, formatUsd } from "../../lib/format";
import type { TeamPlan } from "./team-types";

/** Who is on which path, the exam budget against the allowance, and renewals due soon. */
export function TeamPlanView({
  teamId,
  plan,
  canSetBudget,
}: {
  teamId: string;
  plan: TeamPlan;
  canSetBudget: boolean;
}) {
  const id = useId();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const { budget } = plan;

  async function setAllowance(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      const allowanceUsd = Number(new FormData(event.currentTarget).get("allowance"));
      await apiSend("PUT", `/api/teams/${encodeURIComponent(teamId)}/budget`, { allowanceUsd });
      await client.invalidateQueries({ queryKey: ["team", teamId] });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <div className="team-plan">
      <h3>Certification paths{plan.scope === "you" ? " (yours)" : ""}</h3>
      {plan.paths.length === 0 ? (
        <p>No upcoming exams planned yet.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Upcoming exams by member</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Certification</th>
              <th scope="col">Exam date</th>
              <th scope="col">Exam fee</th>
            </tr>
          </thead>
          <tbody>
            {plan.paths.map((path) => (
              <tr key={path.planId}>
                <th scope="row">{path.name}</th>
                <td>{path.certificationName}</td>
                <td>{formatDate(path.examDate)}</td>
                <td>{formatUsd(path.feeUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Exam budget</h3>
      <dl className="facts">
        <dt>Planned exam fees</dt>
        <dd>
          {formatUsd(budget.plannedUsd)}
          {budget.unpricedExams > 0 ? ` (+ ${budget.unpricedExams} exams without a published price)` : ""}
        </dd>
        <dt>Allowance</dt>
        <dd>{budget.allowanceUsd === null ? "Not set" : formatUsd(budget.allowanceUsd)}</dd>
        {budget.remainingUsd !== null ? (
          <>
            <dt>{budget.overBudget ? "Over budget by" : "Remaining"}</dt>
            <dd className={budget.overBudget ? "over-budget" : undefined}>
              {formatUsd(Math.abs(budget.remainingUsd))}
            </dd>
          </>
        ) : null}
      </dl>
      {canSetBudget ? (
        <form className="inline-form" onSubmit={setAllowance}>
          <div className="field">
            <label htmlFor={`${id}-allowance`}>Yearly exam allowance (USD)</label>
            <input
              id={`${id}-allowance`}
              name="allowance"
              type="number"
              min={0}
              step={1}
              required
              defaultValue={budget.allowanceUsd ?? ""}
            />
          </div>
          <button type="submit" className="button">
            Save allowance
          </button>
          {error ? (
            <p role="alert" className="notice notice-error">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
      <h3>Renewals due in the next {plan.horizonDays} days</h3>
      {plan.renewalsDue.length === 0 ? (
        <p>None.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Credentials to renew soon</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Credential</th>
              <th scope="col">Expires</th>
              <th scope="col">What renewal needs</th>
            </tr>
          </thead>
          <tbody>
            {plan.renewalsDue.map((due) => (
              <tr key={due.credentialId}>
                <th scope="row">{due.name}</th>
                <td>{due.credentialName}</td>
                <td>
                  {formatDate(due.expiresOn)} ({due.daysLeft} days)
                </td>
                <td className="small">{due.needs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
