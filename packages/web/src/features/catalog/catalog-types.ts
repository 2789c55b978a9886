import type { Certification, StaleFact, StatusNotice } from "@certpath/core";

/** A certification as the catalog API returns it: the record plus its status notice and stale facts. */
export type CatalogEntry = Certification & { notice: StatusNotice; stale: StaleFact[] };

export interface CatalogList {
  asOf: string;
  staleAfterDays: number;
  certifications: CatalogEntry[];
}

export const PROVIDER_LABELS: Record<string, string> = {
  aws: "AWS",
  microsoft: "Microsoft",
  "google-cloud": "Google Cloud",
  google: "Google",
  databricks: "Databricks",
  nvidia: "NVIDIA",
  certnexus: "CertNexus",
  iapp: "IAPP",
};

export const STATUS_LABELS: Record<string, string> = {
  active: "Active",
  retiring: "Retiring",
  retired: "Retired",
  "program-closed": "Program closed",
};
