import { describe, expect, it } from "vitest";
import { validCertification } from "../../test/fixtures/certification";
import type { Certification } from "../index";
import { describeStatus, filterCertifications, findStaleFacts, suggestClosest } from "../index";

const active = validCertification({ id: "acme-active", name: "Acme Active" });
const retired = validCertification({
  id: "acme-retired",
  name: "Acme Retired",
  status: { ...active.status, value: "retired", retiredOn: "2026-03-31", successors: ["acme-active"] },
});
const closed = validCertification({
  id: "acme-closed",
  name: "Acme Closed",
  provider: "google",
  status: { ...active.status, value: "program-closed", retiredOn: "2024-05-31", successors: [] },
});
const retiring = validCertification({
  id: "acme-retiring",
  name: "Acme Retiring",
  level: "professional",
  status: { ...active.status, value: "retiring", retiringOn: "2027-01-31" },
  emphasis: { ...active.emphasis, generativeAi: "high" },
});
const all = [active, retired, closed, retiring];
const byId = new Map<string, Certification>(all.map((c) => [c.id, c]));

describe("filterCertifications", () => {
  it("shows only bookable certifications by default", () => {
    expect(filterCertifications(all, {}).map((c) => c.id)).toEqual(["acme-active", "acme-retiring"]);
  });

  it("includes retired and closed programs with status=all, or one status exactly", () => {
    expect(filterCertifications(all, { status: "all" })).toHaveLength(4);
    expect(filterCertifications(all, { status: "retired" }).map((c) => c.id)).toEqual(["acme-retired"]);
  });

  it("filters by provider, level, emphasis and search words", () => {
    expect(filterCertifications(all, { status: "all", provider: "google" }).map((c) => c.id)).toEqual([
      "acme-closed",
    ]);
    expect(filterCertifications(all, { level: "professional" }).map((c) => c.id)).toEqual(["acme-retiring"]);
    expect(filterCertifications(all, { emphasis: "generative-ai" }).map((c) => c.id)).toEqual([
      "acme-retiring",
    ]);
    expect(filterCertifications(all, { status: "all", search: "acme RETIRED" }).map((c) => c.id)).toEqual([
      "acme-retired",
    ]);
  });
});

describe("describeStatus", () => {
  it("says nothing special for an active certification", () => {
    expect(describeStatus(active, byId)).toEqual({ bookable: true, message: null, successors: [] });
  });

  it("never presents a retired exam as bookable and names the successor", () => {
    const notice = describeStatus(retired, byId);
    expect(notice.bookable).toBe(false);
    expect(notice.message).toContain("2026-03-31");
    expect(notice.message).toContain("Acme Active");
    expect(notice.successors).toEqual([{ id: "acme-active", name: "Acme Active" }]);
  });

  it("marks a closed program as not bookable and a retiring exam as bookable with its last date", () => {
    expect(describeStatus(closed, byId).bookable).toBe(false);
    expect(describeStatus(closed, byId).message).toContain("2024");
    const notice = describeStatus(retiring, byId);
    expect(notice.bookable).toBe(true);
    expect(notice.message).toContain("2027-01-31");
  });
});

describe("findStaleFacts", () => {
  it("flags fact groups whose newest source is older than the threshold", () => {
    const cert = validCertification({
      sources: [
        { id: "s1", url: "https://example.com/a", date: "2026-01-01", kind: "official" },
        { id: "s2", url: "https://example.com/b", date: "2026-11-01", kind: "official" },
      ],
    });
    cert.price = { ...cert.price, sources: ["s1", "s2"] };
    const stale = findStaleFacts(cert, "2026-11-24", 180);
    expect(stale.map((s) => s.group)).not.toContain("price");
    expect(stale.find((s) => s.group === "status")).toEqual({
      group: "status",
      newestSource: "2026-01-01",
      ageDays: 327,
    });
    expect(findStaleFacts(cert, "2026-11-24", 400)).toEqual([]);
  });
});

describe("suggestClosest", () => {
  const ids = ["google-pmle", "aws-mls-c01", "ms-ai-102", "databricks-ml-associate"];
  it("suggests the id a typo was meant to be", () => {
    expect(suggestClosest("aws-mls-c1", ids)).toBe("aws-mls-c01");
    expect(suggestClosest("pmle", ids)).toBe("google-pmle");
  });
  it("suggests nothing for an unrelated word", () => {
    expect(suggestClosest("kubernetes", ids)).toBeUndefined();
  });
});
