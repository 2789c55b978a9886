import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config";
import { DEFAULT_ANSWER_CACHE_BYTES } from "../src/http/answer-cache";

describe("loadConfig", () => {
  it("defaults to the embedded database on port 3000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\.certpath$/);
  });

  it("honours PORT, CERTPATH_DATA_DIR and DATABASE_URL", () => {
    const config = loadConfig({
      PORT: "4100",
      CERTPATH_DATA_DIR: "/tmp/x",
      DATABASE_URL: "postgres://u@h/db",
    });
    expect(config).toMatchObject({ port: 4100, dataDir: "/tmp/x", databaseUrl: "postgres://u@h/db" });
  });

  it("names every bad variable in one message", () => {
    expect(() => loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x" });
    } catch (error) {
      expect(String(error)).toContain("PORT");
      expect(String(error)).toContain("DATABASE_URL");
    }
  });

  it("reads the answer cache budget from CERTPATH_ANSWER_CACHE_MB and refuses nonsense", () => {
    expect(loadConfig({}).answerCacheBytes).toBe(DEFAULT_ANSWER_CACHE_BYTES);
    expect(loadConfig({ CERTPATH_ANSWER_CACHE_MB: "0" }).answerCacheBytes).toBe(0);
    expect(loadConfig({ CERTPATH_ANSWER_CACHE_MB: "1.5" }).answerCacheBytes).toBe(1_572_864);
    expect(() => loadConfig({ CERTPATH_ANSWER_CACHE_MB: "lots" })).toThrow(/CERTPATH_ANSWER_CACHE_MB/);
    expect(() => loadConfig({ CERTPATH_ANSWER_CACHE_MB: "-1" })).toThrow(/CERTPATH_ANSWER_CACHE_MB/);
    expect(() => loadConfig({ CERTPATH_ANSWER_CACHE_MB: "-1" })).toThrow(/0 or more/);
  });
});
