/**
 * A persona: a profile drawn from the guide's advice, with the answer we expect and why.
 */
import type { Profile } from "../../src/index";

export const PERSONA_TODAY = "2026-11-24";

export interface Persona {
  id: string;
  title: string;
  /** The guide's advice this persona tests. */
  advice: string;
  profile: Profile;
  consider?: string[];
  /** The expected first choice, or a set the first choice must come from. */
  expectTop: string[];
  /** Certifications expected in the top 3 (in any order). */
  expectTop3?: string[];
  /** Retired or closed programs expected under `excluded`, with a successor where one exists. */
  expectExcluded?: string[];
  /** Foundation skills expected at the top of the answer (empty = none). */
  expectFoundations?: string[];
}
