/**
 * @module The short name people use for an exam in sentences: its abbreviation (PMLE), else its
 * first exam code (AI-300), else its full name.
 */
import type { Certification } from "../catalog/certification";

export function shortName(certification: Certification): string {
  return certification.abbreviation ?? certification.examCodes[0] ?? certification.name;
}
