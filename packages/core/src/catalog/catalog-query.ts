/**
 * @module Catalog queries shared by the API, the CLI and the web app: filtering, and what to say
 * about a certification's status so that nothing presents a retired exam as bookable.
 */
import type {
  Certification,
  CertificationLevel,
  CertificationStatus,
  EmphasisLevel,
  Platform,
  Provider,
} from "./certification";
import { isBookable } from "./certification";

export const EMPHASIS_AREAS = [
  "classical",
  "deep-learning",
  "mlops",
  "generative-ai",
  "responsible-ai",
] as const;
export type EmphasisArea = (typeof EMPHASIS_AREAS)[number];

export interface CatalogFilter {
  provider?: Provider | undefined;
  level?: CertificationLevel | undefined;
  /** "current" (default) = active and retiring; "all" includes retired and closed programs. */
  status?: CertificationStatus | "current" | "all" | undefined;
  platform?: Platform | "none" | undefined;
  /** Keeps certifications whose emphasis on this area is high. */
  emphasis?: EmphasisArea | undefined;
  /** Case-insensitive words matched against name, id, abbreviation, exam codes and provider. */
  search?: string | undefined;
}

export function emphasisOf(certification: Certification, area: EmphasisArea): EmphasisLevel {
  switch (area) {
    case "classical":
      return certification.emphasis.classical;
    case "deep-learning":
      return certification.emphasis.deepLearning;
    case "mlops":
      return certification.emphasis.mlops;
    case "generative-ai":
      return certification.emphasis.generativeAi;
    case "responsible-ai":
      return certification.emphasis.responsibleAi;
  }
}

export function filterCertifications(
  certifications: readonly Certification[],
  filter: CatalogFilter,
): Certification[] {
  const status = filter.status ?? "current";
  const words = (filter.search ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return certifications.filter((cert) => {
    if (status === "current" && !isBookable(cert)) return false;
    if (status !== "current" && status !== "all" && cert.status.value !== status) return false;
    if (filter.provider && cert.provider !== filter.provider) return false;
    if (filter.level && cert.level !== filter.level) return false;
    if (filter.platform && cert.emphasis.platform !== filter.platform) return false;
    if (filter.emphasis && emphasisOf(cert, filter.emphasis) !== "high") return false;
    if (words.length > 0) {
      const haystack = [cert.id, cert.name, cert.abbreviation ?? "", cert.providerName, ...cert.examCodes]
        .join(" ")
        .toLowerCase();
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

export interface StatusNotice {
  bookable: boolean;
  /** One sentence for a banner; null for an active certification with nothing to say. */
  message: string | null;
  successors: Array<{ id: string; name: string }>;
}

/** What a person must know about a certification's status before anything else. */
export function describeStatus(
  certification: Certification,
  byId: ReadonlyMap<string, Certification>,
): StatusNotice {
  const successors = certification.status.successors.map((id) => ({ id, name: byId.get(id)?.name ?? id }));
  const next = successors.length > 0 ? ` Successor: ${successors.map((s) => s.name).join("; ")}.` : "";
  const { value, retiredOn, retiringOn } = certification.status;
  switch (value) {
    case "active":
      return { bookable: true, message: null, successors };
    case "retiring":
      return {
        bookable: true,
        message: `Retiring: the last day to take this exam is ${retiringOn ?? "announced by the vendor"}.${next}`,
        successors,
      };
    case "retired":
      return {
        bookable: false,
        message: `Retired${retiredOn ? ` on ${retiredOn}` : ""}: this exam can no longer be taken.${next}`,
        successors,
      };
    case "program-closed":
      return {
        bookable: false,
        message: `Program closed${retiredOn ? ` (${retiredOn.slice(0, 4)})` : ""}: this certificate can no longer be earned.${next}`,
        successors,
      };
  }
}
