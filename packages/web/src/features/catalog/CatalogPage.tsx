import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { apiGet } from "../../lib/api";
import { formatUsd } from "../../lib/format";
import { type CatalogList, PROVIDER_LABELS } from "./catalog-types";
import { StatusBadge } from "./StatusBadge";

const FILTERS = [
  {
    name: "provider",
    label: "Provider",
    options: Object.entries(PROVIDER_LABELS),
  },
  {
    name: "level",
    label: "Level",
    options: [
      ["foundational", "Foundational"],
      ["associate", "Associate"],
      ["professional", "Professional"],
      ["specialty", "Specialty"],
    ],
  },
  {
    name: "platform",
    label: "Platform",
    options: [
      ["aws", "AWS"],
      ["azure", "Azure"],
      ["gcp", "Google Cloud"],
      ["databricks", "Databricks"],
      ["nvidia", "NVIDIA"],
      ["none", "Vendor-neutral"],
    ],
  },
  {
    name: "emphasis",
    label: "Strong on",
    options: [
      ["classical", "Classical ML"],
      ["deep-learning", "Deep learning"],
      ["mlops", "MLOps"],
      ["generative-ai", "Generative AI"],
      ["responsible-ai", "Responsible AI"],
    ],
  },
  {
    name: "status",
    label: "Status",
    options: [
      ["all", "All, including retired"],
      ["active", "Active"],
      ["retiring", "Retiring"],
      ["retired", "Retired"],
      ["program-closed", "Program closed"],
    ],
  },
] as const;

const MAX_COMPARE = 4;

export function CatalogPage() {
  useDocumentTitle("Certifications");
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState<string[]>([]);
  const searchId = useId();
  const query = params.toString();
  const { data, isPending, error } = useQuery({
    queryKey: ["certifications", query],
    queryFn: ({ signal }) => apiGet<CatalogList>(`/api/certifications${query ? `?${query}` : ""}`, signal),
  });

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const toggle = (id: string) =>
    setSelected((current) =>
      current.includes(id)
        ? current.filter((x) => x !== id)
        : current.length < MAX_COMPARE
          ? [...current, id]
          : current,
    );
  const list = data?.certifications ?? [];
  const canCompare = selected.length >= 2 && selected.length <= MAX_COMPARE;

  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Certifications</h1>
      <p className="lede">
        Every ML certification that matters, from every vendor, with its sources. Retired exams stay listed so
        you can see what replaced them; they are hidden unless you ask for them.
      </p>

      <form className="filters" aria-label="Filter certifications" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={searchId}>Search</label>
          <input
            id={searchId}
            type="search"
            placeholder="Name, exam code…"
            value={params.get("q") ?? ""}
            onChange={(e) => setFilter("q", e.target.value)}
          />
        </div>
        {FILTERS.map((filter) => (
          <div className="field" key={filter.name}>
            <label htmlFor={`filter-${filter.name}`}>{filter.label}</label>
            <select
              id={`filter-${filter.name}`}
              value={params.get(filter.name) ?? ""}
              onChange={(e) => setFilter(filter.name, e.target.value)}
            >
              <option value="">{filter.name === "status" ? "Current (can be taken)" : "Any"}</option>
              {filter.options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </form>

      <div className="compare-bar" aria-live="polite">
        <span>
          {selected.length === 0
            ? "Select 2 to 4 certifications to compare them side by side."
            : `${selected.length} selected${selected.length >= MAX_COMPARE ? " (the most you can compare)" : ""}.`}
        </span>
        {canCompare ? (
          <Link className="button primary" to={`/certifications/compare?ids=${selected.join(",")}`}>
            Compare {selected.length}
          </Link>
        ) : (
          <span className="button" aria-disabled="true">
            Compare
          </span>
        )}
      </div>

      <QueryState isPending={isPending} error={error} label="certifications">
        <p role="status" className="result-count">
          {list.length} certification{list.length === 1 ? "" : "s"}
        </p>
        {list.length === 0 ? (
          <div className="empty-state">
            <p>No certification matches these filters.</p>
            <button
              type="button"
              className="button"
              onClick={() => setParams(new URLSearchParams(), { replace: true })}
            >
              Clear filters
            </button>
          </div>
        ) : (
          <ul className="cert-list">
            {list.map((cert) => (
              <li key={cert.id} className="cert-card">
                <div className="cert-card-head">
                  <h2>
                    <Link to={`/certifications/${cert.id}`}>{cert.name}</Link>
                  </h2>
                  <StatusBadge status={cert.status.value} />
                </div>
                <p className="cert-meta">
                  {cert.providerName} · {cert.level}
                  {cert.examCodes.length > 0 ? ` · ${cert.examCodes.join(" / ")}` : ""} ·{" "}
                  {formatUsd(cert.price.amountUsd)}
                </p>
                {cert.notice.message ? <p className="cert-notice">{cert.notice.message}</p> : null}
                <label className="compare-toggle">
                  <input
                    type="checkbox"
                    checked={selected.includes(cert.id)}
                    disabled={!selected.includes(cert.id) && selected.length >= MAX_COMPARE}
                    onChange={() => toggle(cert.id)}
                  />
                  Compare
                </label>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
