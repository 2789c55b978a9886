import type { Profile } from "@certpath/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { apiGet } from "../../lib/api";
import type { CatalogList } from "../catalog/catalog-types";
import { SuccessorNotice } from "../catalog/SuccessorNotice";
import { RecommendationBreakdown } from "./RecommendationBreakdown";
import { ReadinessLine } from "./RecommendationCard";
import { FACTOR_LABELS, fetchExplanation } from "./recommend-api";

/** "Why not X?" for any certification in the catalog, retired ones included. */
export function WhyNot({ profile }: { profile: Profile }) {
  const selectId = useId();
  const [id, setId] = useState("");
  const catalog = useQuery({
    queryKey: ["certifications", "status=all"],
    queryFn: ({ signal }) => apiGet<CatalogList>("/api/certifications?status=all", signal),
  });
  const explain = useMutation({ mutationFn: (certId: string) => fetchExplanation(profile, certId) });
  const result = explain.data;
  return (
    <section aria-labelledby="why-not-title" className="why-not">
      <h2 id="why-not-title">Why not another certification?</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (id) explain.mutate(id);
        }}
      >
        <div className="field">
          <label htmlFor={selectId}>Certification</label>
          <select id={selectId} value={id} onChange={(e) => setId(e.target.value)}>
            <option value="">Choose one…</option>
            {(catalog.data?.certifications ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.notice.bookable ? "" : " (no longer offered)"}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={!id || explain.isPending}>
          {explain.isPending ? "Explaining…" : "Explain"}
        </button>
      </form>
      {explain.error ? (
        <p role="alert" className="notice notice-error">
          {explain.error.message}
        </p>
      ) : null}
      {result ? (
        <div className="why-result" aria-live="polite">
          <h3>{result.name}</h3>
          {result.excluded ? (
            <SuccessorNotice
              message={result.excluded.reason}
              successors={result.excluded.successors}
              tone="error"
              lead="Consider instead:"
            />
          ) : null}
          <p>{result.summary}</p>
          {result.versusTop ? (
            <>
              <p>Where it loses most to {result.versusTop.name}:</p>
              <ul>
                {result.versusTop.gaps.slice(0, 3).map((gap) => (
                  <li key={gap.name}>
                    <strong>{FACTOR_LABELS[gap.name] ?? gap.name}:</strong> {gap.explanation}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <ReadinessLine recommendation={result} />
          <RecommendationBreakdown recommendation={result} />
        </div>
      ) : null}
    </section>
  );
}
