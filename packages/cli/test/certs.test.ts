import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/certpath.mjs", import.meta.url));
const certpath = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

interface CertJson {
  id: string;
  name: string;
  provider: string;
  level: string;
  status: string;
  successors: string[];
  validity: { years: number | null };
  sources: Array<{ url: string; date: string }>;
  bookable: boolean;
}

describe("certpath certs", () => {
  it("lists current certifications as JSON with the fields scripts depend on", () => {
    const result = certpath("certs", "list", "--json");
    expect(result.status).toBe(0);
    const list = JSON.parse(result.stdout) as CertJson[];
    expect(list.length).toBeGreaterThan(5);
    for (const cert of list) {
      expect(Object.keys(cert)).toEqual(
        expect.arrayContaining([
          "id",
          "name",
          "provider",
          "level",
          "status",
          "successors",
          "validity",
          "sources",
        ]),
      );
      expect(["active", "retiring"]).toContain(cert.status);
      expect(cert.sources[0]).toMatchObject({
        url: expect.stringMatching(/^https?:/),
        date: expect.any(String),
      });
    }
    expect(list.map((c) => c.id)).not.toContain("aws-mls-c01");
  });

  it("includes retired ones with --status all, never bookable, with their successors", () => {
    const list = JSON.parse(certpath("certs", "list", "--status", "all", "--json").stdout) as CertJson[];
    const mls = list.find((c) => c.id === "aws-mls-c01");
    expect(mls).toMatchObject({ status: "retired", bookable: false });
    expect(mls?.successors.length).toBeGreaterThan(0);
    const tf = list.find((c) => c.id === "tensorflow-developer-certificate");
    expect(tf?.status).toBe("program-closed");
  });

  it("filters by provider and prints a table by default", () => {
    const result = certpath("certs", "list", "--provider", "databricks");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toMatch(/^ID\s+NAME\s+PROVIDER/);
    expect(result.stdout).toContain("databricks-ml-associate");
    expect(result.stdout).not.toContain("google-pmle");
  });

  it("shows one certification with its retirement notice and sources", () => {
    const result = certpath("certs", "show", "ms-ai-102");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("can no longer be taken");
    expect(result.stdout).toContain("Sources:");
  });

  it("answers an unknown id with a suggestion and exit code 2", () => {
    const result = certpath("certs", "show", "google-pml");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Did you mean "google-pmle"?');
  });

  it("compares certifications, and refuses fewer than two", () => {
    const result = certpath(
      "certs",
      "compare",
      "google-pmle",
      "aws-mla",
      "databricks-ml-associate",
      "--json",
    );
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as CertJson[]).map((c) => c.id)).toEqual([
      "google-pmle",
      "aws-mla",
      "databricks-ml-associate",
    ]);
    expect(certpath("certs", "compare", "google-pmle").status).toBe(2);
  });
});

describe("certpath bank stats", () => {
  it("reports items per skill and zero unverified", () => {
    const result = certpath("bank", "stats", "--json");
    expect(result.status).toBe(0);
    const stats = JSON.parse(result.stdout) as {
      items: number;
      bySkill: Record<string, number>;
      unverified: number;
    };
    expect(stats.items).toBeGreaterThanOrEqual(320);
    expect(Object.keys(stats.bySkill)).toHaveLength(16);
    for (const count of Object.values(stats.bySkill)) expect(count).toBeGreaterThanOrEqual(20);
    expect(stats.unverified).toBe(0);
  });
});
