/**
 * @module Hostile-input fuzzing of the HTTP API: arbitraries for path parameters, query strings
 * and bodies, and the checks every response must pass. The route table (valid inputs the fuzzer
 * mutates) lives in fuzz-route-table.ts; routes without a row are still fuzzed, from the OpenAPI
 * document, with random inputs.
 */
import fc from "fast-check";
import type { FastifyInstance } from "fastify";

export const REPO_ROOT = new URL("../../../../", import.meta.url).pathname.replace(/\/$/, "");

/** What the fuzzer starts from for one operation; every part is optional. */
export interface Seed {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface Operation {
  method: string;
  /** OpenAPI form: /api/plans/{id}.ics */
  path: string;
  /** Names of the path parameters, in order. */
  params: string[];
  /** Query keys the OpenAPI document declares. */
  queryKeys: string[];
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | undefined;
}

/** Values that broke parsers elsewhere: dates that do not exist, NUL, huge and odd numbers. */
const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uFFFF",
  "\uD800",
  "🧪",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "2026-02-30",
  "2026-13-01",
  "0000-01-01",
  "9999-12-31",
  "1970-01-01",
  "24:00",
  "__proto__",
  "constructor",
  "toString",
  "../../../../etc/passwd",
  "%",
  "%00",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "x".repeat(101),
  "x".repeat(5000),
];

const NASTY_NUMBERS = [
  -1,
  0,
  -0,
  0.5,
  1,
  7,
  60,
  81,
  1000,
  1001,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  1e308,
  -1e308,
  5e-324,
  4.2,
];

export const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
);

/**
 * Nesting that overflows recursive walkers (JSON.stringify, schema walks) when unchecked. A marker
 * string stands for it inside generated values (so the generator itself never recurses that deep)
 * and is swapped for the deep text when the body is serialised.
 */
const DEEP_MARKER = "\u0001deep";
const DEEP_TEXT = `${"[".repeat(6000)}${'{"a":'.repeat(10)}1${"}".repeat(10)}${"]".repeat(6000)}`;
const toJsonText = (value: unknown) =>
  (JSON.stringify(value) ?? "null").replaceAll(JSON.stringify(DEEP_MARKER), DEEP_TEXT);

/** Any JSON value, biased towards the nasty ones. */
export const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, DEEP_MARKER) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

type Mutation = { at: number; kind: "replace" | "delete" | "add" | "wrap"; value: unknown; key: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("replace", "replace", "delete", "add", "wrap"),
  value: nastyJson,
  key: fc.oneof(fc.constantFrom("__proto__", "constructor", "extra", ""), fc.string({ maxLength: 8 })),
});

/** Every container/leaf position in a JSON value, as key paths. */
function positions(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) positions(v, [...prefix, i], out);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) positions(v, [...prefix, k], out);
  }
  return out;
}

function applyMutation(root: unknown, m: Mutation): unknown {
  const copy = structuredClone(root);
  const all = positions(copy);
  const where = all[m.at % all.length] ?? [];
  if (where.length === 0) return m.kind === "wrap" ? [copy] : m.kind === "replace" ? m.value : copy;
  const parentPath = where.slice(0, -1);
  const last = where[where.length - 1] as string | number;
  let parent = copy as Record<string | number, unknown>;
  for (const step of parentPath) parent = parent[step] as Record<string | number, unknown>;
  const target = parent[last];
  if (m.kind === "replace") parent[last] = m.value;
  else if (m.kind === "wrap") parent[last] = [target];
  else if (m.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (target && typeof target === "object" && !Array.isArray(target)) {
    // defineProperty so "__proto__" becomes an own key, as JSON.parse on the server would make it.
    Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true });
  } else if (Array.isArray(target)) target.push(m.value);
  else parent[last] = { [m.key]: m.value };
  return copy;
}

/** One to three mutations of a valid value: mostly still close to valid, so validation runs deep. */
export function mutated(seed: unknown): fc.Arbitrary<unknown> {
  return fc
    .array(mutation, { minLength: 1, maxLength: 3 })
    .map((ms) => ms.reduce((value, m) => applyMutation(value, m), seed));
}

/** A body: a mutated valid body, random JSON, broken JSON text, or another content type. */
export function bodyArbitrary(seed: unknown): fc.Arbitrary<{ payload: string; type: string }> {
  const json = (value: unknown) => ({ payload: toJsonText(value), type: "application/json" });
  const text = seed === undefined ? "{}" : JSON.stringify(seed);
  const options: fc.WeightedArbitrary<{ payload: string; type: string }>[] = [
    { weight: 2, arbitrary: nastyJson.map(json) },
    {
      weight: 1,
      arbitrary: fc
        .nat(text.length)
        .map((cut) => ({ payload: text.slice(0, cut), type: "application/json" })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { payload: "[".repeat(10_000), type: "application/json" },
        { payload: `${"[".repeat(5000)}${"]".repeat(5000)}`, type: "application/json" },
        { payload: '{"a":1e999}', type: "application/json" },
        { payload: '{"__proto__":{"polluted":true}}', type: "application/json" },
        { payload: '{"constructor":{"prototype":{"polluted":true}}}', type: "application/json" },
        { payload: "a=1&b=2", type: "application/x-www-form-urlencoded" },
        { payload: "plain", type: "text/plain" },
        { payload: "<x/>", type: "application/xml" },
        { payload: text, type: "application/json; charset=latin1" },
      ),
    },
  ];
  if (seed !== undefined) options.push({ weight: 6, arbitrary: mutated(seed).map(json) });
  return fc.oneof(...options);
}

