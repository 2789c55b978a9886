import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { apiGet } from "../../lib/api";
import { formatRange, formatUsd } from "../../lib/format";
import type { CatalogEntry } from "./catalog-types";
import { StatusBadge } from "./StatusBadge";

const ROWS: Array<[string, (c: CatalogEntry) => ReactNode]> = [
  ["Status", (c) => <StatusBadge status={c.status.value} />],
  ["Provider", (c) => c.providerName],
  ["Level", (c) => c.level],
  ["Price", (c) => formatUsd(c.price.amountUsd)],
  ["Questions", (c) => formatRange(c.format.questions, "")],
  ["Minutes", (c) => c.format.minutes ?? "Not published"],
  ["Hands-on", (c) => (c.format.handsOn ? "Yes" : "No")],
  ["Validity", (c) => (c.validity.years === null ? "Does not expire" : `${c.validity.years} years`)],
  ["Renewal", (c) => c.validity.renewal.text],
  ["Experience", (c) => c.experience.text],
  ["Platform", (c) => c.emphasis.platform],
  ["Classical ML", (c) => c.emphasis.classical],
  ["Deep learning", (c) => c.emphasis.deepLearning],
  ["MLOps", (c) => c.emphasis.mlops],
  ["Generative AI", (c) => c.emphasis.generativeAi],
  [
    "Blueprint",
    (c) => (
      <ul className="plain">
        {c.blueprint.domains.map((d) => (
          <li key={d.id}>
            {d.name} ({formatRange(d.weight, "%").replace(" %", "%")})
          </li>
        ))}
      </ul>
    ),
  ],
];

export function ComparePage() {
  useDocumentTitle("Compare certifications");
  const [params] = useSearchParams();
  const ids = params.get("ids") ?? "";
  const { data, isPending, error } = useQuery({
    queryKey: ["compare", ids],
    queryFn: ({ signal }) =>
      apiGet<{ certifications: CatalogEntry[] }>(
        `/api/certifications/compare?ids=${encodeURIComponent(ids)}`,
        signal,
      ),
    enabled: ids.split(",").filter(Boolean).length >= 2,
  });
  const certs = data?.certifications ?? [];
  return (
    <section aria-labelledby="page-title" className="page">
      <p>
        <Link to="/certifications">← All certifications</Link>
      </p>
      <h1 id="page-title">Compare certifications</h1>
      {ids.split(",").filter(Boolean).length < 2 ? (
        <div className="empty-state">
          <p>Pick 2 to 4 certifications in the catalog to compare them here.</p>
        </div>
      ) : (
        <QueryState isPending={isPending} error={error} label="the comparison">
          <div className="table-scroll">
            <table className="data-table compare-table">
              <caption className="visually-hidden">Certifications side by side</caption>
              <thead>
                <tr>
                  <td />
                  {certs.map((c) => (
                    <th scope="col" key={c.id}>
                      <Link to={`/certifications/${c.id}`}>{c.name}</Link>
                      {c.notice.message ? <span className="small block">{c.notice.message}</span> : null}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ROWS.map(([label, cell]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    {certs.map((c) => (
                      <td key={c.id}>{cell(c)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </QueryState>
      )}
    </section>
  );
}
