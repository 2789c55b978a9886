import type { Recommendation } from "@certpath/core";
import { useId, useState } from "react";
import { Link } from "react-router";
import { RecommendationBreakdown } from "./RecommendationBreakdown";
import { percent } from "./recommend-api";

export function ReadinessLine({ recommendation }: { recommendation: Recommendation }) {
  const { readiness } = recommendation;
  if (readiness.passProbability === null) {
    return (
      <p>
        Readiness: <strong>not enough evidence</strong> — <Link to="/diagnostic">rate your skills</Link> to
        see your chance of passing.
      </p>
    );
  }
  return (
    <p>
      Chance of passing today: <strong>{percent(readiness.passProbability)}</strong> (likely between{" "}
      {percent(readiness.low)} and {percent(readiness.high)}). {readiness.summary}
    </p>
  );
}

export function RecommendationCard({
  recommendation,
  rank,
}: {
  recommendation: Recommendation;
  rank: number;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <li className="rec-card">
      <div className="rec-head">
        <span className="rec-rank" aria-hidden="true">
          {rank}
        </span>
        <h3>
          <Link to={`/certifications/${recommendation.id}`}>{recommendation.name}</Link>
        </h3>
        <span className="rec-score" title="Overall fit score">
          <span className="visually-hidden">Score </span>
          {Math.round(recommendation.score * 100)}
        </span>
      </div>
      <ReadinessLine recommendation={recommendation} />
      {recommendation.cautions.length > 0 ? (
        <ul className="cautions">
          {recommendation.cautions.map((caution) => (
            <li key={caution}>{caution}</li>
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Hide why" : `Why ${recommendation.name} ranks #${rank}`}
      </button>
      <div id={panelId} hidden={!open}>
        {open ? <RecommendationBreakdown recommendation={recommendation} /> : null}
      </div>
    </li>
  );
}
