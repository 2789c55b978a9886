/**
 * @module `certpath certs list|show|compare`: the catalog from data/, as a table or as JSON for
 * scripts. JSON records keep the catalog's field names, with `status` flattened to its word and
 * `successors` lifted to the top, because scripts depend on those names.
 */

import { loadContent } from "@certpath/content";
import {
  CERTIFICATION_LEVELS,
  CERTIFICATION_STATUSES,
  type Certification,
  describeStatus,
  filterCertifications,
  PROVIDERS,
  suggestClosest,
} from "@certpath/core";
import { type Command, Option } from "commander";
import { formatUsd } from "../format/money";
import { renderTable } from "../format/table";
import { UsageError } from "../usage-error";

export function toCertificationJson(cert: Certification, byId: ReadonlyMap<string, Certification>) {
  const notice = describeStatus(cert, byId);
  return {
    ...cert,
    status: cert.status.value,
    statusDetail: cert.status,
    successors: cert.status.successors,
    bookable: notice.bookable,
    notice: notice.message,
  };
}

function findOrFail(id: string, byId: ReadonlyMap<string, Certification>): Certification {
  const cert = byId.get(id);
  if (cert) return cert;
  const suggestion = suggestClosest(id, [...byId.keys()]);
  throw new UsageError(
    `unknown certification "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ""} (certpath certs list --status all shows every id)`,
  );
}

function validityText(cert: Certification): string {
  return cert.validity.years === null ? "no expiry" : `${cert.validity.years} y`;
}

function catalog() {
  const content = loadContent();
  const byId = new Map(content.certifications.map((c) => [c.id, c]));
  return { certifications: content.certifications, byId };
}

export function registerCerts(program: Command): void {
  const certs = program.command("certs").description("browse the certification catalog");

  certs
    .command("list")
    .description("list certifications (current ones unless --status says otherwise)")
    .addOption(
      new Option("--status <status>", "current, all, or one status").choices([
        "current",
        "all",
        ...CERTIFICATION_STATUSES,
      ]),
    )
    .addOption(new Option("--provider <provider>", "only this provider").choices([...PROVIDERS]))
    .addOption(new Option("--level <level>", "only this level").choices([...CERTIFICATION_LEVELS]))
    .option("--search <words>", "match name, id, abbreviation or exam code")
    .option("--json", "print a JSON array of records")
    .action(
      (options: { status?: string; provider?: string; level?: string; search?: string; json?: boolean }) => {
        const { certifications, byId } = catalog();
        const list = filterCertifications(certifications, {
          status: options.status as never,
          provider: options.provider as never,
          level: options.level as never,
          search: options.search,
        });
        if (options.json) {
          console.log(
            JSON.stringify(
              list.map((c) => toCertificationJson(c, byId)),
              null,
              2,
            ),
          );
          return;
        }
        if (list.length === 0) {
          console.log("No certifications match. Try --status all to include retired ones.");
          return;
        }
        console.log(
          renderTable(
            ["ID", "NAME", "PROVIDER", "LEVEL", "STATUS", "PRICE", "VALID"],
            list.map((c) => [
              c.id,
              c.name,
              c.providerName,
              c.level,
              c.status.value,
              formatUsd(c.price.amountUsd),
              validityText(c),
            ]),
          ),
        );
      },
    );

  certs
    .command("show")
    .description("one certification: status, format, price, validity, blueprint and sources")
    .argument("<id>", "certification id")
    .option("--json", "print the record as JSON")
    .action((id: string, options: { json?: boolean }) => {
      const { byId } = catalog();
      const cert = findOrFail(id, byId);
      if (options.json) {
        console.log(JSON.stringify(toCertificationJson(cert, byId), null, 2));
        return;
      }
      const notice = describeStatus(cert, byId);
      const lines = [
        `${cert.name} (${cert.id})`,
        `Provider: ${cert.providerName} · Level: ${cert.level} · Status: ${cert.status.value} (as of ${cert.status.asOf})`,
      ];
      if (notice.message) lines.push(`!! ${notice.message}`);
      lines.push(
        `Format: ${cert.format.questions ? `${cert.format.questions.min}${cert.format.questions.max !== cert.format.questions.min ? `–${cert.format.questions.max}` : ""} questions` : "questions unpublished"}, ${cert.format.minutes ?? "?"} minutes, ${cert.format.handsOn ? "hands-on" : "no hands-on tasks"}`,
        `Price: ${formatUsd(cert.price.amountUsd)} · Validity: ${validityText(cert)} · Renewal: ${cert.validity.renewal.text}`,
        `Experience: ${cert.experience.text}`,
        "",
        `Blueprint (${cert.blueprint.version}):`,
        renderTable(
          ["DOMAIN", "WEIGHT"],
          cert.blueprint.domains.map((d) => [
            d.name,
            d.weight.min === d.weight.max ? `${d.weight.min}%` : `${d.weight.min}–${d.weight.max}%`,
          ]),
        ),
        "",
        "Sources:",
        ...cert.sources.map((s) => `  [${s.id}] ${s.url} (${s.date})`),
        `Verified ${cert.verifiedAt} · confidence ${cert.confidence}`,
      );
      console.log(lines.join("\n"));
    });

  certs
    .command("compare")
    .description("two to four certifications side by side")
    .argument("<ids...>", "2 to 4 certification ids")
    .option("--json", "print a JSON array of the records")
    .action((ids: string[], options: { json?: boolean }) => {
      const unique = [...new Set(ids)];
      if (unique.length < 2 || unique.length > 4) throw new UsageError("compare needs 2 to 4 different ids");
      const { byId } = catalog();
      const picked = unique.map((id) => findOrFail(id, byId));
      if (options.json) {
        console.log(
          JSON.stringify(
            picked.map((c) => toCertificationJson(c, byId)),
            null,
            2,
          ),
        );
        return;
      }
      const row = (label: string, value: (c: Certification) => string) => [label, ...picked.map(value)];
      console.log(
        renderTable(
          ["", ...picked.map((c) => c.id)],
          [
            row("provider", (c) => c.providerName),
            row("level", (c) => c.level),
            row("status", (c) => c.status.value),
            row("price", (c) => formatUsd(c.price.amountUsd)),
            row("minutes", (c) => String(c.format.minutes ?? "?")),
            row("hands-on", (c) => (c.format.handsOn ? "yes" : "no")),
            row("validity", validityText),
            row("platform", (c) => c.emphasis.platform),
            row("deep learning", (c) => c.emphasis.deepLearning),
            row("mlops", (c) => c.emphasis.mlops),
            row("generative AI", (c) => c.emphasis.generativeAi),
            row("domains", (c) => String(c.blueprint.domains.length)),
          ],
        ),
      );
    });
}
