import type { Plan, Replanning } from "@certpath/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { apiSend } from "../../lib/api";
import { formatDate } from "../../lib/format";

interface CheckInBody {
  hoursDone: number;
  stagesFinished: string[];
  practiceScores: Array<{ scorePct: number }>;
}

/**
 * Check in, see what it does to the plan first (the preview), then accept. The past weeks stay as
 * they were; only the remaining work moves.
 */
export function CheckInForm({
  planId,
  plan,
  onAccepted,
}: {
  planId: string;
  plan: Plan;
  onAccepted: () => void;
}) {
  const [hoursDone, setHoursDone] = useState("");
  const [finished, setFinished] = useState<string[]>([]);
  const [score, setScore] = useState("");
  const body = (): CheckInBody => ({
    hoursDone: Number(hoursDone || 0),
    stagesFinished: finished,
    practiceScores: score ? [{ scorePct: Number(score) }] : [],
  });
  const preview = useMutation({
    mutationFn: (b: CheckInBody) =>
      apiSend<{ plan: Plan; replanning: Replanning }>("POST", `/api/plans/${planId}/check-ins/preview`, b),
  });
  const accept = useMutation({
    mutationFn: (b: CheckInBody) => apiSend("POST", `/api/plans/${planId}/check-ins`, b),
    onSuccess: () => {
      preview.reset();
      setHoursDone("");
      setFinished([]);
      setScore("");
      onAccepted();
    },
  });
  const studyStages = plan.stages.filter((s) => s.kind !== "exam" && s.kind !== "next-step");
  return (
    <section aria-labelledby="checkin-title" className="checkin">
      <h2 id="checkin-title">Check in</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          preview.mutate(body());
        }}
      >
        <div className="form-grid">
          <div className="field">
            <label htmlFor="checkin-hours">Hours studied so far</label>
            <input
              id="checkin-hours"
              type="number"
              min={0}
              max={1000}
              step={0.5}
              required
              value={hoursDone}
              onChange={(e) => setHoursDone(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="checkin-score">Latest practice exam score, % (optional)</label>
            <input
              id="checkin-score"
              type="number"
              min={0}
              max={100}
              value={score}
              onChange={(e) => setScore(e.target.value)}
            />
          </div>
        </div>
        <fieldset className="stages-done">
          <legend>Stages finished</legend>
          {studyStages.map((stage) => (
            <label key={stage.id} className="block">
              <input
                type="checkbox"
                checked={finished.includes(stage.id)}
                onChange={(e) =>
                  setFinished((current) =>
                    e.target.checked ? [...current, stage.id] : current.filter((id) => id !== stage.id),
                  )
                }
              />{" "}
              {stage.title}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={preview.isPending || hoursDone === ""}>
          {preview.isPending ? "Working it out…" : "Preview the re-plan"}
        </button>
      </form>
      {preview.error ? (
        <p role="alert" className="notice notice-error">
          {preview.error.message}
        </p>
      ) : null}
      {preview.data ? (
        <section className="notice notice-warn replan-preview" aria-label="Re-plan preview">
          <p>
            <strong>{preview.data.replanning.message}</strong>
          </p>
          <p>
            Exam date: {formatDate(preview.data.replanning.previousExamDate)} →{" "}
            <strong>{formatDate(preview.data.replanning.newExamDate)}</strong>
            {preview.data.replanning.extraHoursPerWeekToKeepDate
              ? `. To keep the old date instead, add ${preview.data.replanning.extraHoursPerWeekToKeepDate} hours a week.`
              : ""}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={accept.isPending}
              onClick={() => accept.mutate(body())}
            >
              {accept.isPending ? "Saving…" : "Accept the re-plan"}
            </button>
            <button type="button" className="button" onClick={() => preview.reset()}>
              Cancel
            </button>
          </div>
          {accept.error ? <p role="alert">{accept.error.message}</p> : null}
        </section>
      ) : null}
    </section>
  );
}
