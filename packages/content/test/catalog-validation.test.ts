/**
 * Each catalog rule has a fixture that breaks it, so a rule that stops working fails a test.
 */
import type { Certification } from "@certpath/core";
import { describe, expect, it } from "vitest";
import { CertificationSchema, type ContentIssue, checkCatalogReferences } from "../src/index";
import { validCertification } from "./fixtures";

function schemaMessages(value: unknown): string[] {
  const parsed = CertificationSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

function referenceIssues(...certs: Certification[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  checkCatalogReferences(certs, issues);
  return issues;
}

describe("certification schema", () => {
  it("accepts the valid fixture", () => {
    expect(schemaMessages(validCertification())).toEqual([]);
  });

  it("rejects a domain whose skill weights do not sum to 100", () => {
    const cert = validCertification();
    cert.blueprint.domains[0] = {
      ...cert.blueprint.domains[0]!,
      skills: { "data-engineering": 70, "cloud-aws": 20 },
    };
    expect(schemaMessages(cert)).toContainEqual(expect.stringContaining("sum to 100"));
  });

  it("rejects an unknown skill id in a blueprint map", () => {
    const cert = validCertification();
    cert.blueprint.domains[1] = { ...cert.blueprint.domains[1]!, skills: { cooking: 100 } as never };
    expect(schemaMessages(cert).join("\n")).toMatch(/blueprint\.domains\.1\.skills/);
  });

  it("rejects a date that does not parse", () => {
    const cert = validCertification({ verifiedAt: "2026-02-30" });
    expect(schemaMessages(cert)).toContainEqual(expect.stringContaining("verifiedAt"));
  });

  it("rejects a fact group without a source", () => {
    const cert = validCertification();
    cert.price = { ...cert.price, sources: [] };
    expect(schemaMessages(cert)).toContainEqual(expect.stringContaining("price.sources"));
  });

  it("rejects an unknown status word and unknown fields", () => {
    const cert = validCertification();
    expect(schemaMessages({ ...cert, status: { ...cert.status, value: "closed" } })).toContainEqual(
      expect.stringContaining("status.value"),
    );
    expect(schemaMessages({ ...cert, colour: "blue" }).join()).toContain("colour");
  });

  it("rejects a source without an absolute URL", () => {
    const cert = validCertification({
      sources: [{ id: "s1", url: "guide.pdf", date: "2026-01-01", kind: "official" }],
    });
    expect(schemaMessages(cert)).toContainEqual(expect.stringContaining("sources.0.url"));
  });
});

describe("catalog references", () => {
  it("accepts a consistent catalog", () => {
    expect(referenceIssues(validCertification())).toEqual([]);
  });

  it("names the file, record and field of a successor that does not exist", () => {
    const cert = validCertification({
      status: {
        ...validCertification().status,
        value: "retired",
        retiredOn: "2026-03-31",
        successors: ["acme-nope"],
      },
    });
    expect(referenceIssues(cert)).toEqual([
      {
        file: "certifications/acme-ml-associate.yaml",
        record: "acme-ml-associate",
        field: "status.successors",
        message: 'unknown certification id "acme-nope"',
      },
    ]);
  });

  it("accepts a successor that exists", () => {
    const successor = validCertification({ id: "acme-ml-engineer" });
    const cert = validCertification({
      status: {
        ...validCertification().status,
        value: "retired",
        retiredOn: "2026-03-31",
        successors: ["acme-ml-engineer"],
      },
    });
    expect(referenceIssues(cert, successor)).toEqual([]);
  });

  it("requires a closing date for retired and closed programs, and none for active ones", () => {
    const retired = validCertification({ status: { ...validCertification().status, value: "retired" } });
    expect(referenceIssues(retired).map((i) => i.field)).toEqual(["status.retiredOn"]);
    const active = validCertification({
      status: { ...validCertification().status, retiredOn: "2026-01-01" },
    });
    expect(referenceIssues(active).map((i) => i.field)).toEqual(["status.retiredOn"]);
  });

  it("rejects a reference to a source id that is not listed", () => {
    const cert = validCertification();
    cert.validity = { ...cert.validity, sources: ["s9"] };
    expect(referenceIssues(cert)).toContainEqual(
      expect.objectContaining({ field: "validity.sources", message: 'unknown source id "s9"' }),
    );
  });

  it("rejects domain weights that cannot sum to 100, allowing one point per domain when approximate", () => {
    const cert = validCertification();
    cert.blueprint.domains[1] = { ...cert.blueprint.domains[1]!, weight: { min: 62, max: 62 } };
    expect(referenceIssues(cert).map((i) => i.field)).toEqual(["blueprint.domains"]);
    cert.blueprint = { ...cert.blueprint, weightsApproximate: true };
    expect(referenceIssues(cert)).toEqual([]);
  });

  it("rejects duplicate domain ids", () => {
    const cert = validCertification();
    cert.blueprint.domains[1] = { ...cert.blueprint.domains[1]!, id: "data" };
    expect(referenceIssues(cert).map((i) => i.message)).toContain("domain ids must be unique");
  });
});
