/**
 * @module `certpath recommend --profile FILE`: the ranked, explained recommendation for a profile
 * file (the same JSON the API takes as `profile`), as text, or as the API's JSON contract with
 * --json. A missing file, bad JSON or an invalid profile is a usage error (exit 2) naming the field.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CLOUD_MARKET_FILE, loadCloudMarket, loadContent } from "@certpath/content";
import {
  CertpathError,
  type CloudMarket,
  isIsoDate,
  type Profile,
  type Recommendation,
  type RecommendationResult,
  recommend,
} from "@certpath/core";
import { ProfileSchema } from "@certpath/server";
import type { Command } from "commander";
import { UsageError } from "../usage-error";

/** Reads and validates a profile file; every problem becomes a UsageError naming file and field. */
export function readProfileFile(file: string): Profile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read profile file "${file}"${code === "ENOENT" ? ": no such file" : code ? ` (${code})` : ""}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`profile file "${file}" is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = issue.path.map(String).join(".");
      return field ? `${field}: ${issue.message}` : issue.message;
    });
    throw new UsageError(`invalid profile in "${file}": ${problems.join("; ")}`);
  }
  return parsed.data;
}

function market(dataDir: string): CloudMarket | null {
  return existsSync(path.join(dataDir, CLOUD_MARKET_FILE)) ? loadCloudMarket(dataDir) : null;
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

function readinessLine(r: Recommendation): string {
  const { passProbability: p, low, high, hoursToReady } = r.readiness;
  const pass =
    p === null || low === null || high === null
      ? "pass chance: not enough evidence"
      : `pass chance now ${pct(p)} (likely ${pct(low)}–${pct(high)})`;
  return `${pass} · about ${hoursToReady} hours to ready`;
}

/** The answer as plain text: foundations first, then the top choices with their reasons. */
export function renderRecommendation(result: RecommendationResult, top: number): string {
  const lines: string[] = [];
  if (result.foundations.length > 0) {
    lines.push("Foundations first — build these before any of the exams below:");
    for (const f of result.foundations)
      lines.push(`  - ${f.skill}: level ${f.current} now, ${f.needed} needed. ${f.why}`);
    lines.push("");
  }
  const shown = result.recommendations.slice(0, top);
  if (shown.length === 0) lines.push("No bookable certification in the catalog.");
  shown.forEach((r, index) => {
    lines.push(`${index + 1}. ${r.name} (${r.id}) — score ${r.score.toFixed(2)}`);
    lines.push(`   ${readinessLine(r)}`);
    const reasons = r.factors
      .filter((f) => f.weight > 0 && f.name !== "readiness")
      .sort((a, b) => b.weight * b.value - a.weight * a.value);
    for (const f of reasons) lines.push(`   ${f.value >= 0.5 ? "+" : "-"} ${f.name}: ${f.explanation}`);
    for (const caution of r.cautions) lines.push(`   ! ${caution}`);
    lines.push("");
  });
  if (result.recommendations.length > shown.length) {
    lines.push(
      `(${result.recommendations.length - shown.length} more: --top ${result.recommendations.length} or --json)`,
    );
  }
  if (result.excluded.length > 0) {
    lines.push("Not recommended:");
    for (const e of result.excluded) lines.push(`  - ${e.name} (${e.id}): ${e.reason}`);
  }
  return lines.join("\n").trimEnd();
}

export function registerRecommend(program: Command): void {
  program
    .command("recommend")
    .description("rank and explain certifications for a profile (JSON file, same shape as the API's)")
    .requiredOption("--profile <file>", "profile JSON file")
    .option("--json", "print the API's JSON contract: { recommendations, excluded, foundations }")
    .option("--consider <ids...>", "certification ids to explain even when retired")
    .option("--top <n>", "how many to show as text (default 5)", "5")
    .option("--today <date>", "count time from this date (YYYY-MM-DD) instead of today")
    .action(
      (options: { profile: string; json?: boolean; consider?: string[]; top: string; today?: string }) => {
        const top = Number(options.top);
        if (!Number.isInteger(top) || top < 1)
          throw new UsageError(`--top must be a whole number of 1 or more`);
        if (options.today !== undefined && !isIsoDate(options.today)) {
          throw new UsageError(`--today must be a date as YYYY-MM-DD, got "${options.today}"`);
        }
        const profile = readProfileFile(options.profile);
        const content = loadContent();
        let result: RecommendationResult;
        try {
          result = recommend({
            profile,
            certifications: content.certifications,
            market: market(content.dataDir),
            today: options.today ?? new Date().toISOString().slice(0, 10),
            consider: options.consider,
          });
        } catch (error) {
          if (error instanceof CertpathError && error.code !== "INVARIANT") {
            throw new UsageError(`${error.message} (certpath certs list --status all shows every id)`);
          }
          throw error;
        }
        console.log(options.json ? JSON.stringify(result, null, 2) : renderRecommendation(result, top));
      },
    );
}
