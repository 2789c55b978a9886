/**
 * @module Cloud market-share file schema (data/market/cloud-share.yaml): analyst figures for the
 * recommendation's market-breadth factor. Every figure names its firm, quarter and source.
 */
import { type CloudMarket, MARKET_CLOUDS } from "@certpath/core";
import { z } from "zod";
import { IsoDateSchema, KebabIdSchema, NonEmptyText } from "./common";

const Percent = z.number().min(0).max(100);

export const CloudShareFigureSchema = z.strictObject({
  id: KebabIdSchema,
  firm: NonEmptyText,
  quarter: z.string().regex(/^Q[1-4] \d{4}$/, 'must look like "Q1 2026"'),
  marketSizeUsdBn: z.number().positive().nullable(),
  shares: z
    .strictObject({ aws: Percent, azure: Percent, gcp: Percent })
    .refine((s) => MARKET_CLOUDS.reduce((sum, c) => sum + s[c], 0) <= 100, {
      message: "shares cannot sum to more than 100",
    }),
  confidence: z.enum(["low", "medium", "high"]),
  source: z.strictObject({
    url: z.url({ message: "must be an absolute URL" }),
    published: NonEmptyText,
  }),
});

export const CloudMarketSchema = z
  .strictObject({
    asOf: IsoDateSchema,
    primary: KebabIdSchema,
    figures: z.array(CloudShareFigureSchema).min(1),
  })
  .superRefine((market, ctx) => {
    const ids = market.figures.map((f) => f.id);
    if (!ids.includes(market.primary)) {
      ctx.addIssue({ code: "custom", path: ["primary"], message: `unknown figure id "${market.primary}"` });
    }
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: "custom", path: ["figures"], message: "figure ids must be unique" });
    }
  });

// The file format and core's CloudMarket must not drift apart.
const _fileIsCoreMarket: (value: z.infer<typeof CloudMarketSchema>) => CloudMarket = (value) => value;
void _fileIsCoreMarket;
