/**
 * @module Market breadth, for someone with no cloud yet: how much of the market the exam's platform
 * covers, from analyst share figures passed in as data (data/market/cloud-share.yaml).
 *
 *   AWS, Azure, Google Cloud: share(platform) / share(largest)   (AWS 28/28, Azure 21/28, GCP 14/28
 *                                                                  on Synergy's Q1 2026 figures)
 *   Databricks: 0.5 (runs on all three clouds, but only where a company adopted it; no share figure)
 *   vendor-neutral, NVIDIA: 0.3 (travels anywhere, but names no cloud skill that job ads filter on)
 *
 * Applies only when the person names no platform; otherwise their environment ranks instead.
 */
import type { Certification } from "../../catalog/certification";
import type { Profile } from "../../profile/profile";
import { type CloudMarket, type CloudShareFigure, MARKET_CLOUDS, type MarketCloud } from "../cloud-market";
import type { FactorValue } from "../factor";
import { platformName } from "./platform-names";

function cite(figure: CloudShareFigure): string {
  return `${figure.firm}, ${figure.quarter}`;
}

function primaryFigure(market: CloudMarket | null): CloudShareFigure | undefined {
  return market?.figures.find((f) => f.id === market.primary) ?? market?.figures[0];
}

export function marketBreadth(
  certification: Certification,
  profile: Profile,
  market: CloudMarket | null,
): FactorValue {
  if ((profile.clouds ?? []).length > 0) {
    return {
      value: 0.5,
      applicable: false,
      explanation:
        "You already work on a platform, so market share does not rank these; your environment does.",
    };
  }
  const figure = primaryFigure(market);
  if (!figure || !market) {
    return { value: 0.5, applicable: false, explanation: "No cloud market-share figures are loaded." };
  }
  const platform = certification.emphasis.platform;
  const leaderShare = Math.max(...MARKET_CLOUDS.map((c) => figure.shares[c]));
  if ((MARKET_CLOUDS as readonly string[]).includes(platform)) {
    const cloud = platform as MarketCloud;
    const share = figure.shares[cloud];
    const rank = [...MARKET_CLOUDS].sort((a, b) => figure.shares[b] - figure.shares[a]).indexOf(cloud) + 1;
    const other = market.figures.find((f) => f.firm !== figure.firm);
    const check = other ? `; ${other.firm} puts it at ${other.shares[cloud]}% for ${other.quarter}` : "";
    const place = rank === 1 ? "the largest share" : `the ${rank === 2 ? "second" : "third"}-largest share`;
    return {
      value: leaderShare > 0 ? share / leaderShare : 0.5,
      applicable: true,
      explanation: `With no cloud yet, breadth matters: ${platformName(platform)} holds ${share}% of cloud infrastructure spending, ${place} (${cite(figure)}${check}).`,
    };
  }
  const top = MARKET_CLOUDS.reduce((sum, c) => sum + figure.shares[c], 0);
  const explanation =
    platform === "databricks"
      ? `Databricks runs on AWS, Azure and Google Cloud (together ${top}% of cloud spending, ${cite(figure)}), but only where a company has adopted it; there is no share figure for Databricks itself.`
      : `This exam is not tied to a cloud, so it travels anywhere, but it shows no cloud skill that job ads filter on; no market-share figure applies.`;
  return { value: platform === "databricks" ? 0.5 : 0.3, applicable: true, explanation };
}
