import { useEffect, useId, useRef } from "react";
import type { Feedback, Question } from "./assessment-api";
import { RichText } from "./RichText";

const LETTERS = "ABCDEFGHIJ";

function rightAnswer(feedback: Feedback, question: Question): string {
  if (feedback.correctValue) return `${feedback.correctValue.value} (± ${feedback.correctValue.tolerance})`;
  const options = question.options ?? [];
  return (feedback.correctOptions ?? [])
    .map((id) => {
      const index = options.findIndex((o) => o.id === id);
      return `${LETTERS[index] ?? id}: ${options[index]?.text ?? id}`;
    })
    .join("; ");
}

/**
 * Right or wrong, and why: the explanation teaches whichever it was. The continue button takes the
 * focus (Enter moves on) and is described by the verdict and explanation, so a screen reader reads
 * them first.
 */
export function AnswerFeedback({
  feedback,
  question,
  onContinue,
}: {
  feedback: Feedback;
  question: Question;
  onContinue: () => void;
}) {
  const ids = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, []);
  const finished = feedback.next.status === "finished";
  return (
    <section
      className={`feedback ${feedback.correct ? "feedback-right" : "feedback-wrong"}`}
      aria-labelledby={`${ids}-verdict`}
    >
      <h3 id={`${ids}-verdict`}>{feedback.correct ? "Correct" : "Not quite"}</h3>
      <div id={`${ids}-body`}>
        {feedback.correct ? null : <p>The answer: {rightAnswer(feedback, question)}</p>}
        <RichText source={feedback.explanation} />
        {feedback.references?.length ? (
          <ul className="small plain">
            {feedback.references.map((r) => (
              <li key={r.title}>
                {r.url ? (
                  <a href={r.url} target="_blank" rel="noreferrer">
                    {r.title}
                  </a>
                ) : (
                  r.title
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <button
        ref={button}
        type="button"
        className="button primary"
        aria-describedby={`${ids}-verdict ${ids}-body`}
        onClick={onContinue}
      >
        {finished ? "See my results" : "Next question"}
      </button>
    </section>
  );
}
