/**
 * @module `certpath bank stats|verify|lock`: the item bank's coverage, and the proof of its keys.
 */
import {
  checkLock,
  computeBankStats,
  loadContent,
  pythonVersions,
  readLock,
  readVerificationRecord,
  updateLock,
  verdictsFromRecord,
  verifyItems,
  writeVerificationRecord,
} from "@certpath/content";
import { ITEM_TIERS, SKILL_IDS } from "@certpath/core";
import { ConfigError, loadConfig, openDatabase, runCalibration, runMigrations } from "@certpath/server";
import type { Command } from "commander";
import { renderTable } from "../format/table";
import { UsageError } from "../usage-error";

export function registerBank(program: Command): void {
  const bank = program.command("bank").description("the item bank behind the diagnostic");

  bank
    .command("stats")
    .description("items per skill, format and tier; verified vs unverified")
    .option("--json", 'print {"items", "bySkill", "byFormat", "byTier", "unverified", ...}')
    .action((options: { json?: boolean }) => {
      const content = loadContent();
      const record = readVerificationRecord(content.dataDir);
      const stats = computeBankStats(content.items, verdictsFromRecord(content.items, record));
      if (options.json) {
        console.log(
          JSON.stringify(
            { ...stats, verifiedOn: record?.verifiedOn ?? null, versions: record?.versions ?? null },
            null,
            2,
          ),
        );
        return;
      }
      console.log(
        renderTable(
          ["SKILL", "ITEMS", ...ITEM_TIERS.map((t) => t.toUpperCase())],
          SKILL_IDS.map((skill) => [
            skill,
            String(stats.bySkill[skill] ?? 0),
            ...ITEM_TIERS.map((tier) => String(stats.bySkillAndTier[skill]?.[tier] ?? 0)),
          ]),
        ),
      );
      console.log(
        `\n${stats.items} items · ${Object.entries(stats.byFormat)
          .map(([format, n]) => `${n} ${format}`)
          .join(" · ")}`,
      );
      console.log(
        `${stats.verified} verified, ${stats.unverified} unverified${record ? ` (last verified ${record.verifiedOn})` : " (run certpath bank verify)"}`,
      );
    });

  bank
    .command("verify")
    .description("run every code item and solution on Python, regenerate math items, check sources")
    .option("--skill <id>", "only this skill")
    .option("--python <path>", "Python interpreter (default: /usr/bin/python3 or $CERTPATH_PYTHON)")
    .option("--json", "print the verdicts as JSON")
    .option("--no-record", "do not update data/items/verified-with.json")
    .action(async (options: { skill?: string; python?: string; json?: boolean; record: boolean }) => {
      const content = loadContent();
      if (options.skill && !(SKILL_IDS as readonly string[]).includes(options.skill)) {
        throw new UsageError(`unknown skill "${options.skill}"; skills: ${SKILL_IDS.join(", ")}`);
      }
      const items = options.skill ? content.items.filter((i) => i.skill === options.skill) : content.items;
      const lockProblems = checkLock(items, readLock(content.dataDir));
      const progress = process.stderr.isTTY && !options.json;
      const verdicts = await verifyItems(items, {
        ...(options.python ? { python: options.python } : {}),
        onProgress: progress
          ? (done, total) => process.stderr.write(`\rverifying ${done}/${total}`)
          : undefined,
      });
      if (progress) process.stderr.write("\n");
      const failed = verdicts.filter((v) => !v.ok);
      const versions = pythonVersions(options.python);
      if (options.record && !options.skill) {
        writeVerificationRecord(
          content.dataDir,
          items,
          verdicts,
          versions,
          new Date().toISOString().slice(0, 10),
        );
      }
      if (options.json) {
        console.log(JSON.stringify({ versions, verdicts, lockProblems }, null, 2));
      } else {
        for (const verdict of failed) {
          console.log(
            `FAIL ${verdict.id} (${verdict.kind})\n${verdict.problems.map((p) => `  - ${p}`).join("\n")}`,
          );
        }
        for (const problem of lockProblems)
          console.log(`FAIL ${problem.id} (version)\n  - ${problem.message}`);
        const byKind = new Map<string, number>();
        for (const v of verdicts) byKind.set(v.kind, (byKind.get(v.kind) ?? 0) + 1);
        const kinds = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(", ");
        console.log(
          `${verdicts.length - failed.length} of ${verdicts.length} items verified (${kinds}); ${failed.length + lockProblems.length} problems.`,
        );
        console.log(
          `Checked with ${Object.entries(versions)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ")}.`,
        );
      }
      if (failed.length > 0 || lockProblems.length > 0) process.exitCode = 1;
    });

  bank
    .command("calibrate")
    .description("re-estimate item parameters and skill correlations from stored diagnostic answers")
    .option(
      "-d, --data-dir <dir>",
      "embedded database directory (default: $CERTPATH_DATA_DIR or ./.certpath)",
    )
    .option("--json", "print the calibration summary as JSON")
    .action(async (options: { dataDir?: string; json?: boolean }) => {
      const env = { ...process.env, ...(options.dataDir ? { CERTPATH_DATA_DIR: options.dataDir } : {}) };
      let config: ReturnType<typeof loadConfig>;
      try {
        config = loadConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        pgliteTemplateDir: config.pgliteTemplateDir,
      });
      try {
        await runMigrations(database);
        const stored = await runCalibration(database.db, loadContent().items);
        const estimated = stored.result.items.filter((i) => !i.provisional).length;
        const summary = {
          id: stored.id,
          responses: stored.responses,
          people: stored.people,
          itemsEstimated: estimated,
          itemsProvisional: stored.result.items.length - estimated,
          converged: stored.result.converged,
          iterations: stored.result.iterations,
        };
        if (options.json) console.log(JSON.stringify(summary, null, 2));
        else
          console.log(
            `Calibrated from ${summary.responses} answers by ${summary.people} diagnostic sessions: ${estimated} items estimated, ${summary.itemsProvisional} still provisional (fewer than 30 answers each). Servers use it from their next start.`,
          );
      } finally {
        await database.close();
      }
    });

  bank
    .command("lock")
    .description("pin each item's version and question hash in data/items/versions.json")
    .action(() => {
      const content = loadContent();
      try {
        const { added, bumped } = updateLock(content.dataDir, content.items);
        console.log(`versions.json: ${added} added, ${bumped} bumped, ${content.items.length} pinned.`);
      } catch (error) {
        throw new UsageError(`edit without a version bump:\n${(error as Error).message}`);
      }
    });
}
