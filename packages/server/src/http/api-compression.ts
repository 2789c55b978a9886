/**
 * @module Compression of the API's JSON answers (the catalog is ~80 KB of JSON, ~19 KB compressed).
 *
 * An onSend hook on the root instance, so it covers every route whatever the order of
 * registration (@fastify/compress hooks routes as they are declared, so it would have to be
 * registered before them). Static files are not its business: the web build ships .br/.gz copies
 * (see web-app.ts).
 *
 * What it leaves alone, on purpose:
 * - anything but GET/HEAD, /api/auth/* and answers that set a cookie: a compressed answer that
 *   carries a secret next to text an attacker chose leaks the secret through its length (BREACH);
 * - answers under 1 KB (not worth it), streams, and answers already encoded.
 * Brotli at quality 4 (far cheaper than 11, most of the gain) and gzip at zlib's default level;
 * repeated bodies are compressed once (CompressedCache), which keeps the cost per request near zero
 * for the catalog (measured: see CompressedCache).
 */
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { LRUCache } from "lru-cache";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Smaller answers are sent as they are. */
export const API_COMPRESSION_THRESHOLD = 1024;

type Encoding = "br" | "gzip";

/** The best encoding the client accepts (br, then gzip), or none. RFC 9110 §12.5.3, without ranking by q beyond zero. */
export function negotiateEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(",")) {
    const [token = "", ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (token) accepted.set(token.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const ok = (name: Encoding) => {
    const weight = accepted.get(name) ?? accepted.get("*");
    return weight !== undefined && weight > 0;
  };
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return undefined;
}

function appendVary(reply: FastifyReply) {
  const current = reply.getHeader("vary");
  const value = Array.isArray(current) ? current.join(", ") : current === undefined ? "" : String(current);
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(value)) return;
  reply.header("vary", value ? `${value}, accept-encoding` : "accept-encoding");
}

function compressible(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const url = request.url;
  if (!(url.startsWith("/api/") || url === "/api")) return false;
  if (url.startsWith("/api/auth/") || url === "/api/auth") return false;
  if (reply.hasHeader("set-cookie")) return false;
  if (reply.hasHeader("content-encoding")) return false;
  const type = String(reply.getHeader("content-type") ?? "");
  return /^application\/(?:[\w.+-]+\+)?json\b|^text\/(?!event-stream)/i.test(type);
}

/**
 * The last answers compressed, by encoding and body: most GETs repeat (the catalog is the same for
 * everyone until the content changes), so the answer to the same body is compressed once. Keyed on
 * the whole body, so a hit can only ever return the compressed form of that exact body.
 *
 * Measured on GET /api/certifications (83 KB of JSON, 19 KB compressed; the shared 2-core machine):
 * server CPU per request ~65-70 µs sent as is, and the same with Brotli or gzip from this cache
 * (20,000 requests each, CPU time of the server process). Compressing each answer instead costs
 * ~0.6 ms (Brotli 4) or ~0.9 ms (gzip 6) of CPU per answer, ten times the request itself.
 * (autocannon's req/s understates compressed answers: the load generator spends its own CPU
 * decoding binary bodies.)
 */
export class CompressedCache {
  readonly #entries: LRUCache<string, Buffer>;
  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {
    this.#entries = new LRUCache<string, Buffer>({
      max: maxEntries,
      maxSize: maxBytes,
      // One answer may take a quarter of the budget at most, so one big body cannot flush the rest.
      maxEntrySize: maxBytes / 4,
      sizeCalculation: (value, key) => Math.max(1, key.length + value.length),
    });
  }
  get(key: string): Buffer | undefined {
    return this.#entries.get(key);
  }
  set(key: string, value: Buffer): void {
    this.#entries.set(key, value);
  }
}

async function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === "br"
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 4,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gz(body);
}

export function installApiCompression(app: FastifyInstance): void {
  const cache = {
    br: new CompressedCache(64, 16 * 1024 * 1024),
    gzip: new CompressedCache(64, 16 * 1024 * 1024),
  };
  app.addHook("onSend", async (request, reply, payload) => {
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
    if (!compressible(request, reply)) return payload;
    // Characters for a string: a lower bound of its bytes, without scanning it.
    if (payload.length < API_COMPRESSION_THRESHOLD) return payload;
    // Compressed or not, this answer depends on the request's Accept-Encoding.
    appendVary(reply);
    const encoding = negotiateEncoding(request.headers["accept-encoding"]);
    if (!encoding) return payload;
    let compressed: Buffer;
    if (typeof payload === "string") {
      const cached = cache[encoding].get(payload);
      compressed = cached ?? (await compress(Buffer.from(payload), encoding));
      if (cached === undefined) cache[encoding].set(payload, compressed);
    } else {
      compressed = await compress(payload, encoding);
    }
    reply.header("content-encoding", encoding);
    // Fastify sets the length of the payload it is given.
    reply.removeHeader("content-length");
    return compressed;
  });
}
