import type { Plan } from "@certpath/core";
import { lazy, Suspense } from "react";
import { Link } from "react-router";
import { formatDate } from "../../lib/format";

const PlanTimeline = lazy(() => import("./PlanTimeline"));

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The week containing today (or the first week, before the plan starts). */
function currentWeek(plan: Plan) {
  const today = todayIso();
  return [...plan.weeks].reverse().find((w) => w.start <= today) ?? plan.weeks[0];
}

export function PlanView({ planId, plan }: { planId: string; plan: Plan }) {
  const week = currentWeek(plan);
  const reachable = plan.feasibility.reachable;
  return (
    <>
      <h2>
        Your plan for <Link to={`/certifications/${plan.certificationId}`}>{plan.certificationName}</Link>
      </h2>
      <div className={`notice ${reachable === false ? "notice-error" : "notice-warn"}`} role="note">
        <p>
          <strong>{plan.feasibility.message}</strong>
        </p>
        {plan.feasibility.options.length > 0 ? (
          <ul>
            {plan.feasibility.options.map((option) => (
              <li key={option.message}>{option.message}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <dl className="facts plan-summary">
        <div>
          <dt>Exam date</dt>
          <dd>{formatDate(plan.examDate)}</dd>
        </div>
        <div>
          <dt>Ready by</dt>
          <dd>{formatDate(plan.projectedExamDate)}</dd>
        </div>
        <div>
          <dt>Hours</dt>
          <dd>
            {plan.totals.studyHours} study · {plan.totals.reviewHours} spaced review ·{" "}
            {plan.totals.practiceHours} practice exams, over {plan.totals.weeks} weeks at{" "}
            {plan.constraints.hoursPerWeek} h/week
          </dd>
        </div>
      </dl>
      <p>
        <a
          className="button"
          href={`/api/plans/${planId}.ics`}
          download={`certpath-plan-${plan.certificationId}.ics`}
        >
          Download calendar (.ics)
        </a>
      </p>

      {week ? (
        <section aria-labelledby="week-title">
          <h3 id="week-title">This week (from {formatDate(week.start)})</h3>
          {week.blocks.length === 0 ? (
            <p>{week.blackout ? "A week off, as you asked." : "Nothing scheduled this week."}</p>
          ) : (
            <ul className="week-blocks">
              {week.blocks.map((block) => (
                <li key={`${block.date}-${block.stageId}-${block.kind}`}>
                  <strong>{formatDate(block.date)}</strong> · {block.title} · {block.hours} h
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <h3>Timeline</h3>
      <Suspense fallback={<p className="loading">Loading timeline…</p>}>
        <PlanTimeline plan={plan} />
      </Suspense>
      <table className="data-table">
        <caption className="visually-hidden">Stages of the plan in order</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Hours</th>
            <th scope="col">Why</th>
            <th scope="col">Resources</th>
          </tr>
        </thead>
        <tbody>
          {plan.stages.map((stage) => (
            <tr key={stage.id}>
              <th scope="row">{stage.title}</th>
              <td>{stage.hours}</td>
              <td>{stage.suggestion ? `${stage.suggestion.reason}` : stage.rationale}</td>
              <td>
                {stage.resources.map((r) =>
                  r.url ? (
                    <a key={r.title} href={r.url} className="block">
                      {r.title}
                    </a>
                  ) : (
                    <span key={r.title} className="block">
                      {r.title}
                    </span>
                  ),
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {plan.projects.length > 0 ? (
        <section aria-labelledby="projects-title">
          <h3 id="projects-title">Portfolio projects for you</h3>
          <ul className="cert-list">
            {plan.projects.map((project) => (
              <li key={project.id} className="cert-card">
                <h4>{project.title}</h4>
                <p className="cert-meta">
                  {project.difficulty} · about {project.hours} h
                </p>
                <p>{project.reason}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {plan.replannings.length > 0 ? (
        <section aria-labelledby="history-title">
          <h3 id="history-title">Re-plans so far</h3>
          <ul>
            {plan.replannings.map((r) => (
              <li key={r.on}>
                {formatDate(r.on)}: {r.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
