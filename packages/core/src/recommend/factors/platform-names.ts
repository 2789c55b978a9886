/**
 * @module Plain names for platforms in explanations.
 */
import type { Platform } from "../../catalog/certification";

const NAMES: Record<Platform | "none", string> = {
  aws: "AWS",
  azure: "Azure",
  gcp: "Google Cloud",
  databricks: "Databricks",
  nvidia: "NVIDIA's stack",
  none: "no single platform",
};

export function platformName(platform: Platform | "none"): string {
  return NAMES[platform];
}

export function years(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return `${rounded} year${rounded === 1 ? "" : "s"}`;
}

/** A requirement in words: "6+ months", "1+ year", "3+ years". */
export function atLeast(n: number): string {
  if (n < 1) return `${Math.round(n * 12)}+ months`;
  return `${n}+ year${n === 1 ? "" : "s"}`;
}
