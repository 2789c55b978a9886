/**
 * How to measure: the two-minute self-rating or the adaptive quiz. A native radio group, so arrow
 * keys move between the two and screen readers announce the choice.
 */
export function MethodChooser({
  value,
  onChange,
}: {
  value: "rate" | "quiz";
  onChange: (mode: "rate" | "quiz") => void;
}) {
  return (
    <fieldset className="method-chooser">
      <legend>How do you want to measure your skills?</legend>
      <label className="rating-option">
        <input
          type="radio"
          name="diagnostic-method"
          checked={value === "rate"}
          onChange={() => onChange("rate")}
        />
        <span>
          <strong>Quick self-rating (2 min)</strong>
          <span className="small block">Rate each skill from 0 to 4. Fast, but a wide estimate.</span>
        </span>
      </label>
      <label className="rating-option">
        <input
          type="radio"
          name="diagnostic-method"
          checked={value === "quiz"}
          onChange={() => onChange("quiz")}
        />
        <span>
          <strong>Adaptive quiz</strong>
          <span className="small block">
            Real questions, chosen one by one to measure you quickly; optionally aimed at the certifications
            you want. About 10–30 minutes; stop whenever you like.
          </span>
        </span>
      </label>
    </fieldset>
  );
}
