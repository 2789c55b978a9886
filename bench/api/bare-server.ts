/**
 * The framework's floor: a bare Fastify app with a JSON hello-world route, no plugins, run as its
 * own process like the real server, so each Certpath route is measured beside the best the same
 * framework does on this machine in the same run. Prints its URL on stdout when listening.
 */
import { readFileSync } from "node:fs";
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/hello", async () => ({ hello: "world" }));

// The same framework sending a recommendation-sized answer it already holds (BARE_PAYLOAD_FILE):
// the floor for a route whose answer is ~50 KB, whatever the route does before it sends.
const payloadFile = process.env.BARE_PAYLOAD_FILE;
if (payloadFile) {
  const payload = readFileSync(payloadFile, "utf8");
  app.post("/payload", (_request, reply) => reply.type("application/json; charset=utf-8").send(payload));
}
const url = await app.listen({ port: Number(process.env.PORT ?? 0), host: "127.0.0.1" });
console.log(url);
process.on("SIGTERM", () => app.close().then(() => process.exit(0)));
