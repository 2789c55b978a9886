/**
 * Property tests run with a fixed seed so CI is repeatable; set FC_SEED to explore other inputs
 * (a failure prints its seed, which reproduces it).
 */
import fc from "fast-check";

fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261124),
  numRuns: Number(process.env.FC_RUNS ?? 100),
});
