import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { apiGet } from "../../lib/api";

interface Band {
  id: string;
  level: string;
  band: string;
  pay: "base" | "total";
  occupation: string;
  unit: string;
  low: number | null;
  median: number | null;
  high: number | null;
  basis: string;
  dataPeriod: string;
  year: number;
  source: { name: string; url: string; published: string | null };
  note: string | null;
}

interface SalaryResponse {
  regions: Array<{
    region: string;
    name: string;
    currency: string;
    asOf: string;
    caveats: string[];
    bands: Band[];
  }>;
  certificationEffect: { statement: string } | null;
}

const REGIONS = [
  ["us", "United States"],
  ["uk", "United Kingdom"],
  ["de", "Germany"],
  ["ca", "Canada"],
] as const;

/** Sourced pay bands, each labelled base or total, in the region's currency and the reader's locale. */
export function SalaryPanel() {
  const selectId = useId();
  const [region, setRegion] = useState("us");
  const { data, error, isPending } = useQuery({
    queryKey: ["salaries", region],
    queryFn: ({ signal }) => apiGet<SalaryResponse>(`/api/salaries?region=${region}`, signal),
  });
  const entry = data?.regions[0];
  const money = (value: number | null) =>
    value === null || !entry
      ? "—"
      : new Intl.NumberFormat(undefined, {
          style: "currency",
          currency: entry.currency,
          maximumFractionDigits: 0,
        }).format(value);
  return (
    <section aria-labelledby="salary-title" className="salary">
      <h2 id="salary-title">Salary context</h2>
      <div className="field">
        <label htmlFor={selectId}>Region</label>
        <select id={selectId} value={region} onChange={(e) => setRegion(e.target.value)}>
          {REGIONS.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {error ? <p role="alert">Could not load salaries: {error.message}</p> : null}
      {isPending ? <p className="loading">Loading salaries…</p> : null}
      {data?.certificationEffect ? (
        <p className="notice notice-warn">{data.certificationEffect.statement}</p>
      ) : null}
      {entry ? (
        <>
          <table className="data-table">
            <caption className="visually-hidden">Pay bands in {entry.name}</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Role</th>
                <th scope="col">Pay</th>
                <th scope="col">Low</th>
                <th scope="col">Median</th>
                <th scope="col">High</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {entry.bands.map((band) => (
                <tr key={band.id}>
                  <th scope="row">{band.level}</th>
                  <td>{band.occupation}</td>
                  <td>
                    {band.pay === "base" ? "Base salary" : "Total compensation"} per {band.unit}
                  </td>
                  <td>{money(band.low)}</td>
                  <td>{money(band.median)}</td>
                  <td>{money(band.high)}</td>
                  <td>
                    <a href={band.source.url}>{band.source.name}</a> ({band.dataPeriod})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="small">
            {entry.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
