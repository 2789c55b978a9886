import { describe, expect, it } from "vitest";
import { validCertification } from "../../test/fixtures/certification";
import { buildTeamPlan, describeCredential } from "../index";

const exam = validCertification({
  id: "acme",
  name: "Acme ML",
  price: { amountUsd: 300, notes: null, sources: [] },
});
const unpriced = validCertification({
  id: "free",
  name: "Unpriced",
  price: { amountUsd: null, notes: null, sources: [] },
});
const catalog = new Map([exam, unpriced].map((c) => [c.id, c]));
const today = "2026-11-24";

describe("team plan", () => {
  it("adds upcoming exam fees against the allowance and lists renewals due in 90 days", () => {
    const soon = describeCredential({ earnedOn: "2024-01-10" }, exam, catalog, today); // expires 2027-01-10
    const later = describeCredential({ earnedOn: "2026-01-10" }, exam, catalog, today); // 2029
    const plan = buildTeamPlan({
      members: [
        {
          memberId: "m1",
          name: "Ada",
          plans: [
            { planId: "p1", certificationId: "acme", examDate: "2027-02-01" },
            { planId: "p0", certificationId: "acme", examDate: "2026-01-01" },
          ],
          credentials: [{ credentialId: "c1", name: "Acme ML", certificationId: "acme", status: soon }],
        },
        {
          memberId: "m2",
          name: "Grace",
          plans: [{ planId: "p2", certificationId: "free", examDate: "2027-03-01" }],
          credentials: [{ credentialId: "c2", name: "Acme ML", certificationId: "acme", status: later }],
        },
      ],
      catalog,
      allowanceUsd: 250,
      today,
    });
    expect(plan.paths.map((p) => p.planId)).toEqual(["p1", "p2"]);
    expect(plan.budget).toEqual({
      allowanceUsd: 250,
      plannedUsd: 300,
      unpricedExams: 1,
      remainingUsd: -50,
      overBudget: true,
    });
    expect(plan.renewalsDue).toHaveLength(1);
    expect(plan.renewalsDue[0]).toMatchObject({ credentialId: "c1", expiresOn: "2027-01-10", daysLeft: 47 });
  });
});
