/**
 * Growth: how the core algorithms' time grows with the data, called directly (no HTTP, no DB).
 *  - recommendation (recommend) and planning (createPlan) vs catalog size, 18 real certifications
 *    up to 1,000 (synthetic ones are clones of the real ones under new ids);
 *  - the team skills matrix (buildSkillsMatrix) and team plan (buildTeamPlan) vs team size.
 * Writes RESULTS.md, results.json and growth.svg (a hand-written line chart) beside this file.
 *
 *   npm run bench:growth               median of ≥ 7 calls (≥ 1 s) per point
 *   npm run bench:growth -- --quick    median of ≥ 3 calls per point, fewer sizes
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { loadCloudMarket, loadContent, loadPlanningContent } from "@certpath/content";
import {
  buildSkillsMatrix,
  buildTeamPlan,
  type Certification,
  createPlan,
  type Profile,
  recommend,
  SKILL_IDS,
} from "@certpath/core";
import { machine, now, PROFILE, ROOT, table, writeJson } from "../api/common";
import { lineChart } from "./chart";

const quick = process.argv.includes("--quick");
const CATALOG_SIZES = quick ? [18, 100, 500, 1000] : [18, 50, 100, 250, 500, 750, 1000];
const TEAM_SIZES = quick ? [5, 100, 1000] : [5, 25, 100, 250, 500, 1000];
const MIN_CALLS = quick ? 3 : 7;
const MIN_MS = quick ? 200 : 1000;
const TODAY = "2026-11-24";
const here = path.join(ROOT, "bench/growth");

const content = loadContent();
const market = loadCloudMarket();
const projects = loadPlanningContent(undefined, content.certifications).projects;
const profile = PROFILE as Profile;

/** The real catalog plus clones under new ids, up to `size` (references still point at real ids). */
function catalogOf(size: number): Certification[] {
  const real = content.certifications;
  const out = [...real];
  for (let i = 0; out.length < size; i++) {
    const base = real[i % real.length] as Certification;
    out.push({ ...base, id: `${base.id}-syn-${i}`, name: `${base.name} (synthetic ${i})` });
  }
  return out.slice(0, size);
}

/** Median wall time of one call, in ms, over at least MIN_CALLS calls and MIN_MS. */
function time(work: () => unknown): number {
  work(); // warm-up: JIT and caches
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < MIN_CALLS || performance.now() - start < MIN_MS) {
    const t = performance.now();
    work();
    samples.push(performance.now() - t);
    if (samples.length >= 200) break;
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const catalogRows: Array<{ size: number; recommendMs: number; planMs: number }> = [];
for (const size of CATALOG_SIZES) {
  const catalog = catalogOf(size);
  const certification = catalog.find((c) => c.id === "aws-mla") as Certification;
  const recommendMs = time(() => recommend({ certifications: catalog, market, today: TODAY, profile }));
  const planMs = time(() =>
    createPlan({
      profile,
      certification,
      catalog,
      projects,
      today: TODAY,
      constraints: {
        hoursPerWeek: 6,
        weekdays: ["mon", "wed", "sat"],
        startDate: "2026-11-30",
        targetDate: null,
        blackoutWeeks: [],
        overrides: {},
      },
    }),
  );
  catalogRows.push({ size, recommendMs, planMs });
  console.log(`catalog ${size}: recommend ${recommendMs.toFixed(2)} ms, plan ${planMs.toFixed(2)} ms`);
}

/** A team of `size` people with ratings on every skill, a diagnostic for every third, and plans. */
function teamOf(size: number) {
  const members = Array.from({ length: size }, (_, i) => ({
    memberId: `m${i}`,
    name: `Member ${i}`,
    profile: {
      skills: Object.fromEntries(SKILL_IDS.map((s, j) => [s, (i + j) % 5])),
      ...(i % 3 === 0
        ? {
            assessment: {
              abilities: Object.fromEntries(
                SKILL_IDS.map((s, j) => [s, { theta: ((i + j) % 7) / 3 - 1, se: 0.4 }]),
              ),
            },
          }
        : {}),
    },
  }));
  const plans = members.map((m, i) => ({
    memberId: m.memberId,
    name: m.name,
    plans: [
      {
        planId: `p${i}`,
        certificationId: content.certifications[i % content.certifications.length]?.id as string,
        examDate: "2027-03-01",
      },
    ],
    credentials: [],
  }));
  return { members, plans };
}

const catalogMap = new Map(content.certifications.map((c) => [c.id, c]));
const teamRows: Array<{ size: number; matrixMs: number; teamPlanMs: number }> = [];
for (const size of TEAM_SIZES) {
  const team = teamOf(size);
  const matrixMs = time(() => buildSkillsMatrix(team.members, "all"));
  const teamPlanMs = time(() =>
    buildTeamPlan({ members: team.plans, catalog: catalogMap, allowanceUsd: 10_000, today: TODAY }),
  );
  teamRows.push({ size, matrixMs, teamPlanMs });
  console.log(`team ${size}: matrix ${matrixMs.toFixed(3)} ms, team plan ${teamPlanMs.toFixed(3)} ms`);
}

const svg = lineChart({
  title: "Core time per call vs data size (median, ms)",
  panels: [
    {
      xLabel: "certifications in the catalog",
      series: [
        { name: "recommend (whole catalog)", points: catalogRows.map((r) => [r.size, r.recommendMs]) },
        { name: "createPlan (one certification)", points: catalogRows.map((r) => [r.size, r.planMs]) },
      ],
    },
    {
      xLabel: "people in the team",
      series: [
        { name: "buildSkillsMatrix", points: teamRows.map((r) => [r.size, r.matrixMs]) },
        { name: "buildTeamPlan", points: teamRows.map((r) => [r.size, r.teamPlanMs]) },
      ],
    },
  ],
});
writeFileSync(path.join(here, quick ? "growth.quick.svg" : "growth.svg"), svg);

const first = catalogRows[0] as (typeof catalogRows)[number];
const last = catalogRows.at(-1) as (typeof catalogRows)[number];
const info = {
  date: now(),
  machine: machine(),
  command: `npm run bench:growth${quick ? " -- --quick" : ""}`,
};
const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(2));
const markdown = `# bench/growth results${quick ? " (quick)" : ""}

- **Date:** ${info.date}
- **Machine:** ${info.machine}
- **Command:** \`${info.command}\`; median of ≥ ${MIN_CALLS} calls and ≥ ${MIN_MS} ms per point, after one warm-up call.

![growth chart](${quick ? "growth.quick.svg" : "growth.svg"})

## Catalog size (${first.size} real certifications, then synthetic clones)

${table(
  ["certifications", "recommend ms", "ms per certification", "createPlan ms"],
  catalogRows.map((r) => [r.size, fmt(r.recommendMs), fmt(r.recommendMs / r.size), fmt(r.planMs)]),
)}

From ${first.size} to ${last.size} certifications (×${(last.size / first.size).toFixed(1)}): recommend ×${(last.recommendMs / first.recommendMs).toFixed(1)}, createPlan ×${(last.planMs / first.planMs).toFixed(1)}.

## Team size

${table(
  ["people", "buildSkillsMatrix ms", "buildTeamPlan ms"],
  teamRows.map((r) => [r.size, fmt(r.matrixMs), fmt(r.teamPlanMs)]),
)}
`;
writeFileSync(path.join(here, `RESULTS${quick ? ".quick" : ""}.md`), markdown);
writeJson(path.join(here, `results${quick ? ".quick" : ""}.json`), {
  ...info,
  catalog: catalogRows,
  team: teamRows,
});
console.log(`\n${markdown}`);
