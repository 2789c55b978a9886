import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validCertification } from "../../test/fixtures/certification";
import type { Certification, Renewal } from "../catalog/certification";
import {
  addDays,
  credentialExpiry,
  daysBetween,
  describeCredential,
  renewalReminders,
  renewalWindow,
} from "../index";

const renewal = (overrides: Partial<Renewal>): Renewal => ({
  method: "retake",
  windowDaysBeforeExpiry: null,
  graceDaysAfterExpiry: null,
  costUsd: null,
  text: "Renewal text.",
  ...overrides,
});
const cert = (id: string, years: number | null, rule: Partial<Renewal>, extra: Partial<Certification> = {}) =>
  validCertification({
    id,
    name: id.toUpperCase(),
    validity: { years, renewal: renewal(rule), sources: ["s1"] },
    ...extra,
  });

// The catalog's vendor rules (data/certifications/*.yaml), reduced to what the wallet reads.
const microsoft = cert("ms-ai-103", 1, {
  method: "free-online-assessment",
  windowDaysBeforeExpiry: 180,
  costUsd: 0,
});
const aws = cert("aws-mla", 3, { method: "retake-or-higher-exam" });
const google = cert("google-pmle", 2, {
  method: "retake",
  windowDaysBeforeExpiry: 60,
  graceDaysAfterExpiry: 30,
});
const databricks = cert("databricks-ml-associate", 2, { method: "retake" });
const retiredMs = cert(
  "ms-ai-102",
  1,
  { method: "none" },
  {
    status: {
      value: "retired",
      asOf: "2026-07-01",
      detail: "Retired.",
      retiringOn: null,
      retiredOn: "2026-06-30",
      successors: ["ms-ai-103"],
      sources: ["s1"],
    },
  },
);
const catalog = new Map([microsoft, aws, google, databricks, retiredMs].map((c) => [c.id, c]));

describe("credential expiry per vendor rule", () => {
  it("Microsoft: 1 year, free online renewal opening 6 months before expiry", () => {
    const status = describeCredential({ earnedOn: "2026-03-10" }, microsoft, catalog, "2026-11-24");
    expect(status.expiresOn).toBe("2027-03-10");
    expect(status.renewal.window).toEqual({ opensOn: "2026-09-11", closesOn: "2027-03-10", basis: "vendor" });
    expect(status.state).toBe("renewal-open");
    expect(status.daysLeft).toBe(106);
    expect(status.renewal.needs).toContain(
      "free online renewal assessment (free) between 2026-09-11 and 2027-03-10",
    );
  });

  it("Microsoft renewal adds a year to the expiry, not to the renewal date", () => {
    expect(credentialExpiry({ earnedOn: "2025-03-10", renewedOn: "2026-01-15" }, microsoft.validity)).toBe(
      "2027-03-10",
    );
    // Renewed twice: the second renewal lands in the next cycle.
    expect(credentialExpiry({ earnedOn: "2024-03-10", renewedOn: "2026-02-01" }, microsoft.validity)).toBe(
      "2027-03-10",
    );
  });

  it("AWS: 3 years, renewal by exam restarts the clock, a suggested 90-day window", () => {
    const status = describeCredential({ earnedOn: "2026-01-20" }, aws, catalog, "2026-11-24");
    expect(status.expiresOn).toBe("2029-01-20");
    expect(status.renewal.window).toMatchObject({ opensOn: "2028-10-22", basis: "suggested" });
    expect(status.state).toBe("current");
    expect(credentialExpiry({ earnedOn: "2026-01-20", renewedOn: "2028-12-01" }, aws.validity)).toBe(
      "2031-12-01",
    );
  });

  it("Google Professional: 2 years, a 60-day window and 30 days of grace", () => {
    const status = describeCredential({ earnedOn: "2025-01-05" }, google, catalog, "2027-01-20");
    expect(status.expiresOn).toBe("2027-01-05");
    expect(status.renewal.window).toEqual({ opensOn: "2026-11-06", closesOn: "2027-02-04", basis: "vendor" });
    expect(status.state).toBe("grace");
    expect(status.daysLeft).toBe(-15);
    expect(describeCredential({ earnedOn: "2025-01-05" }, google, catalog, "2027-02-05").state).toBe(
      "expired",
    );
  });

  it("Databricks: 2 years by retake", () => {
    expect(describeCredential({ earnedOn: "2026-06-01" }, databricks, catalog, "2026-11-24").expiresOn).toBe(
      "2028-06-01",
    );
  });

  it("a retired certification cannot be renewed and names its successor", () => {
    const status = describeCredential({ earnedOn: "2026-02-01" }, retiredMs, catalog, "2026-11-24");
    expect(status.expiresOn).toBe("2027-02-01");
    expect(status.renewal.renewable).toBe("no");
    expect(status.renewal.window).toBeNull();
    expect(status.retirement?.successors).toEqual([{ id: "ms-ai-103", name: "MS-AI-103" }]);
    expect(status.renewal.needs).toContain("earn the successor: MS-AI-103");
  });

  it("a stated expiry wins; a free-form credential without one does not expire", () => {
    expect(
      describeCredential({ earnedOn: "2026-01-01", expiresOn: "2026-06-01" }, aws, catalog, "2026-11-24")
        .state,
    ).toBe("expired");
    const free = describeCredential({ earnedOn: "2026-01-01" }, null, catalog, "2026-11-24");
    expect(free).toMatchObject({ expiresOn: null, daysLeft: null, state: "no-expiry" });
    expect(renewalReminders("Free", free)).toEqual([]);
  });

  it("rejects a renewal before the credential was earned", () => {
    expect(() => credentialExpiry({ earnedOn: "2026-01-01", renewedOn: "2025-01-01" }, aws.validity)).toThrow(
      /renewedOn/,
    );
  });
});

describe("credential invariants (property-based)", () => {
  const day = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays("2000-01-01", n));
  const rule = fc.record({
    years: fc.integer({ min: 1, max: 5 }),
    method: fc.constantFrom(
      "retake",
      "free-online-assessment",
      "continuing-education",
      "retake-or-higher-exam" as const,
    ),
    windowDaysBeforeExpiry: fc.option(fc.integer({ min: 1, max: 365 }), { nil: null }),
    graceDaysAfterExpiry: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  });

  it("expiry is after the pass date and after any renewal; the window brackets the expiry", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 4000 }),
        fc.boolean(),
        rule,
        day,
        (earnedOn, gap, renewed, r, today) => {
          const c = cert("x", r.years, r);
          const renewedOn = renewed ? addDays(earnedOn, gap) : null;
          const status = describeCredential({ earnedOn, renewedOn }, c, new Map([["x", c]]), today);
          const expiresOn = status.expiresOn as string;
          expect(daysBetween(earnedOn, expiresOn)).toBeGreaterThan(0);
          if (renewedOn) expect(daysBetween(renewedOn, expiresOn)).toBeGreaterThan(0);
          const window = renewalWindow(expiresOn, c);
          expect(window).not.toBeNull();
          expect(daysBetween(window?.opensOn as string, expiresOn)).toBeGreaterThan(0);
          expect(daysBetween(expiresOn, window?.closesOn as string)).toBeGreaterThanOrEqual(0);
          expect(status.daysLeft).toBe(daysBetween(today, expiresOn));
          const reminders = renewalReminders("x", status);
          expect(reminders.at(-1)).toMatchObject({ kind: "expires", on: expiresOn });
          for (const reminder of reminders)
            expect(daysBetween(reminder.on, expiresOn)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
