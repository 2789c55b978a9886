/**
 * The built web app is sent compressed: the build's .br/.gz copies (written by the web build's
 * precompress plugin) go to browsers that accept them, the plain file to those that do not, with
 * the same cache headers either way. The API's JSON is compressed per request, except where
 * compression could leak a secret (auth, cookies, writes).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressFiles } from "../../web/vite-precompress";
import { buildApp } from "../src/app";
import { type DatabaseHandle, openDatabase } from "../src/db/database";
import { runMigrations } from "../src/db/migrations";
import { CompressedCache, installApiCompression, negotiateEncoding } from "../src/http/api-compression";
import { installWebApp } from "../src/http/web-app";
import { testContent } from "./support/test-content";

const BIG_NAME = "a certification name that repeats";
const SCRIPT = `export const greeting = ${JSON.stringify("hello, compressed world ".repeat(200))};\n`;
const INDEX = `<!doctype html><html lang="en"><head><title>Certpath</title><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div>${"<!-- padding -->".repeat(50)}</body></html>`;

const CATALOG_PAGE = INDEX.replace("</head>", '<link rel="modulepreload" href="/assets/catalog.js"></head>');
const COMPARE_PAGE = INDEX.replace("</head>", '<link rel="modulepreload" href="/assets/compare.js"></head>');

describe("web app serving", () => {
  let dist: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), "certpath-web-app-"));
    mkdirSync(path.join(dist, "assets"));
    writeFileSync(path.join(dist, "index.html"), INDEX);
    writeFileSync(path.join(dist, "assets/app-abc123.js"), SCRIPT);
    mkdirSync(path.join(dist, "routes/certifications"), { recursive: true });
    writeFileSync(path.join(dist, "routes/certifications.html"), CATALOG_PAGE);
    writeFileSync(path.join(dist, "routes/certifications/compare.html"), COMPARE_PAGE);
    // Already compressed (a font): the build leaves it alone.
    writeFileSync(
      path.join(dist, "assets/font-abc123.woff2"),
      Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]),
    );
    const written = await precompressFiles(dist, [
      "index.html",
      "routes/certifications.html",
      "assets/app-abc123.js",
      "assets/font-abc123.woff2",
    ]);
    expect(written.map((w) => w.file).sort()).toEqual([
      "assets/app-abc123.js",
      "index.html",
      "routes/certifications.html",
    ]);
    app = Fastify();
    // API routes are declared before the API compression and the web app, as buildApp does.
    await app.register(async (api) => {
      api.get("/api/big", async () => ({
        items: Array.from({ length: 200 }, (_, i) => ({ i, name: BIG_NAME })),
      }));
      api.get("/api/small", async () => ({ ok: true }));
      api.post("/api/big", async () => ({ items: Array.from({ length: 200 }, () => BIG_NAME) }));
      api.get("/api/auth/get-session", async () => ({ token: "x".repeat(2000) }));
      api.get("/api/with-cookie", async (_request, reply) =>
        reply.header("set-cookie", "a=b").send({ token: "y".repeat(2000) }),
      );
    });
    installApiCompression(app);
    await installWebApp(app, dist);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({ method: "GET", url, headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });

  it("sends a script as Brotli when accepted, else gzip, else as is", async () => {
    const br = await get("/assets/app-abc123.js", "gzip, deflate, br, zstd");
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 5);

    const gzip = await get("/assets/app-abc123.js", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    for (const identity of [
      await get("/assets/app-abc123.js"),
      await get("/assets/app-abc123.js", "identity"),
    ]) {
      expect(identity.statusCode).toBe(200);
      expect(identity.headers["content-encoding"]).toBeUndefined();
      expect(identity.body).toBe(SCRIPT);
    }

    for (const response of [br, gzip]) {
      expect(response.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
      expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(response.headers.vary).toMatch(/accept-encoding/i);
    }
    expect((await get("/assets/app-abc123.js")).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
  });

  it("sends the page (and a deep link's fallback) compressed, always revalidated", async () => {
    for (const url of ["/", "/certifications/aws-mla"]) {
      const response = await get(url, "br, gzip");
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-encoding"], url).toBe("br");
      expect(response.headers["content-type"], url).toMatch(/^text\/html/);
      expect(response.headers["cache-control"], url).toBe("no-cache");
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(INDEX);

      const plain = await get(url);
      expect(plain.headers["content-encoding"], url).toBeUndefined();
      expect(plain.body, url).toBe(INDEX);
      expect(plain.headers["cache-control"], url).toBe("no-cache");
    }
  });

  it("sends a lazy page's own copy of index.html for its path, and index.html for the others", async () => {
    for (const url of [
      "/certifications",
      "/certifications/",
      "/certifications?provider=aws&level=associate",
    ]) {
      const response = await get(url, "br");
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-encoding"], url).toBe("br");
      expect(response.headers["cache-control"], url).toBe("no-cache");
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(CATALOG_PAGE);
      expect((await get(url)).body, url).toBe(CATALOG_PAGE);
    }
    // No compressed copy of this one: sent as is, to a browser that accepts Brotli too.
    const compare = await get("/certifications/compare", "br");
    expect(compare.headers["content-encoding"]).toBeUndefined();
    expect(compare.body).toBe(COMPARE_PAGE);
    for (const url of [
      "/certifications/aws-mla",
      "/Certifications",
      "/routes/certifications.html",
      "/routes/certifications",
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toBe(INDEX);
    }
  });

  it("sends a file without a compressed copy as is, and no compressed copy under its own name", async () => {
    const font = await get("/assets/font-abc123.woff2", "br, gzip");
    expect(font.statusCode).toBe(200);
    expect(font.headers["content-encoding"]).toBeUndefined();
    expect(font.rawPayload.length).toBe(7);
    // /assets/app-abc123.js.br is no route of its own: it falls through to the app's page.
    const direct = await get("/assets/app-abc123.js.br");
    expect(direct.headers["content-type"]).toMatch(/^text\/html/);
  });

  it("keeps JSON 404s for the API", async () => {
    const response = await get("/api/nope", "br");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: "not_found" });
  });

  it("compresses large API JSON answers to GETs, and nothing that could carry a secret", async () => {
    const big = await get("/api/big", "gzip, br");
    expect(big.headers["content-encoding"]).toBe("br");
    expect(big.headers.vary).toMatch(/accept-encoding/i);
    expect(big.headers["content-type"]).toMatch(/^application\/json/);
    expect(Number(big.headers["content-length"])).toBe(big.rawPayload.length);
    const plain = await get("/api/big");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(brotliDecompressSync(big.rawPayload).toString())).toEqual(plain.json());
    expect(big.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
    expect(gunzipSync((await get("/api/big", "gzip")).rawPayload).toString()).toBe(plain.body);
    // The same body again: the same bytes (from the cache).
    expect((await get("/api/big", "br")).rawPayload.equals(big.rawPayload)).toBe(true);

    expect((await get("/api/small", "br")).headers["content-encoding"]).toBeUndefined();
    expect((await get("/api/auth/get-session", "br")).headers["content-encoding"]).toBeUndefined();
    expect((await get("/api/with-cookie", "br")).headers["content-encoding"]).toBeUndefined();
    const post = await app.inject({ method: "POST", url: "/api/big", headers: { "accept-encoding": "br" } });
    expect(post.headers["content-encoding"]).toBeUndefined();
  });
});

describe("Accept-Encoding negotiation for the API", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["identity", undefined],
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.5", "gzip"],
    ["*", "br"],
    ["*;q=0", undefined],
    ["deflate", undefined],
    ["GZIP;Q=1", "gzip"],
  ])("%s -> %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe("the cache of compressed answers", () => {
  it("keeps the most recently used within its entry and byte limits", () => {
    const cache = new CompressedCache(2, 1000);
    cache.set("a", Buffer.alloc(10));
    cache.set("b", Buffer.alloc(10));
    expect(cache.get("a")).toBeDefined(); // now "b" is the least recently used
    cache.set("c", Buffer.alloc(10));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    cache.set("d", Buffer.alloc(240)); // 241 of 1000 bytes: within a quarter, kept
    expect(cache.get("d")).toBeDefined();
    cache.set("huge", Buffer.alloc(400)); // over a quarter of the limit: never cached
    expect(cache.get("huge")).toBeUndefined();
    // Each entry costs 2 + 18 = 20 of 80 bytes: the fifth evicts the first.
    const bounded = new CompressedCache(100, 80);
    const keys = ["k1", "k2", "k3", "k4", "k5"];
    for (const key of keys) bounded.set(key, Buffer.alloc(18));
    expect(keys.filter((k) => bounded.get(k) !== undefined)).toEqual(["k2", "k3", "k4", "k5"]);
  });
});

describe("compression in the real app", () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: "memory://" });
    await runMigrations(database);
    app = await buildApp({ database, content: testContent() });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("sends the catalog and the OpenAPI document compressed to a browser", async () => {
    for (const url of ["/api/certifications?status=all", "/api/openapi.json"]) {
      const response = await app.inject({ method: "GET", url, headers: { "accept-encoding": "gzip, br" } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-encoding"], url).toBe("br");
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString()), url).toBeTypeOf("object");
    }
  });
});
