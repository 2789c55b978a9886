import {
  FOCUSES,
  type Focus,
  PROFILE_PLATFORMS,
  type Profile,
  type ProfilePlatform,
  ROLES,
  type Role,
} from "@certpath/core";
import { useState } from "react";
import { NumberField, SelectField } from "./form-fields";

const ROLE_LABELS: Record<Role, string> = {
  student: "Student",
  analyst: "Analyst",
  "software-engineer": "Software engineer",
  "data-engineer": "Data engineer",
  "data-scientist": "Data scientist",
  "ml-engineer": "ML engineer",
  "solution-architect": "Solution architect",
  manager: "Manager",
  other: "Other",
};

const PLATFORM_LABELS: Record<ProfilePlatform, string> = {
  aws: "AWS",
  azure: "Microsoft Azure",
  gcp: "Google Cloud",
  databricks: "Databricks",
};

const FOCUS_LABELS: Record<Focus, string> = {
  classical: "Classical ML (tabular data, scikit-learn)",
  "deep-learning": "Deep learning",
  both: "Both classical and deep learning",
  mlops: "MLOps: deploying and running models",
  "generative-ai": "Generative AI: building with LLMs",
};

const ROLE_OPTIONS = ROLES.map((r) => [r, ROLE_LABELS[r]] as const);
const FOCUS_OPTIONS = FOCUSES.map((f) => [f, FOCUS_LABELS[f]] as const);
const INDUSTRY_OPTIONS = ["general", "healthcare", "finance", "retail", "manufacturing"].map(
  (i) => [i, `${i[0]?.toUpperCase()}${i.slice(1)}`] as const,
);

/** Empty strings mean "not answered": the field is left out, never sent as a guess. */
function numberOrUndefined(value: string): number | undefined {
  if (value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export function ProfileForm({
  initial,
  onSubmit,
  isSaving,
  error,
}: {
  initial: Profile;
  onSubmit: (profile: Profile) => void;
  isSaving: boolean;
  error: Error | null;
}) {
  const [draft, setDraft] = useState(() => ({
    experienceYears: initial.experienceYears?.toString() ?? "",
    mlExperienceYears: initial.mlExperienceYears?.toString() ?? "",
    currentRole: initial.currentRole ?? "",
    targetRole: initial.targetRole ?? "",
    focus: initial.focus ?? "",
    hoursPerWeek: initial.hoursPerWeek?.toString() ?? "",
    budgetUsd: initial.budgetUsd?.toString() ?? "",
    targetDate: initial.targetDate ?? "",
    industry: initial.industry ?? "",
    clouds: Object.fromEntries(
      (initial.clouds ?? []).map((c) => [c.platform, c.years.toString()]),
    ) as Partial<Record<ProfilePlatform, string>>,
  }));
  const set = (field: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const toggleCloud = (platform: ProfilePlatform, on: boolean) =>
    setDraft((d) => {
      const clouds = { ...d.clouds };
      if (on) clouds[platform] = clouds[platform] ?? "1";
      else delete clouds[platform];
      return { ...d, clouds };
    });

  const submit = () => {
    const profile: Profile = {
      ...initial,
      experienceYears: numberOrUndefined(draft.experienceYears),
      mlExperienceYears: numberOrUndefined(draft.mlExperienceYears),
      currentRole: (draft.currentRole || undefined) as Role | undefined,
      targetRole: (draft.targetRole || undefined) as Role | undefined,
      focus: (draft.focus || undefined) as Focus | undefined,
      hoursPerWeek: numberOrUndefined(draft.hoursPerWeek),
      budgetUsd: numberOrUndefined(draft.budgetUsd),
      targetDate: draft.targetDate || undefined,
      industry: draft.industry || undefined,
      clouds: Object.entries(draft.clouds).map(([platform, years]) => ({
        platform: platform as ProfilePlatform,
        years: numberOrUndefined(years ?? "") ?? 0,
      })),
    };
    // Strip undefined so the strict API contract sees only answered fields.
    onSubmit(Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined)) as Profile);
  };

  return (
    <form
      className="profile-form"
      aria-labelledby="profile-title"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="profile-title">About you</h2>
      <p className="small">Every field is optional. What you leave out is treated as unknown, not guessed.</p>
      <div className="form-grid">
        <NumberField
          id="experienceYears"
          label="Years in a technical role"
          min={0}
          max={60}
          step={0.5}
          value={draft.experienceYears}
          onChange={(v) => set("experienceYears", v)}
        />
        <NumberField
          id="mlExperienceYears"
          label="Years doing ML work"
          min={0}
          max={60}
          step={0.5}
          value={draft.mlExperienceYears}
          onChange={(v) => set("mlExperienceYears", v)}
        />
        <SelectField
          id="currentRole"
          label="Current role"
          placeholder="Not saying"
          options={ROLE_OPTIONS}
          value={draft.currentRole}
          onChange={(v) => set("currentRole", v)}
        />
        <SelectField
          id="targetRole"
          label="Role you are aiming for"
          placeholder="Not sure yet"
          options={ROLE_OPTIONS}
          value={draft.targetRole}
          onChange={(v) => set("targetRole", v)}
        />
        <SelectField
          id="focus"
          label="What you want to work on"
          placeholder="Not sure yet"
          options={FOCUS_OPTIONS}
          value={draft.focus}
          onChange={(v) => set("focus", v)}
        />
        <SelectField
          id="industry"
          label="Industry"
          placeholder="Not saying"
          options={INDUSTRY_OPTIONS}
          value={draft.industry}
          onChange={(v) => set("industry", v)}
        />
        <NumberField
          id="hoursPerWeek"
          label="Study hours per week"
          min={0}
          max={80}
          value={draft.hoursPerWeek}
          onChange={(v) => set("hoursPerWeek", v)}
        />
        <NumberField
          id="budgetUsd"
          label="Exam budget (US dollars)"
          min={0}
          max={100000}
          value={draft.budgetUsd}
          onChange={(v) => set("budgetUsd", v)}
        />
        <div className="field">
          <label htmlFor="targetDate">Target exam date</label>
          <input
            id="targetDate"
            type="date"
            value={draft.targetDate}
            onChange={(e) => set("targetDate", e.target.value)}
          />
        </div>
      </div>
      <fieldset className="clouds">
        <legend>Clouds you use at work</legend>
        <p className="small">
          The cloud you already work in is the strongest single reason to pick a vendor's exam.
        </p>
        {PROFILE_PLATFORMS.map((platform) => {
          const checked = draft.clouds[platform] !== undefined;
          return (
            <div key={platform} className="cloud-row">
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={(e) => toggleCloud(platform, e.target.checked)}
                />{" "}
                {PLATFORM_LABELS[platform]}
              </label>
              {checked ? (
                <label className="inline-field">
                  years
                  <input
                    type="number"
                    min={0}
                    max={40}
                    step={0.5}
                    aria-label={`Years on ${PLATFORM_LABELS[platform]}`}
                    value={draft.clouds[platform]}
                    onChange={(e) =>
                      setDraft((d) => ({ ...d, clouds: { ...d.clouds, [platform]: e.target.value } }))
                    }
                  />
                </label>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      {error ? (
        <p role="alert" className="notice notice-error">
          {error.message}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={isSaving}>
        {isSaving ? "Ranking…" : "Save and rank certifications"}
      </button>
    </form>
  );
}
