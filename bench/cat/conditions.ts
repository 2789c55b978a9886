/** The shape of one measured condition, shared by scenarios and the report. */

export type EngineName = "certpath" | "certpath-separate" | "jscat";
export type ScenarioName =
  | "se0.3"
  | "passfail"
  | "select-300"
  | "select-3000"
  | "select-30000"
  | "multi12-se0.4"
  | "target-exam";

/** A row of results.json. Metrics that do not apply to a scenario are null. */
export interface Condition {
  engine: EngineName;
  scenario: ScenarioName;
  meanItems: number | null;
  rmse: number | null;
  accuracy: number | null;
  selectMsP95: number | null;
  /** Simulees (or, for select-*, timed calls). */
  n: number;
}

/** A row of RESULTS.md: the condition plus the detail columns of its table. */
export interface Row {
  label: string;
  condition: Condition | null;
  cells: Record<string, string>;
}

export const fmt = (value: number | null | undefined, digits = 2): string =>
  value === null || value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits);

export const pct = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined ? "–" : `${(100 * value).toFixed(digits)}%`;
