/**
 * Personas drawn from the guide's advice, against the real catalog (data/certifications via
 * @certpath/content): the expected top choices, the exclusions with their successors, foundations
 * first, and the reasons — and the persona table in docs/algorithms/recommendation.md must be the
 * engine's current output.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CloudMarketSchema, loadCloudMarket, loadContent } from "@certpath/content";
import { describe, expect, it } from "vitest";
import { explainCertification, isBookable } from "../../src/index";
import { personaTable, runPersona, TABLE_END, TABLE_START } from "./persona-table";
import { PERSONA_TODAY, PERSONAS } from "./personas";

const { certifications } = loadContent();
const market = loadCloudMarket();
const byId = new Map(certifications.map((c) => [c.id, c]));
const results = new Map(PERSONAS.map((p) => [p.id, runPersona(p, certifications, market)]));
const resultOf = (id: string) => {
  const result = results.get(id);
  if (!result) throw new Error(`no persona ${id}`);
  return result;
};
const factor = (personaId: string, certId: string, name: string) =>
  resultOf(personaId)
    .recommendations.find((r) => r.id === certId)
    ?.factors.find((f) => f.name === name);

describe("personas: expected top choices", () => {
  it("has at least 12 personas", () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(PERSONAS)("$title → $expectTop", (persona) => {
    const result = resultOf(persona.id);
    const top = result.recommendations[0];
    expect(persona.expectTop).toContain(top?.id);
    for (const id of persona.expectTop3 ?? []) {
      expect(result.recommendations.slice(0, 3).map((r) => r.id)).toContain(id);
    }
    // Never a retired exam, and every factor explained.
    for (const r of result.recommendations) {
      expect(isBookable(byId.get(r.id) ?? ({} as never))).toBe(true);
      for (const f of r.factors) expect(f.explanation.length).toBeGreaterThan(10);
    }
    for (const id of persona.expectExcluded ?? []) {
      const excluded = result.excluded.find((e) => e.id === id);
      expect(excluded, `${id} excluded`).toBeDefined();
      expect(excluded?.successors.map((s) => s.id)).toEqual(byId.get(id)?.status.successors);
    }
    if (persona.expectFoundations) {
      expect(result.foundations.map((f) => f.skill)).toEqual(persona.expectFoundations);
    }
  });
});

describe("personas: the reasons", () => {
  it("AWS shop: the environment factor cites the guide's first rule; MLS-C01 is retired with successors", () => {
    expect(factor("aws-shop-ml-engineer", "aws-mla", "environment")?.explanation).toContain("first rule");
    const mls = resultOf("aws-shop-ml-engineer").excluded.find((e) => e.id === "aws-mls-c01");
    expect(mls?.reason).toContain("Retired on 2026-03-31");
    expect(mls?.successors.map((s) => s.id)).toContain("aws-mla");
  });

  it("Microsoft developer: AI-102 is excluded with AI-103 as its successor", () => {
    const ai102 = resultOf("microsoft-app-developer").excluded.find((e) => e.id === "ms-ai-102");
    expect(ai102?.successors).toEqual([{ id: "ms-ai-103", name: byId.get("ms-ai-103")?.name }]);
    expect(ai102?.reason).toMatch(/ranks #1 for you/);
  });

  it("no cloud: market breadth orders the clouds AWS, Azure, Google Cloud and cites the firm", () => {
    const result = resultOf("no-cloud-data-scientist");
    const rank = (id: string) => result.recommendations.findIndex((r) => r.id === id);
    expect(rank("aws-mla")).toBeLessThan(rank("ms-ai-300"));
    expect(rank("ms-ai-300")).toBeLessThan(rank("google-pmle"));
    const market = factor("no-cloud-data-scientist", "aws-mla", "market");
    expect(market?.weight).toBeGreaterThan(0);
    expect(market?.explanation).toMatch(/Synergy Research Group, Q1 2026/);
  });

  it("newcomer: foundations first, with Python named and the engineering exams cautioned", () => {
    const result = resultOf("newcomer-weak-python");
    expect(result.foundations[0]?.why).toContain("build it before any of them");
    const mla = result.recommendations.find((r) => r.id === "aws-mla");
    expect(mla?.cautions.join(" ")).toContain("Foundations first: build Python");
  });

  it("deep learning: the closed TensorFlow certificate is explained and points to a live option", () => {
    const tf = resultOf("deep-learning-data-scientist").excluded.find(
      (e) => e.id === "tensorflow-developer-certificate",
    );
    expect(tf?.successors).toEqual([]);
    expect(tf?.reason).toContain("No successor was announced");
    expect(tf?.reason).toContain("Closest live option for you");
  });

  it("junior on GCP: PMLE ranks lower than its fit and says the experience bar", () => {
    const result = resultOf("junior-gcp-engineer");
    const pmle = result.recommendations.find((r) => r.id === "google-pmle");
    expect(result.recommendations[0]?.id).not.toBe("google-pmle");
    expect(factor("junior-gcp-engineer", "google-pmle", "experience")?.explanation).toContain(
      "asks for 3+ years in industry, including 1+ year on Google Cloud",
    );
    expect(pmle?.cautions.join(" ")).toContain("ranks lower");
    const senior = resultOf("gcp-production-ml-team").recommendations.find((r) => r.id === "google-pmle");
    expect(senior?.score ?? 0).toBeGreaterThan(pmle?.score ?? 1);
  });

  it("diagnostic: measured abilities give a narrow readiness interval", () => {
    const mla = resultOf("aws-engineer-diagnostic").recommendations.find((r) => r.id === "aws-mla");
    expect((mla?.readiness.high ?? 1) - (mla?.readiness.low ?? 0)).toBeLessThan(0.4);
  });

  it("why not: a retired exam gets its breakdown and the reason it is excluded", () => {
    const persona = PERSONAS.find((p) => p.id === "azure-data-scientist-dp100");
    const why = explainCertification({
      id: "ms-dp-100",
      profile: persona?.profile ?? {},
      certifications,
      market,
      today: PERSONA_TODAY,
    });
    expect(why.bookable).toBe(false);
    expect(why.excluded?.successors.map((s) => s.id)).toEqual(["ms-ai-300"]);
    expect(why.summary).toContain("not recommended");
  });
});

describe("docs/algorithms/recommendation.md", () => {
  it("shows the engine's current persona table (regenerate with generate-table.ts)", () => {
    const doc = readFileSync(
      fileURLToPath(new URL("../../../../docs/algorithms/recommendation.md", import.meta.url)),
      "utf8",
    );
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END) + TABLE_END.length;
    expect(start, "persona-table markers").toBeGreaterThanOrEqual(0);
    expect(doc.slice(start, end), "run: npx tsx packages/core/test/personas/generate-table.ts").toBe(
      personaTable(certifications, market),
    );
  });
});

describe("data/market/cloud-share.yaml", () => {
  it("loads, with a dated primary figure that names its firm, quarter and source", () => {
    const primary = market.figures.find((f) => f.id === market.primary);
    expect(market.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(primary).toMatchObject({ firm: "Synergy Research Group", quarter: "Q1 2026" });
    expect(primary?.shares).toEqual({ aws: 28, azure: 21, gcp: 14 });
    expect(primary?.source.url).toMatch(/^https:/);
  });

  it("rejects a primary that names no figure, and shares above 100%", () => {
    const bad = CloudMarketSchema.safeParse({ ...market, primary: "nope" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["primary"]);
    const first = market.figures[0];
    const over = CloudMarketSchema.safeParse({
      ...market,
      figures: [{ ...first, shares: { aws: 60, azure: 30, gcp: 20 } }],
      primary: first?.id,
    });
    expect(over.success).toBe(false);
  });
});
