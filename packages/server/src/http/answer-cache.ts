/**
 * @module Answer cache: routes whose answer depends only on the request and the day — the
 * recommendation, "why (not) X", the catalog — keep the serialized JSON of recent answers.
 *
 * Why: a recommendation evaluates every certification for the profile and its answer is ~50 KB of
 * explained JSON; checking that against the response schema and stringifying it cost more than the
 * computation (bench/api/PROFILE.md). The web app asks again for the same profile on every visit to
 * /recommendations and for every "why not" it opens, and a team's members often share a profile
 * shape. A hit skips all of it and sends the stored string.
 *
 * Safe because the key is everything the answer depends on: the route, the validated request (path
 * parameters, query, body) and the day (catalog statuses and "retiring in N days" change with it).
 * The content is loaded once per process, so it needs no key. Errors are never cached. Each app
 * server keeps its own cache (nothing shared, so they stay stateless); it is bounded by bytes and
 * entries expire after an hour, so memory stays flat under any mix of requests.
 */
import { createHash } from "node:crypto";
import type { FastifyReply } from "fastify";
import { ResponseSerializationError } from "fastify-type-provider-zod";
import { LRUCache } from "lru-cache";
import { safeEncode, type ZodType } from "zod";

/** Default byte budget: ~1,000 recommendation answers (CERTPATH_ANSWER_CACHE_MB, config.ts). */
export const DEFAULT_ANSWER_CACHE_BYTES = 48 * 1024 * 1024;
const ENTRY_TTL_MS = 60 * 60 * 1000;
const JSON_TYPE = "application/json; charset=utf-8";

export interface AnswerCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

export class AnswerCache {
  /** Null when the budget is 0: every answer is computed (the benchmark's cache-miss baseline). */
  readonly #entries: LRUCache<string, string> | null;
  #hits = 0;
  #misses = 0;

  constructor(maxBytes: number = DEFAULT_ANSWER_CACHE_BYTES) {
    this.#entries =
      maxBytes > 0
        ? new LRUCache<string, string>({
            maxSize: maxBytes,
            // V8 keeps JSON of ASCII text at one byte per character: count characters.
            sizeCalculation: (value, key) => value.length + key.length,
            ttl: ENTRY_TTL_MS,
          })
        : null;
  }

  /**
   * Sends the answer for `parts` (route, day, validated request): the stored JSON, or `compute()`
   * checked against `schema` exactly as the route's serializer would, stored, then sent.
   */
  send(
    reply: FastifyReply,
    parts: readonly unknown[],
    schema: ZodType,
    compute: () => unknown,
  ): FastifyReply {
    const key = createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
    let json = this.#entries?.get(key);
    if (json === undefined) {
      this.#misses += 1;
      const result = safeEncode(schema, compute());
      if (result.error) {
        throw new ResponseSerializationError(reply.request.method, reply.request.url, {
          cause: result.error,
        });
      }
      json = JSON.stringify(result.data);
      this.#entries?.set(key, json);
    } else {
      this.#hits += 1;
    }
    // A string with a JSON content type is sent as it is (Fastify skips the route's serializer).
    return reply.type(JSON_TYPE).send(json);
  }

  stats(): AnswerCacheStats {
    return {
      hits: this.#hits,
      misses: this.#misses,
      entries: this.#entries?.size ?? 0,
      bytes: this.#entries?.calculatedSize ?? 0,
    };
  }
}
