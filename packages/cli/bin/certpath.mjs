#!/usr/bin/env node
// Node 20 cannot run TypeScript itself: register tsx, then load the CLI from source.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
