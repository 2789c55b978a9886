/**
 * @module Cost against budget: 1 when the exam fee fits the budget, budget / price when it does
 * not (a fee twice the budget scores 0.5), 0.5 when the fee is unpublished. Not applicable without
 * a budget. Renewal costs are left to the plan and the wallet.
 */
import type { Certification } from "../../catalog/certification";
import type { Profile } from "../../profile/profile";
import type { FactorValue } from "../factor";

const usd = (amount: number) => `USD ${Math.round(amount).toLocaleString("en-US")}`;

export function costFit(certification: Certification, profile: Profile): FactorValue {
  const price = certification.price.amountUsd;
  const budget = profile.budgetUsd;
  if (budget === undefined) {
    return {
      value: 0.5,
      applicable: false,
      explanation: `No budget given, so the fee (${price === null ? "not published" : usd(price)}) does not rank this.`,
    };
  }
  if (price === null) {
    return {
      value: 0.5,
      applicable: true,
      explanation: "The fee is not published; check it before you book.",
      cautions: ["Fee not published: check it before you book."],
    };
  }
  if (price <= budget) {
    return {
      value: 1,
      applicable: true,
      explanation: `The fee, ${usd(price)}, fits your ${usd(budget)} budget.`,
    };
  }
  const sentence = `The fee, ${usd(price)}, is above your ${usd(budget)} budget.`;
  return { value: budget / price, applicable: true, explanation: sentence, cautions: [sentence] };
}
