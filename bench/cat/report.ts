/** Writes RESULTS.md (readable) and results.json (machine-readable) from the measured rows. */
import { type Condition, fmt, pct, type Row } from "./conditions";

export interface RunInfo {
  date: string;
  machine: string;
  command: string;
  simulees: number;
  jscatMulti: number;
  seconds: number;
  bank: { meanA: number; maxA: number; oracle: number };
}

export interface Section {
  title: string;
  intro: string;
  rows: Row[];
}

function table(rows: readonly Row[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.cells)))];
  const head = `| condition | ${columns.join(" | ")} |`;
  const rule = `|---|${columns.map(() => "---").join("|")}|`;
  const body = rows.map((row) => `| ${row.label} | ${columns.map((c) => row.cells[c] ?? "–").join(" | ")} |`);
  return [head, rule, ...body].join("\n");
}

const find = (
  conditions: readonly Condition[],
  engine: Condition["engine"],
  scenario: Condition["scenario"],
) => conditions.find((c) => c.engine === engine && c.scenario === scenario);

/** The targets of the brief / research notes sec. 5.3, checked against the conditions. */
export function targetChecks(conditions: readonly Condition[], info: RunInfo): string[][] {
  const get = (engine: Condition["engine"], scenario: Condition["scenario"]) =>
    find(conditions, engine, scenario);
  const checks: string[][] = [];
  const verdict = (ok: boolean | null) => (ok === null ? "not run" : ok ? "**met**" : "**missed**");
  const se = get("certpath", "se0.3");
  const jse = get("jscat", "se0.3");
  if (se) {
    checks.push([
      "SE ≤ 0.3 (absolute, set on the research bank): ≤ 21.5 items with RMSE ≤ 0.30",
      `${fmt(se.meanItems)} items, RMSE ${fmt(se.rmse, 3)}`,
      verdict((se.meanItems ?? 99) <= 21.5 && (se.rmse ?? 9) <= 0.3),
    ]);
    const ratio = (se.meanItems ?? 0) / info.bank.oracle;
    const fewer = jse ? 1 - (se.meanItems ?? 0) / (jse.meanItems ?? 1) : null;
    checks.push([
      "SE ≤ 0.3, items relative to this bank: ≤ 1.05 × its oracle floor and ≥ 6% fewer than jsCAT",
      `${fmt(ratio)} × oracle (${fmt(info.bank.oracle)}); ${pct(fewer)} fewer than jsCAT`,
      verdict(ratio <= 1.05 && (fewer === null || fewer >= 0.06)),
    ]);
  }
  const pf = get("certpath", "passfail");
  if (pf) {
    checks.push([
      "pass/fail at θ = 0.5: ≥ 93% correct with ≤ 15 items",
      `${pct(pf.accuracy)} with ${fmt(pf.meanItems)} items`,
      verdict((pf.accuracy ?? 0) >= 0.93 && (pf.meanItems ?? 99) <= 15),
    ]);
  }
  const s3 = get("certpath", "select-3000");
  const s30 = get("certpath", "select-30000");
  if (s3 && s30) {
    checks.push([
      "selection p95 ≤ 1 ms at 3,000 items and ≤ 5 ms at 30,000",
      `${fmt(s3.selectMsP95, 4)} ms / ${fmt(s30.selectMsP95, 4)} ms`,
      verdict((s3.selectMsP95 ?? 9) <= 1 && (s30.selectMsP95 ?? 9) <= 5),
    ]);
  }
  const m = get("certpath", "multi12-se0.4");
  const ms = get("certpath-separate", "multi12-se0.4");
  if (m && ms) {
    const saving = 1 - (m.meanItems ?? 0) / (ms.meanItems ?? 1);
    checks.push([
      "12 skills at SE 0.4: ≥ 20% fewer items than 12 separate CATs",
      `${fmt(m.meanItems, 1)} vs ${fmt(ms.meanItems, 1)} items: ${pct(saving)} fewer`,
      verdict(saving >= 0.2),
    ]);
  }
  const t = get("certpath", "target-exam");
  if (t) {
    checks.push([
      "target certification: every domain classified at ≥ 90% accuracy with ≤ 25 questions",
      `${fmt(t.meanItems, 1)} questions, ${pct(t.accuracy)} of domain decisions correct`,
      verdict((t.meanItems ?? 99) <= 25 && (t.accuracy ?? 0) >= 0.9),
    ]);
  }
  return checks;
}

