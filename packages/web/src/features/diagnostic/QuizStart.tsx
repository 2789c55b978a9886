import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiGet } from "../../lib/api";
import type { CatalogList } from "../catalog/catalog-types";
import type { StartRequest } from "./assessment-api";

const MAX_TARGETS = 5;
/** `?quizLength=N` caps the quiz at N questions: quick demos and the end-to-end test. */
function lengthFromUrl(): number | null {
  const value = Number(new URLSearchParams(window.location.search).get("quizLength"));
  return Number.isInteger(value) && value >= 1 && value <= 40 ? value : null;
}

/**
 * Before the quiz: optional target certifications (the questions then aim at their readiness
 * decisions and the quiz is often shorter) and the length.
 */
export function QuizStart({
  onStart,
  isStarting,
  error,
}: {
  onStart: (request: StartRequest) => void;
  isStarting: boolean;
  error: Error | null;
}) {
  const catalog = useQuery({
    queryKey: ["certifications", ""],
    queryFn: ({ signal }) => apiGet<CatalogList>("/api/certifications", signal),
  });
  const [targets, setTargets] = useState<string[]>([]);
  const [length, setLength] = useState(String(lengthFromUrl() ?? 40));
  const bookable = (catalog.data?.certifications ?? []).filter((c) => c.notice.bookable);
  return (
    <form
      className="quiz-start"
      onSubmit={(event) => {
        event.preventDefault();
        onStart({ ...(targets.length ? { targets } : {}), maxItems: Number(length) });
      }}
    >
      <p>
        One question at a time. Each answer narrows the estimate of your skills, and the next question is the
        one that tells us most; the quiz stops as soon as it knows enough. After each answer you see the
        explanation. You can stop at any time and see your results.
      </p>
      <fieldset className="quiz-targets">
        <legend>Aim at certifications (optional, up to {MAX_TARGETS})</legend>
        {catalog.isPending ? <p className="loading">Loading certifications…</p> : null}
        {catalog.error ? (
          <p className="small">Certifications could not be loaded; the quiz covers every skill.</p>
        ) : null}
        {bookable.map((c) => (
          <label key={c.id} className="block">
            <input
              type="checkbox"
              value={c.id}
              checked={targets.includes(c.id)}
              disabled={!targets.includes(c.id) && targets.length >= MAX_TARGETS}
              onChange={(event) =>
                setTargets((current) =>
                  event.target.checked ? [...current, c.id] : current.filter((t) => t !== c.id),
                )
              }
            />{" "}
            {c.name}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="quiz-length">Length</label>
        <select id="quiz-length" value={length} onChange={(event) => setLength(event.target.value)}>
          <option value="40">Up to 40 questions (most precise)</option>
          <option value="15">Up to 15 questions (quicker)</option>
          {length !== "40" && length !== "15" ? (
            <option value={length}>Up to {length} questions</option>
          ) : null}
        </select>
      </div>
      {error ? (
        <p role="alert" className="notice notice-error">
          Could not start the quiz: {error.message}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={isStarting}>
        {isStarting ? "Starting…" : "Start the quiz"}
      </button>
    </form>
  );
}