/** encodeURIComponent, except that a lone surrogate becomes the raw (invalid) UTF-8 a client could send. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))}%ED%A0%80`;
  }
}

/** A path parameter: the valid one, or something else (encoded, or raw and possibly malformed). */
export function paramArbitrary(valid: string | undefined): fc.Arbitrary<string> {
  const encoded = nastyString.map(encode);
  const raw = fc.constantFrom("%E0%A4%A", "%", "..", ".", "a%2Fb", "%2e%2e", "x%00");
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 4, arbitrary: encoded },
    { weight: 1, arbitrary: raw },
  ];
  if (valid !== undefined) {
    options.push({ weight: 3, arbitrary: fc.constant(encode(valid)) });
    options.push({ weight: 1, arbitrary: mutated(valid).map((v) => encode(String(v))) });
  }
  return fc.oneof(...options);
}

/** A query string: known keys with valid, nasty or repeated values, unknown keys, raw oddities. */
export function queryArbitrary(keys: string[], valid: Record<string, string> = {}): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(keys.length > 0 ? keys : ["q"])) },
    { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "a[b]", "x") },
  );
  const value = (k: string) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(valid[k] ?? "x") },
      { weight: 3, arbitrary: nastyString },
      { weight: 1, arbitrary: fc.array(nastyString, { minLength: 2, maxLength: 3 }) },
    );
  const pairs = fc.array(
    key.chain((k) => value(k).map((v) => [k, v] as const)),
    { maxLength: 4 },
  );
  const encoded = pairs.map((list) => {
    const search = new URLSearchParams();
    for (const [k, v] of list) for (const one of Array.isArray(v) ? v : [v]) search.append(k, one);
    return search.toString();
  });
  return fc.oneof(
    { weight: 6, arbitrary: encoded },
    { weight: 1, arbitrary: fc.constantFrom("%", "a=%E0%A4%A", "&&&", "=", "a[__proto__][x]=1") },
  );
}

/** Checks one response; returns the problem, or null when it is acceptable. */
export function problemWith(response: {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
}): string | null {
  const { statusCode, body } = response;
  if (statusCode >= 500) return `status ${statusCode}: ${body.slice(0, 300)}`;
  if (/\n\s+at \S/.test(body) || /\bat .+\(.+:\d+:\d+\)/.test(body)) return "stack trace in the body";
  if (body.includes(REPO_ROOT) || body.includes("node_modules/") || /\.(ts|mjs|cjs|js):\d+/.test(body)) {
    return `file path in the body: ${body.slice(0, 300)}`;
  }
  if (statusCode >= 400) {
    const type = String(response.headers["content-type"] ?? "");
    if (!type.includes("json")) return `status ${statusCode} answered as ${type || "no content type"}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return `status ${statusCode} with a body that is not JSON`;
    }
    const message = (parsed as { message?: unknown } | null)?.message;
    if (typeof message !== "string" || message.length === 0) return `status ${statusCode} without a message`;
  }
  return null;
}

/** Every operation the app's OpenAPI document lists (better-auth's /api/auth/* is hidden there). */
export async function operationsOf(app: FastifyInstance): Promise<Operation[]> {
  const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
    paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>>;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = op.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        params: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string),
        queryKeys: parameters.filter((p) => p.in === "query").map((p) => p.name),
      });
    }
  }
  return operations;
}

/** The request for one operation, as an arbitrary. */
export function requestArbitrary(op: Operation, seed: Seed): fc.Arbitrary<FuzzRequest> {
  const params = fc.tuple(...op.params.map((name) => paramArbitrary(seed.params?.[name])));
  const query = fc.option(queryArbitrary(op.queryKeys, seed.query), { nil: undefined, freq: 2 });
  const hasBody = ["POST", "PUT", "PATCH"].includes(op.method);
  const body = hasBody
    ? fc.option(bodyArbitrary(seed.body), { nil: undefined, freq: 8 })
    : fc.constant(undefined);
  return fc
    .tuple(op.params.length > 0 ? params : fc.constant([] as string[]), query, body)
    .map(([values, q, b]) => {
      let i = 0;
      const path = op.path.replace(/\{\w+\}/g, () => values[i++] ?? "");
      const headers: Record<string, string> = {};
      if (b) headers["content-type"] = b.type;
      return { method: op.method, url: q ? `${path}?${q}` : path, headers, payload: b?.payload };
    });
}