/**
 * certpath vs jsCAT per scenario. `subsetItems` replaces certpath's mean items where jsCAT ran on
 * fewer simulees, so both numbers come from the same simulees.
 */
function ratios(
  conditions: readonly Condition[],
  subsetItems: Partial<Record<Condition["scenario"], number>>,
): string {
  const lines = ["| scenario | metric | certpath | jsCAT | certpath ÷ jsCAT |", "|---|---|---|---|---|"];
  for (const scenario of [
    "se0.3",
    "passfail",
    "select-300",
    "select-3000",
    "select-30000",
    "multi12-se0.4",
  ] as const) {
    const ours = find(conditions, "certpath", scenario);
    const theirs = find(conditions, "jscat", scenario);
    if (!ours || !theirs) continue;
    const metric = scenario.startsWith("select") ? "selectMsP95" : "meanItems";
    const a = metric === "meanItems" ? (subsetItems[scenario] ?? ours.meanItems) : ours[metric];
    const b = theirs[metric];
    const digits = metric === "selectMsP95" ? 4 : 2;
    const ratio = a !== null && b !== null && b !== 0 ? a / b : null;
    const extra =
      scenario === "passfail" ? ` (accuracy ${pct(ours.accuracy)} vs ${pct(theirs.accuracy)})` : "";
    lines.push(
      `| ${scenario} | ${metric === "selectMsP95" ? "select p95 (ms)" : "mean items"}${extra} | ${fmt(a, digits)} | ${fmt(b, digits)} | ${ratio === null ? "–" : ratio < 0.01 ? `1/${Math.round(1 / ratio).toLocaleString("en-US")}` : fmt(ratio, 3)} |`,
    );
  }
  return lines.join("\n");
}

export function renderMarkdown(
  info: RunInfo,
  sections: readonly Section[],
  conditions: readonly Condition[],
  notes: string,
  subsetItems: Partial<Record<Condition["scenario"], number>> = {},
): string {
  const checks = targetChecks(conditions, info);
  return `# Adaptive-testing benchmark: certpath vs jsCAT

Generated by \`bench/cat/run.ts\`; numbers below are copied from this run only (also in \`results.json\`).

- **Date:** ${info.date}
- **Machine:** ${info.machine}
- **Command:** \`${info.command}\` (${fmt(info.seconds / 60, 1)} min)
- **Design:** seed 20240601, common random numbers (every engine sees the same banks, simulees and
  response coins), ${info.simulees.toLocaleString("en-US")} simulees per scenario (jsCAT in the 12-skill scenario: ${info.jscatMulti}).
- **U1 bank:** 300 2PL items, a ~ LogNormal(0, 0.3), b ~ N(0, 1) (all a's drawn, then all b's):
  realised mean a ${fmt(info.bank.meanA, 3)}, max a ${fmt(info.bank.maxA, 2)}; oracle floor ${fmt(info.bank.oracle, 2)} items
  (research bank: mean a 1.02, max 2.18, oracle 20.7).
- **Engines:** certpath = \`@certpath/core\` used through its public session API, default options unless
  stated; jsCAT = \`@bdelab/jscat\` 5.2.3, EAP, MFI selection, N(0, 1) prior on [−6, 6].

## Targets

| target | measured | verdict |
|---|---|---|
${checks.map((row) => `| ${row.join(" | ")} |`).join("\n")}

## certpath vs jsCAT, side by side

${ratios(conditions, subsetItems)}

${sections.map((section) => `## ${section.title}\n\n${section.intro}\n\n${table(section.rows)}\n`).join("\n")}
## Notes

${notes}
`;
}

export function renderJson(info: RunInfo, conditions: readonly Condition[]): string {
  return `${JSON.stringify({ date: info.date, machine: info.machine, command: info.command, conditions }, null, 2)}\n`;
}
