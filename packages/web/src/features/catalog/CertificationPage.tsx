import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Link, useParams } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { apiGet } from "../../lib/api";
import { formatDate, formatRange, formatUsd } from "../../lib/format";
import type { CatalogEntry } from "./catalog-types";
import { StatusBadge } from "./StatusBadge";
import { SuccessorNotice } from "./SuccessorNotice";

const BlueprintChart = lazy(() => import("./BlueprintChart"));

const FACT_LABELS: Record<string, string> = {
  status: "status",
  format: "exam format",
  price: "price",
  passingScore: "passing score",
  validity: "validity and renewal",
  experience: "recommended experience",
  blueprint: "blueprint",
};

export function CertificationPage() {
  const { id = "" } = useParams();
  const {
    data: cert,
    isPending,
    error,
  } = useQuery({
    queryKey: ["certification", id],
    queryFn: ({ signal }) => apiGet<CatalogEntry>(`/api/certifications/${encodeURIComponent(id)}`, signal),
  });
  useDocumentTitle(cert?.name ?? "Certification");

  return (
    <section aria-labelledby="page-title" className="page">
      <p>
        <Link to="/certifications">← All certifications</Link>
      </p>
      <QueryState isPending={isPending} error={error} label="this certification">
        {cert ? <CertificationDetails cert={cert} /> : null}
      </QueryState>
    </section>
  );
}

function CertificationDetails({ cert }: { cert: CatalogEntry }) {
  const sourceLink = (ids: string[]) =>
    ids.map((sid) => (
      <a key={sid} href={`#source-${sid}`} className="source-ref">
        [{sid}]
      </a>
    ));
  return (
    <>
      <h1 id="page-title">{cert.name}</h1>
      <p className="cert-meta">
        {cert.providerName} · {cert.level}
        {cert.examCodes.length > 0 ? ` · exam ${cert.examCodes.join(" / ")}` : ""} ·{" "}
        <StatusBadge status={cert.status.value} />
      </p>

      {cert.notice.message ? (
        <SuccessorNotice
          message={cert.notice.message}
          successors={cert.notice.successors}
          tone={cert.notice.bookable ? "warn" : "error"}
          lead="Take instead:"
        >
          <p className="small">{cert.status.detail}</p>
        </SuccessorNotice>
      ) : null}

      {cert.stale.length > 0 ? (
        <div className="notice notice-warn" role="note">
          Some facts may be out of date — their newest source is over six months old:{" "}
          {cert.stale
            .map((s) => `${FACT_LABELS[s.group] ?? s.group} (${formatDate(s.newestSource)})`)
            .join(", ")}
          . Check the vendor's page before you rely on them.
        </div>
      ) : null}

      <dl className="facts">
        <div>
          <dt>Format</dt>
          <dd>
            {formatRange(cert.format.questions, "questions")}, {cert.format.minutes ?? "?"} minutes ·{" "}
            {cert.format.handsOn ? "includes hands-on tasks" : "no hands-on tasks"} ·{" "}
            {cert.format.delivery.join(", ")} {sourceLink(cert.format.sources)}
            {cert.format.notes ? <span className="small block">{cert.format.notes}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Price</dt>
          <dd>
            {formatUsd(cert.price.amountUsd)} {sourceLink(cert.price.sources)}
            {cert.price.notes ? <span className="small block">{cert.price.notes}</span> : null}
          </dd>
        </div>
        <div>
          <dt>Passing score</dt>
          <dd>
            {cert.passingScore.text} {sourceLink(cert.passingScore.sources)}
          </dd>
        </div>
        <div>
          <dt>Validity and renewal</dt>
          <dd>
            {cert.validity.years === null ? "Does not expire." : `Valid for ${cert.validity.years} years.`}{" "}
            {cert.validity.renewal.text} {sourceLink(cert.validity.sources)}
          </dd>
        </div>
        <div>
          <dt>Recommended experience</dt>
          <dd>
            {cert.experience.text} {sourceLink(cert.experience.sources)}
          </dd>
        </div>
        <div>
          <dt>Emphasis</dt>
          <dd>
            Classical ML {cert.emphasis.classical} · deep learning {cert.emphasis.deepLearning} · MLOps{" "}
            {cert.emphasis.mlops} · generative AI {cert.emphasis.generativeAi} · responsible AI{" "}
            {cert.emphasis.responsibleAi}
            <span className="small block">Basis: {cert.emphasis.basis}</span>
          </dd>
        </div>
      </dl>

      <h2>Exam blueprint</h2>
      <p className="small">
        {cert.blueprint.version} · confidence {cert.blueprint.confidence}
        {cert.blueprint.weightsApproximate ? " · the official weights are approximate" : ""}{" "}
        {sourceLink(cert.blueprint.sources)}
      </p>
      {cert.blueprint.note ? <p className="small">{cert.blueprint.note}</p> : null}
      <Suspense fallback={<p className="loading">Loading chart…</p>}>
        <BlueprintChart domains={cert.blueprint.domains} />
      </Suspense>
      <table className="data-table">
        <caption className="visually-hidden">Blueprint domains and their share of the exam</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Share of exam</th>
          </tr>
        </thead>
        <tbody>
          {cert.blueprint.domains.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.name}</th>
              <td>{formatRange(d.weight, "%").replace(" %", "%")}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {cert.prep.length > 0 ? (
        <>
          <h2>Official preparation</h2>
          <ul>
            {cert.prep.map((p) => (
              <li key={p.title}>{p.url ? <a href={p.url}>{p.title}</a> : p.title}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>Sources</h2>
      <ol className="sources">
        {cert.sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            [{s.id}] <a href={s.url}>{s.url}</a> — {formatDate(s.date)} ({s.kind})
            {s.note ? `. ${s.note}` : ""}
          </li>
        ))}
      </ol>
      <p className="small">
        Verified {formatDate(cert.verifiedAt)} · overall confidence {cert.confidence}
      </p>
    </>
  );
}
