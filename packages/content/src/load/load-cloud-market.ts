/**
 * @module Cloud market-share loader: data/market/cloud-share.yaml, validated, cached per directory.
 * Throws ContentError naming the file and field, like the other loaders.
 */
import path from "node:path";
import type { CloudMarket } from "@certpath/core";
import { resolveDataDir } from "../data-dir";
import { CloudMarketSchema } from "../schemas/cloud-market.schema";
import { ContentError, type ContentIssue } from "./content-error";
import { readYaml, zodIssues } from "./read-yaml";

export const CLOUD_MARKET_FILE = "market/cloud-share.yaml";

const cache = new Map<string, CloudMarket>();

export function loadCloudMarket(dataDir?: string): CloudMarket {
  const dir = resolveDataDir(dataDir);
  const cached = cache.get(dir);
  if (cached) return cached;
  const issues: ContentIssue[] = [];
  const raw = readYaml(path.join(dir, CLOUD_MARKET_FILE), CLOUD_MARKET_FILE, issues);
  if (issues.length > 0) throw new ContentError(issues);
  const parsed = CloudMarketSchema.safeParse(raw);
  if (!parsed.success) throw new ContentError(zodIssues(CLOUD_MARKET_FILE, "cloud-share", parsed.error));
  cache.set(dir, parsed.data);
  return parsed.data;
}
