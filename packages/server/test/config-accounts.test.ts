import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config";

describe("accounts configuration", () => {
  it("allows anonymous use on the embedded database and not on PostgreSQL, unless told", () => {
    expect(loadConfig({}).accounts.allowAnonymous).toBe(true);
    expect(loadConfig({ DATABASE_URL: "postgres://u@h/db" }).accounts.allowAnonymous).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: "postgres://u@h/db", CERTPATH_ALLOW_ANONYMOUS: "true" }).accounts
        .allowAnonymous,
    ).toBe(true);
    expect(loadConfig({ CERTPATH_ALLOW_ANONYMOUS: "false" }).accounts.allowAnonymous).toBe(false);
  });

  it("derives the base URL and trusts both loopback spellings of it", () => {
    const config = loadConfig({ PORT: "4100" });
    expect(config.accounts.baseUrl).toBe("http://127.0.0.1:4100");
    expect(config.accounts.trustedOrigins).toEqual([
      "http://127.0.0.1:4100",
      "http://127.0.0.1:5173",
      "http://localhost:4100",
      "http://localhost:5173",
    ]);
    const behindProxy = loadConfig({
      CERTPATH_BASE_URL: "https://certpath.example.com/",
      CERTPATH_TRUSTED_ORIGINS: "https://admin.example.com, http://127.0.0.1:5173",
    });
    expect(behindProxy.accounts).toMatchObject({
      baseUrl: "https://certpath.example.com",
      trustedOrigins: ["https://certpath.example.com", "https://admin.example.com", "http://127.0.0.1:5173"],
      secureCookies: true,
    });
  });

  it("names each bad accounts variable", () => {
    const bad = {
      CERTPATH_ALLOW_ANONYMOUS: "maybe",
      CERTPATH_AUTH_SECRET: "short",
      CERTPATH_SMTP_URL: "mail.example.com",
      CERTPATH_BASE_URL: "ftp://x",
      CERTPATH_REMINDER_CRON: "daily",
    };
    expect(() => loadConfig(bad)).toThrow(ConfigError);
    try {
      loadConfig(bad);
    } catch (error) {
      for (const name of Object.keys(bad)) expect(String(error)).toContain(name);
    }
  });
});
