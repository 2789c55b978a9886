import type { Skill, SkillId, SkillLevel } from "@certpath/core";
import { useState } from "react";

export type Ratings = Partial<Record<SkillId, SkillLevel>>;

/**
 * The two-minute self-rating: one question per skill, each level described by what a person at
 * that level can actually do (behavioural anchors), so "3" means the same to everyone.
 */
export function SelfRatingForm({
  skills,
  initial,
  onSubmit,
  isSaving,
}: {
  skills: Skill[];
  initial: Ratings;
  onSubmit: (ratings: Ratings) => void;
  isSaving: boolean;
}) {
  const [ratings, setRatings] = useState<Ratings>(initial);
  const answered = skills.filter((s) => ratings[s.id] !== undefined).length;
  return (
    <form
      className="self-rating"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(ratings);
      }}
    >
      <p className="small" aria-live="polite">
        {answered} of {skills.length} skills rated. Skip any you would rather not guess: they stay "unknown".
      </p>
      {skills.map((skill) => (
        <fieldset key={skill.id} className="rating-skill">
          <legend>
            <strong>{skill.name}</strong> <span className="small">— {skill.description}</span>
          </legend>
          <div className="rating-options">
            {skill.levels.map((level) => (
              <label key={level.level} className="rating-option">
                <input
                  type="radio"
                  name={`rating-${skill.id}`}
                  value={level.level}
                  checked={ratings[skill.id] === level.level}
                  onChange={() => setRatings((current) => ({ ...current, [skill.id]: level.level }))}
                />
                <span>
                  <strong>
                    {level.level} · {level.label}
                  </strong>
                  <span className="small block">{level.behaviour}</span>
                </span>
              </label>
            ))}
          </div>
          {ratings[skill.id] !== undefined ? (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                setRatings((current) => {
                  const next = { ...current };
                  delete next[skill.id];
                  return next;
                })
              }
            >
              Clear {skill.name}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button type="submit" className="button primary" disabled={isSaving || answered === 0}>
        {isSaving ? "Saving…" : "Save and see my results"}
      </button>
    </form>
  );
}
