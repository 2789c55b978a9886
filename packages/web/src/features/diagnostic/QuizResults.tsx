import type { Profile, Skill } from "@certpath/core";
import { lazy, Suspense, useEffect, useRef } from "react";
import { Link } from "react-router";
import type { AssessmentResult, FinishReason, Verdict } from "./assessment-api";
import { SkillResultsTable } from "./SkillResultsTable";
import { skillResults } from "./skill-results";

const SkillResultsChart = lazy(() => import("./SkillResultsChart"));

const REASONS: Record<FinishReason, string> = {
  "max-items": "That was the last question of this quiz.",
  precision: "Every skill is now measured precisely enough.",
  decision: "Your readiness for every target domain is now clear.",
  exhausted: "There are no more questions for these skills.",
  stopped: "You stopped the quiz; the intervals show how sure the estimates are so far.",
};
const VERDICTS: Record<Verdict, string> = {
  ready: "ready",
  "not-ready": "not ready yet",
  undecided: "too close to call",
};
/** Theta → the 0–4 level scale of the skill results. */
const level = (theta: number) => (theta + 2).toFixed(1);
const percent = (p: number) => `${Math.round(p * 100)}%`;

/** For each skill, the highest level any target certification needs, and whose need it is. */
function neededLevels(result: AssessmentResult) {
  const needed: Record<string, { level: number; label: string }> = {};
  for (const target of result.targets) {
    for (const skill of target.skills) {
      const current = needed[skill];
      if (!current || target.cut + 2 > current.level)
        needed[skill] = { level: target.cut + 2, label: target.name };
    }
  }
  return needed;
}

/**
 * The quiz's result: ability per skill with its 90% interval (the same chart and table as the
 * self-rating), against what each target certification needs; readiness per exam domain; and what
 * to study first.
 */
export function QuizResults({
  result,
  skills,
  onDone,
}: {
  result: AssessmentResult;
  skills: Skill[];
  onDone: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const measured = new Set(result.skills.map((s) => s.skill));
  const profile: Profile = {
    assessment: {
      abilities: Object.fromEntries(result.skills.map((s) => [s.skill, { theta: s.theta, se: s.se }])),
    },
  };
  const rows = skillResults(
    skills.filter((s) => measured.has(s.id)),
    profile,
  );
  const needed = result.targets.length > 0 ? neededLevels(result) : undefined;
  const chartNeeds = needed
    ? Object.fromEntries(Object.entries(needed).map(([k, v]) => [k, v.level]))
    : undefined;

  return (
    <section aria-labelledby="quiz-results-title" className="quiz-results">
      <h2 id="quiz-results-title" ref={heading} tabIndex={-1}>
        Your quiz results
      </h2>
      <p>
        You answered {result.answered} question{result.answered === 1 ? "" : "s"} ({result.correct} correct).{" "}
        {result.finishedReason ? REASONS[result.finishedReason] : null}
      </p>
      <Suspense fallback={<p className="loading">Loading chart…</p>}>
        <SkillResultsChart results={rows} needed={chartNeeds} />
      </Suspense>
      {needed ? (
        <p className="small">
          Dots: your level with its 90% interval. Red rings: the level your target certifications need.
        </p>
      ) : null}
      <SkillResultsTable results={rows} needed={needed} />

      {result.targets.map((target) => (
        <section key={target.id} aria-labelledby={`target-${target.id}`}>
          <h3 id={`target-${target.id}`}>
            {target.name}: {VERDICTS[target.decision]} ({percent(target.probabilityReady)} likely ready)
          </h3>
          <p className="small">Each domain needs level {level(target.cut)}.</p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Readiness per exam domain of {target.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Domain</th>
                  <th scope="col">Share of exam</th>
                  <th scope="col">Your level</th>
                  <th scope="col">Chance you are ready</th>
                  <th scope="col">Verdict</th>
                </tr>
              </thead>
              <tbody>
                {target.domains.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.name}</th>
                    <td>{percent(d.weight)}</td>
                    <td>{level(d.theta)}</td>
                    <td>{percent(d.probabilityReady)}</td>
                    <td>{VERDICTS[d.decision]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <h3>What to study first</h3>
      {result.studyFirst.length > 0 ? (
        <ol className="study-first">
          {result.studyFirst.map((s) => (
            <li key={s.skill}>
              <strong>{s.name}</strong> — level {level(s.theta)}, aim for {level(s.needed)}. {s.reason}
            </li>
          ))}
        </ol>
      ) : (
        <p>Nothing stands out: no measured skill is clearly below what your targets need.</p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onDone}>
          Back to my skills
        </button>
        <Link className="button primary" to="/recommendations">
          Next: see recommendations
        </Link>
      </div>
    </section>
  );
}
