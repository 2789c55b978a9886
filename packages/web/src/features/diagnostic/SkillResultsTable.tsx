import type { SkillResult } from "./skill-results";

const SOURCE_LABELS = { "self-rating": "self-rating", diagnostic: "quiz", prior: "no evidence" } as const;

export function SkillResultsTable({ results }: { results: SkillResult[] }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Your level per skill, with a 90% interval</caption>
      <thead>
        <tr>
          <th scope="col">Skill</th>
          <th scope="col">Level (0–4)</th>
          <th scope="col">90% interval</th>
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.name}</th>
            <td>{r.known ? r.level.toFixed(1) : "unknown"}</td>
            <td>{r.known ? `${r.low.toFixed(1)} – ${r.high.toFixed(1)}` : "—"}</td>
            <td>{SOURCE_LABELS[r.estimate.source]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
