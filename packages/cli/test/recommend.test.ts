import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/certpath.mjs", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "certpath-recommend-"));

function file(name: string, text: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

function certpath(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

const awsEngineer = file(
  "aws.json",
  JSON.stringify({
    experienceYears: 4,
    currentRole: "ml-engineer",
    clouds: [{ platform: "aws", years: 3 }],
    focus: "mlops",
    skills: {
      python: 3,
      "classical-ml": 3,
      mlops: 3,
      "cloud-aws": 3,
      "data-engineering": 2,
      "data-wrangling": 3,
    },
  }),
);

describe("certpath recommend", () => {
  it("prints the top choices with reasons, and explains a retired exam asked about", () => {
    const result = certpath(
      "recommend",
      "--profile",
      awsEngineer,
      "--today",
      "2026-11-24",
      "--consider",
      "aws-mls-c01",
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^1\. AWS Certified Machine Learning Engineer - Associate \(aws-mla\)/);
    expect(result.stdout).toContain("first rule");
    expect(result.stdout).toContain("Not recommended:");
    expect(result.stdout).toContain("aws-mls-c01");
    expect(result.stdout).toContain("Retired on 2026-03-31");
  });

  it("prints the JSON contract with --json", () => {
    const result = certpath("recommend", "--profile", awsEngineer, "--json", "--today", "2026-11-24");
    expect(result.status).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(Object.keys(body).sort()).toEqual(["excluded", "foundations", "recommendations"]);
    expect(body.recommendations[0].id).toBe("aws-mla");
    expect(body.recommendations[0].factors[0]).toEqual({
      name: "readiness",
      value: expect.any(Number),
      weight: expect.any(Number),
      explanation: expect.any(String),
    });
  });

  it("puts foundations first for weak Python", () => {
    const weak = file(
      "weak.json",
      JSON.stringify({ targetRole: "ml-engineer", clouds: [], skills: { python: 0 } }),
    );
    const result = certpath("recommend", "--profile", weak, "--today", "2026-11-24");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toContain("Foundations first");
    expect(result.stdout).toContain("python: level 0 now, 2 needed");
  });

  it("rejects a missing file, bad JSON and an invalid profile with exit 2, naming the problem", () => {
    const missing = certpath("recommend", "--profile", path.join(dir, "nope.json"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file");

    const badJson = certpath("recommend", "--profile", file("bad.json", "{ not json"));
    expect(badJson.status).toBe(2);
    expect(badJson.stderr).toContain("is not valid JSON");

    const invalid = certpath(
      "recommend",
      "--profile",
      file(
        "invalid.json",
        JSON.stringify({ skills: { python: 9 }, clouds: [{ platform: "oracle", years: 1 }] }),
      ),
    );
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain("skills.python");
    expect(invalid.stderr).toContain("clouds.0.platform");

    const unknownField = certpath(
      "recommend",
      "--profile",
      file("extra.json", JSON.stringify({ colour: "blue" })),
    );
    expect(unknownField.status).toBe(2);
    expect(unknownField.stderr).toContain("colour");
  });

  it("rejects an unknown id in --consider with a suggestion, exit 2", () => {
    const result = certpath("recommend", "--profile", awsEngineer, "--consider", "aws-mls-c1");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Did you mean "aws-mls-c01"');
  });

  it("requires --profile", () => {
    const result = certpath("recommend");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--profile");
  });
});
