/**
 * The framework's floor: a bare Fastify app with one JSON hello-world route, no plugins, run as its
 * own process like the real server, so each Certpath route is measured beside the best the same
 * framework does on this machine in the same run. Prints its URL on stdout when listening.
 */
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/hello", async () => ({ hello: "world" }));
const url = await app.listen({ port: Number(process.env.PORT ?? 0), host: "127.0.0.1" });
console.log(url);
process.on("SIGTERM", () => app.close().then(() => process.exit(0)));
