/**
 * @module CLI entry: runs the program and turns errors into a message and an exit code.
 */
import { CommanderError } from "commander";
import { createProgram } from "./program";
import { UsageError } from "./usage-error";

try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; usage mistakes exit 2 (commander already printed the message).
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UsageError) {
    console.error(`certpath: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(`certpath: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
