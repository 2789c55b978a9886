/**
 * @module Test helpers for accounts: sign people up through better-auth's real endpoints (with the
 * Origin a browser would send) and carry their session cookie into later requests.
 */
import type { FastifyInstance, InjectOptions } from "fastify";

export const TEST_ORIGIN = "http://127.0.0.1:3000";
export const PASSWORD = "correct horse battery staple";

export interface Person {
  id: string;
  email: string;
  name: string;
  cookie: string;
  /** Each person signs in from their own address, so per-address rate limits stay per person. */
  ip: string;
}

let counter = 0;

/** The name=value pairs of every Set-Cookie, as one Cookie header. */
export function cookieHeader(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((cookie) => cookie.split(";")[0]).join("; ");
}

export async function signUp(app: FastifyInstance, name = `Person ${++counter}`): Promise<Person> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}.${counter}@example.com`;
  const ip = `10.1.${Math.floor(counter / 250)}.${(counter % 250) + 1}`;
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: { origin: TEST_ORIGIN },
    remoteAddress: ip,
    payload: { email, password: PASSWORD, name },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const body = response.json() as { user: { id: string } };
  return { id: body.user.id, email, name, cookie: cookieHeader(response.headers["set-cookie"]), ip };
}

/** An inject as this person (or anonymously with `null`), with a browser's Origin. */
export async function as(app: FastifyInstance, person: Person | null, options: InjectOptions) {
  const response = await app.inject({
    ...options,
    headers: { origin: TEST_ORIGIN, ...(person ? { cookie: person.cookie } : {}), ...options.headers },
    remoteAddress: person?.ip ?? "10.0.0.1",
  });
  const isJson = response.headers["content-type"]?.toString().includes("json");
  return {
    status: response.statusCode,
    body: isJson ? response.json() : response.body,
    headers: response.headers,
  };
}
