import type { Recommendation } from "@certpath/core";
import { lazy, Suspense } from "react";
import { FACTOR_LABELS, percent } from "./recommend-api";

const FactorChart = lazy(() => import("./FactorChart"));

/** Why a certification scored what it did: every factor in words, then readiness per domain. */
export function RecommendationBreakdown({ recommendation }: { recommendation: Recommendation }) {
  const { factors, readiness } = recommendation;
  return (
    <div className="breakdown">
      <Suspense fallback={<p className="loading">Loading chart…</p>}>
        <FactorChart factors={factors} />
      </Suspense>
      <table className="data-table">
        <caption className="visually-hidden">Score factors for {recommendation.name}</caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Fit</th>
            <th scope="col">Weight</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((factor) => (
            <tr key={factor.name}>
              <th scope="row">{FACTOR_LABELS[factor.name] ?? factor.name}</th>
              <td>{percent(factor.value)}</td>
              <td>{percent(factor.weight)}</td>
              <td>{factor.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Readiness by exam domain</h4>
      <table className="data-table">
        <caption className="visually-hidden">Readiness per blueprint domain</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Share</th>
            <th scope="col">Chance you are at the standard</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {readiness.domains.map((domain) => (
            <tr key={domain.id} className={domain.holdsBack ? "holds-back" : undefined}>
              <th scope="row">{domain.name}</th>
              <td>{percent(domain.weight)}</td>
              <td>
                {domain.status === "not-enough-evidence" ? "Not enough evidence" : percent(domain.mastery)}
              </td>
              <td>
                {domain.holdsBack ? <strong>Holds you back. </strong> : null}
                {domain.explanation}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
