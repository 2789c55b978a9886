/**
 * @module Discrete distributions shown as a Markdown table (values and probabilities in tenths),
 * shared by the expectation and variance models.
 */

import { CertpathError } from "../shared/errors";
import type { Rng } from "../shared/rng";
import { shuffled } from "../shared/rng";
import { fromDecimal, type Q, q, roundQ } from "./rational";

export interface DiscreteDist {
  values: number[];
  probs: Q[];
}

/** k distinct values in [min, max] (ascending) with probabilities in tenths, each at least 0.1. */
export function drawDist(rng: Rng, k: number, min: number, max: number): DiscreteDist | null {
  const pool = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const values = shuffled(rng, pool)
    .slice(0, k)
    .sort((a, b) => a - b);
  // Random composition of 10 into k positive parts: choose k - 1 distinct cut points in 1..9.
  const cuts = shuffled(rng, [1, 2, 3, 4, 5, 6, 7, 8, 9])
    .slice(0, k - 1)
    .sort((a, b) => a - b);
  const bounds = [0, ...cuts, 10];
  const probs = values.map((_, i) => q((bounds[i + 1] as number) - (bounds[i] as number), 10));
  return { values, probs };
}

export function distTable(d: DiscreteDist): string {
  const head = `| $x$ | ${d.values.join(" | ")} |`;
  const rule = `|${"---|".repeat(d.values.length + 1)}`;
  const row = `| $P(X = x)$ | ${d.probs.map((p) => roundQ(p, 1)).join(" | ")} |`;
  return `${head}\n${rule}\n${row}`;
}

export function readDistTable(text: string): DiscreteDist {
  const lines = text.split("\n");
  const cells = (prefix: string): string[] => {
    const line = lines.find((l) => l.startsWith(prefix));
    if (!line) throw new CertpathError("INVALID_ARGUMENT", `no table row ${prefix}`);
    return line
      .slice(prefix.length)
      .split("|")
      .map((c) => c.trim())
      .filter((c) => c !== "");
  };
  const values = cells("| $x$ |").map(Number);
  const probs = cells("| $P(X = x)$ |").map(fromDecimal);
  if (values.length !== probs.length || values.some((v) => !Number.isInteger(v))) {
    throw new CertpathError("INVALID_ARGUMENT", "malformed distribution table");
  }
  return { values, probs };
}
