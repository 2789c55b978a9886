import type { SkillResult } from "./skill-results";

const SOURCE_LABELS = { "self-rating": "self-rating", diagnostic: "quiz", prior: "no evidence" } as const;

export function SkillResultsTable({
  results,
  needed,
}: {
  results: SkillResult[];
  /** What a target certification needs, by skill id (level on the 0–4 scale, and whose need). */
  needed?: Partial<Record<string, { level: number; label: string }>> | undefined;
}) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Your level per skill, with a 90% interval</caption>
      <thead>
        <tr>
          <th scope="col">Skill</th>
          <th scope="col">Level (0–4)</th>
          <th scope="col">90% interval</th>
          <th scope="col">From</th>
          {needed ? <th scope="col">Needed</th> : null}
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.name}</th>
            <td>{r.known ? r.level.toFixed(1) : "unknown"}</td>
            <td>{r.known ? `${r.low.toFixed(1)} – ${r.high.toFixed(1)}` : "—"}</td>
            <td>{SOURCE_LABELS[r.estimate.source]}</td>
            {needed ? (
              <td>{needed[r.id] ? `${needed[r.id]?.level.toFixed(1)} (${needed[r.id]?.label})` : "—"}</td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
