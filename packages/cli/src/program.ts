/**
 * @module The certpath command tree. Each command lives in its own file under ./commands and adds
 * itself here; exit codes: 0 ok, 1 failure, 2 bad usage or unknown id.
 */
import { VERSION } from "@certpath/server";
import { Command } from "commander";
import { registerAssess } from "./commands/assess";
import { registerBank } from "./commands/bank";
import { registerCerts } from "./commands/certs";
import { registerPlan } from "./commands/plan";
import { registerRecommend } from "./commands/recommend";
import { registerServe } from "./commands/serve";

export function createProgram(): Command {
  const program = new Command()
    .name("certpath")
    .description("From 'I want an ML certification' to certified, and still current.")
    .version(VERSION, "-v, --version")
    .showHelpAfterError("(run certpath --help for usage)")
    .exitOverride();
  program.configureOutput({ outputError: (text, write) => write(text) });
  registerServe(program);
  registerCerts(program);
  registerBank(program);
  registerRecommend(program);
  registerPlan(program);
  registerAssess(program);
  return program;
}
