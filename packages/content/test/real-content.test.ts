/**
 * The content in data/ as shipped: it loads without a single issue, and the facts the product
 * promises to get right are right.
 */
import { ITEM_TIERS, SKILL_IDS } from "@certpath/core";
import { describe, expect, it } from "vitest";
import { checkLock, loadContent, questionHash, readLock, readVerificationRecord } from "../src/index";

const content = loadContent();
const byId = new Map(content.certifications.map((c) => [c.id, c]));

describe("catalog (data/certifications)", () => {
  it("has all 18 researched certifications", () => {
    expect(content.certifications).toHaveLength(18);
  });

  it("records the true status of the five founding certifications as of 2026-11", () => {
    const pmle = byId.get("google-pmle");
    expect(pmle?.status.value).toBe("active");
    expect(pmle?.blueprint.effectiveFrom).toBe("2026-06-01");

    const mls = byId.get("aws-mls-c01");
    expect(mls?.status.value).toBe("retired");
    expect(mls?.status.retiredOn).toBe("2026-03-31");
    expect(mls?.status.successors.length).toBeGreaterThan(0);

    const ai102 = byId.get("ms-ai-102");
    expect(ai102?.status.value).toBe("retired");
    expect(ai102?.status.retiredOn).toBe("2026-06-30");
    expect(ai102?.status.successors).toContain("ms-ai-103");

    const tf = byId.get("tensorflow-developer-certificate");
    expect(tf?.status.value).toBe("program-closed");
    expect(tf?.status.retiredOn?.slice(0, 4)).toBe("2024");

    expect(byId.get("databricks-ml-associate")?.status.value).toBe("active");
  });

  it("gives every successor of a closed exam a bookable record", () => {
    for (const cert of content.certifications) {
      for (const successor of cert.status.successors) {
        expect(["active", "retiring"], `${cert.id} → ${successor}`).toContain(
          byId.get(successor)?.status.value,
        );
      }
    }
  });

  it("maps every current blueprint domain to skills", () => {
    for (const cert of content.certifications) {
      for (const domain of cert.blueprint.domains) {
        expect(Object.keys(domain.skills).length, `${cert.id}/${domain.id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("skills taxonomy (data/skills)", () => {
  it("has the 16 stable skill ids, each with sub-topics and five level descriptors", () => {
    expect(content.skills.map((s) => s.id).sort()).toEqual([...SKILL_IDS].sort());
    for (const skill of content.skills) {
      expect(skill.subtopics.length).toBeGreaterThanOrEqual(3);
      expect(skill.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4]);
    }
  });
});

describe("item bank (data/items)", () => {
  it("has at least 20 items for every skill, spread over the three tiers", () => {
    for (const skill of SKILL_IDS) {
      const items = content.items.filter((i) => i.skill === skill);
      expect(items.length, skill).toBeGreaterThanOrEqual(20);
      for (const tier of ITEM_TIERS) {
        // "Roughly a third each": no tier under a fifth of the skill's items.
        expect(items.filter((i) => i.tier === tier).length, `${skill}/${tier}`).toBeGreaterThanOrEqual(
          Math.floor(items.length / 5),
        );
      }
    }
  });

  it("covers every sub-topic of every skill", () => {
    for (const skill of content.skills) {
      const covered = new Set(content.items.filter((i) => i.skill === skill.id).map((i) => i.subtopic));
      for (const subtopic of skill.subtopics)
        expect(covered.has(subtopic.id), `${skill.id}/${subtopic.id}`).toBe(true);
    }
  });

  it("pins every item's version, and no question changed without a version bump", () => {
    const lock = readLock(content.dataDir);
    expect(checkLock(content.items, lock)).toEqual([]);
    const unpinned = content.items.filter((i) => !lock[i.id]).map((i) => i.id);
    expect(unpinned, "run `npx certpath bank lock`").toEqual([]);
  });

  it("has a verification record covering every item as it stands now", () => {
    const record = readVerificationRecord(content.dataDir);
    expect(record, "run `npx certpath bank verify`").toBeDefined();
    const stale = content.items.filter((i) => record?.passed[i.id] !== questionHash(i)).map((i) => i.id);
    expect(stale, "items not verified since their last edit: run `npx certpath bank verify`").toEqual([]);
  });
});
