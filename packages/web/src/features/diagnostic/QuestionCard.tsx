import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import type { Question } from "./assessment-api";
import { CodeBlock } from "./CodeBlock";
import { RichText } from "./RichText";

const LETTERS = "ABCDEFGHIJ";

/**
 * One question as a form: native radio buttons (one answer) or checkboxes (several), or a number
 * field. The heading takes focus when a new question appears, so keyboard and screen-reader users
 * start at the question; Enter submits from any field.
 */
export function QuestionCard({
  question,
  number,
  locked,
  isSending,
  onSubmit,
}: {
  question: Question;
  number: number;
  /** true once answered: the choices stay visible under the feedback but can't change. */
  locked: boolean;
  isSending: boolean;
  onSubmit: (response: string[] | number) => void;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = useId();

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (locked || isSending) return;
    if (question.format === "numeric") {
      const value = Number(typed.trim().replace(",", "."));
      if (typed.trim() === "" || !Number.isFinite(value))
        return setProblem("Type a number, for example 0.25.");
      onSubmit(value);
    } else {
      if (chosen.length === 0)
        return setProblem(question.multiple ? "Choose at least one option." : "Choose an option.");
      onSubmit(chosen);
    }
    setProblem(null);
  };
  // Browsers submit on Enter from text fields only; radio buttons and checkboxes need help.
  const enterSubmits = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if (event.key === "Enter" && (target.type === "radio" || target.type === "checkbox")) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
  const toggle = (id: string, on: boolean) =>
    setChosen((current) =>
      question.multiple ? (on ? [...current, id] : current.filter((c) => c !== id)) : on ? [id] : current,
    );

  return (
    <form
      className="question"
      data-item-id={question.itemId}
      onSubmit={submit}
      onKeyDown={enterSubmits}
      aria-labelledby={`${ids}-title`}
    >
      <h2 id={`${ids}-title`} ref={heading} tabIndex={-1} className="question-title">
        Question {number} <span className="small">· {question.skill.name}</span>
      </h2>
      <div id={`${ids}-stem`}>
        <RichText source={question.stem} />
        {question.code ? <CodeBlock code={question.code} language={question.language ?? "text"} /> : null}
      </div>
      {question.options ? (
        <fieldset
          className="answer-options"
          disabled={locked}
          aria-describedby={problem ? `${ids}-problem` : undefined}
        >
          <legend>{question.multiple ? "Choose all that apply" : "Choose one"}</legend>
          {question.options.map((option, index) => (
            <label key={option.id} className="answer-option">
              <input
                type={question.multiple ? "checkbox" : "radio"}
                name={`answer-${question.itemId}`}
                value={option.id}
                checked={chosen.includes(option.id)}
                onChange={(event) => toggle(option.id, event.target.checked)}
              />
              <span className="option-letter" aria-hidden="true">
                {LETTERS[index]}
              </span>
              <span className="option-text">
                {question.format === "code-output" ? (
                  <code>{option.text}</code>
                ) : (
                  <RichText source={option.text} inline />
                )}
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <div className="field">
          <label htmlFor={`${ids}-number`}>Your answer (a number)</label>
          <input
            id={`${ids}-number`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            disabled={locked}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            aria-describedby={problem ? `${ids}-problem` : undefined}
          />
        </div>
      )}
      {problem ? (
        <p id={`${ids}-problem`} role="alert" className="notice notice-error">
          {problem}
        </p>
      ) : null}
      {locked ? null : (
        <button type="submit" className="button primary" disabled={isSending}>
          {isSending ? "Checking…" : "Submit answer"}
        </button>
      )}
    </form>
  );
}
