/**
 * @module Cloud market share: the facts behind the "market breadth" factor. Content loads them
 * from data/market/cloud-share.yaml and passes them in; core never reads files.
 */
import type { IsoDate } from "../catalog/certification";

export const MARKET_CLOUDS = ["aws", "azure", "gcp"] as const;
export type MarketCloud = (typeof MARKET_CLOUDS)[number];

export interface CloudShareFigure {
  id: string;
  /** The analyst firm, named next to every share because firms measure differently. */
  firm: string;
  /** The period measured, e.g. "Q1 2026". */
  quarter: string;
  marketSizeUsdBn: number | null;
  /** Percent of cloud infrastructure services spend (IaaS + PaaS + hosted private cloud). */
  shares: Record<MarketCloud, number>;
  confidence: "low" | "medium" | "high";
  source: { url: string; published: string };
}

export interface CloudMarket {
  asOf: IsoDate;
  /** Id of the figure the factor uses; the others are cited as cross-checks. */
  primary: string;
  figures: CloudShareFigure[];
}
