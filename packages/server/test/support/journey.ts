/**
 * @module A user's journey over HTTP, each step sent to the next server in turn (round-robin), so
 * any state kept in one server's memory shows up as a failed step. Returns what went wrong instead
 * of throwing, so a test can also prove that a stateful fixture fails it.
 */
export interface JourneyOptions {
  /** Sign up first and send the session cookie on every later step (any server must accept it). */
  account?: { origin: string } | undefined;
  /** Called between steps; the scale-out test kills a server here. */
  afterStep?: (step: number) => Promise<void> | void;
  /** Servers that are still up, asked before each step. */
  servers: () => string[];
}

export async function runJourney(options: JourneyOptions): Promise<string[]> {
  const problems: string[] = [];
  let turn = 0;
  const next = () => {
    const up = options.servers();
    const url = up[turn % up.length] as string;
    turn++;
    return url;
  };
  let cookie = "";
  const call = async (method: string, path: string, body?: unknown) => {
    const url = next();
    const headers: Record<string, string> = body === undefined ? {} : { "content-type": "application/json" };
    if (options.account) headers.origin = options.account.origin;
    if (cookie) headers.cookie = cookie;
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
    });
    const setCookies = response.headers.getSetCookie();
    if (setCookies.length > 0) cookie = setCookies.map((c) => c.split(";")[0]).join("; ");
    const text = await response.text();
    return { url, status: response.status, body: text ? JSON.parse(text) : null };
  };
  const step = async (index: number, name: string, check: () => Promise<string | null>) => {
    try {
      const problem = await check();
      if (problem) problems.push(`${name}: ${problem}`);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
    await options.afterStep?.(index);
  };

  if (options.account) {
    await step(0, "sign up", async () => {
      const r = await call("POST", "/api/auth/sign-up/email", {
        name: "Scale Test",
        email: `scale-${Date.now()}@example.com`,
        password: "correct horse battery staple",
      });
      return r.status === 200 && cookie ? null : `${r.url} answered ${r.status} ${JSON.stringify(r.body)}`;
    });
  }

  const profile = {
    experienceYears: 4,
    clouds: [{ platform: "aws", years: 2 }],
    skills: { python: 3 },
    hoursPerWeek: 6,
  };
  let planId = "";
  await step(1, "save the profile", async () => {
    const r = await call("PUT", "/api/profile", profile);
    return r.status === 200 ? null : `${r.url} answered ${r.status}`;
  });
  await step(2, "read the profile on another server", async () => {
    const r = await call("GET", "/api/profile");
    return r.status === 200 && JSON.stringify(r.body.profile) === JSON.stringify(profile)
      ? null
      : `${r.url} answered ${r.status} ${JSON.stringify(r.body)}`;
  });
  await step(3, "rank certifications", async () => {
    const r = await call("POST", "/api/recommendations", { profile });
    return r.status === 200 && r.body.recommendations.length > 0 ? null : `${r.url} answered ${r.status}`;
  });
  if (options.account) {
    await step(3.5, "take a diagnostic, answers alternating between servers", async () => {
      const created = await call("POST", "/api/assessments", { maxItems: 4, seed: 7 });
      if (created.status !== 201)
        return `${created.url} answered ${created.status} ${JSON.stringify(created.body)}`;
      const id = created.body.id as string;
      for (let answered = 0; answered < 10; answered++) {
        const next = await call("GET", `/api/assessments/${id}/next`);
        if (next.status !== 200) return `next on ${next.url}: ${next.status}`;
        const question = next.body.question as {
          itemId: string;
          format: string;
          options?: Array<{ id: string }>;
        } | null;
        if (!question) break;
        const response = question.format === "numeric" ? 0 : [question.options?.[0]?.id ?? "a"];
        const answer = await call("POST", `/api/assessments/${id}/answers`, {
          itemId: question.itemId,
          response,
        });
        if (answer.status !== 200)
          return `answer on ${answer.url}: ${answer.status} ${JSON.stringify(answer.body)}`;
      }
      const result = await call("GET", `/api/assessments/${id}/result`);
      return result.status === 200 && result.body.answered === 4
        ? null
        : `result on ${result.url}: ${result.status} answered ${result.body?.answered}`;
    });
  }
  await step(4, "make a plan", async () => {
    const r = await call("POST", "/api/plans", {
      certificationId: "aws-mla",
      hoursPerWeek: 6,
      startDate: "2026-11-30",
    });
    planId = r.body?.id ?? "";
    return r.status === 201 ? null : `${r.url} answered ${r.status} ${JSON.stringify(r.body)}`;
  });
  await step(5, "read the plan on another server", async () => {
    const r = await call("GET", `/api/plans/${planId}`);
    return r.status === 200 ? null : `${r.url} answered ${r.status}`;
  });
  await step(6, "check in", async () => {
    const r = await call("POST", `/api/plans/${planId}/check-ins`, { date: "2026-12-14", hoursDone: 3 });
    return r.status === 201 ? null : `${r.url} answered ${r.status} ${JSON.stringify(r.body)}`;
  });
  await step(7, "check in again", async () => {
    const r = await call("POST", `/api/plans/${planId}/check-ins`, { date: "2026-12-21", hoursDone: 6 });
    return r.status === 201 ? null : `${r.url} answered ${r.status} ${JSON.stringify(r.body)}`;
  });
  if (options.account) {
    await step(8, "add a credential to the wallet", async () => {
      const r = await call("POST", "/api/wallet/credentials", {
        certificationId: "google-pmle",
        earnedOn: "2026-01-15",
      });
      return r.status === 201 ? null : `${r.url} answered ${r.status} ${JSON.stringify(r.body)}`;
    });
    await step(9, "see its expiry on another server", async () => {
      const r = await call("GET", "/api/wallet/credentials");
      const list = (r.body?.credentials ?? r.body) as Array<{ expiresOn?: string }>;
      return r.status === 200 && list.some((c) => c.expiresOn === "2028-01-15")
        ? null
        : `${r.url} answered ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`;
    });
  }
  await step(10, "every check-in is on every server", async () => {
    for (const url of options.servers()) {
      const response = await fetch(`${url}/api/plans/${planId}`, {
        headers: cookie ? { cookie } : {},
      });
      const body = (await response.json()) as { checkIns?: unknown[] };
      if (body.checkIns?.length !== 2) return `${url} has ${body.checkIns?.length ?? "no"} check-ins`;
    }
    return null;
  });
  return problems;
}
