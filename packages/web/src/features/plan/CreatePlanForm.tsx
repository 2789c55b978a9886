import { WEEKDAYS, type Weekday } from "@certpath/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { apiGet } from "../../lib/api";
import type { CatalogList } from "../catalog/catalog-types";
import { WEEKDAY_LABELS } from "./plan-types";

export interface PlanRequest {
  certificationId: string;
  hoursPerWeek: number;
  weekdays: Weekday[];
  startDate: string;
  targetDate: string | null;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

export function CreatePlanForm({
  onSubmit,
  isSaving,
  error,
  defaults,
}: {
  onSubmit: (request: PlanRequest) => void;
  isSaving: boolean;
  error: Error | null;
  defaults: { hoursPerWeek?: number | undefined; targetDate?: string | undefined };
}) {
  const catalog = useQuery({
    queryKey: ["certifications", ""],
    queryFn: ({ signal }) => apiGet<CatalogList>("/api/certifications", signal),
  });
  const [certificationId, setCertificationId] = useState("");
  const [hours, setHours] = useState(String(defaults.hoursPerWeek ?? 6));
  const [weekdays, setWeekdays] = useState<Weekday[]>(["mon", "wed", "sat"]);
  const [startDate, setStartDate] = useState(todayIso());
  const [targetDate, setTargetDate] = useState(defaults.targetDate ?? "");
  return (
    <form
      className="plan-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({
          certificationId,
          hoursPerWeek: Number(hours),
          weekdays,
          startDate,
          targetDate: targetDate || null,
        });
      }}
    >
      <div className="form-grid">
        <div className="field">
          <label htmlFor="plan-cert">Certification</label>
          <select
            id="plan-cert"
            required
            value={certificationId}
            onChange={(e) => setCertificationId(e.target.value)}
          >
            <option value="">Choose one…</option>
            {(catalog.data?.certifications ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-hours">Hours per week</label>
          <input
            id="plan-hours"
            type="number"
            min={0.5}
            max={80}
            step={0.5}
            required
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="plan-start">Start</label>
          <input
            id="plan-start"
            type="date"
            required
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="plan-target">Target exam date (optional)</label>
          <input
            id="plan-target"
            type="date"
            value={targetDate}
            onChange={(e) => setTargetDate(e.target.value)}
          />
        </div>
      </div>
      <fieldset className="weekdays">
        <legend>Days you can study</legend>
        {WEEKDAYS.map((day) => (
          <label key={day}>
            <input
              type="checkbox"
              checked={weekdays.includes(day)}
              onChange={(e) =>
                setWeekdays((current) =>
                  e.target.checked ? [...current, day] : current.filter((d) => d !== day),
                )
              }
            />{" "}
            {WEEKDAY_LABELS[day]}
          </label>
        ))}
      </fieldset>
      {error ? (
        <p role="alert" className="notice notice-error">
          {error.message}
        </p>
      ) : null}
      <button
        type="submit"
        className="button primary"
        disabled={isSaving || !certificationId || weekdays.length === 0}
      >
        {isSaving ? "Planning…" : "Make my plan"}
      </button>
    </form>
  );
}
