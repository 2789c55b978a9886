/**
 * @module Correlations between skills in the population of people preparing for ML certifications:
 * what lets an answer in calculus also say something about linear algebra. The default is an
 * assumption to be replaced by `estimateSkillCorrelations` / `calibrate` once response data exist.
 * @see docs/algorithms/irt.md#skill-correlations
 */
import { CertpathError } from "../shared/errors";
import { SKILL_IDS, type SkillId } from "../skills/skill-ids";
import { isPositiveDefinite } from "./linear-algebra";

/** A correlation matrix over named skills: `matrix[i][j]` is the correlation of skills[i] and skills[j]. */
export interface SkillCorrelations {
  skills: readonly string[];
  matrix: readonly (readonly number[])[];
}

/**
 * Blocks of the default matrix and their within-block correlation. Deliberately on the low side of
 * the plausible range (research notes, sec. 1.3 and 7.3): an overstated correlation makes the
 * engine over-claim precision (told .7 when the truth is .5, reported SEs were 10–19% too small),
 * an understated one only costs some items.
 */
const BLOCKS: ReadonlyArray<{ name: string; within: number; skills: readonly SkillId[] }> = [
  { name: "math", within: 0.5, skills: ["linear-algebra", "calculus", "probability", "statistics"] },
  { name: "python-ml", within: 0.55, skills: ["python", "data-wrangling", "classical-ml", "deep-learning"] },
  { name: "ml-engineering", within: 0.5, skills: ["data-engineering", "mlops", "databricks"] },
  { name: "cloud", within: 0.55, skills: ["cloud-aws", "cloud-azure", "cloud-gcp"] },
  { name: "applied-ai", within: 0.4, skills: ["generative-ai", "responsible-ai"] },
];

/** Between-block correlations, in the order of BLOCKS (symmetric; diagonal unused). */
const BETWEEN: readonly (readonly number[])[] = [
  [1, 0.3, 0.2, 0.15, 0.25],
  [0.3, 1, 0.4, 0.3, 0.35],
  [0.2, 0.4, 1, 0.45, 0.3],
  [0.15, 0.3, 0.45, 1, 0.3],
  [0.25, 0.35, 0.3, 0.3, 1],
];

function buildDefault(): SkillCorrelations {
  const blockOf = new Map<string, number>();
  BLOCKS.forEach((block, index) => {
    for (const skill of block.skills) blockOf.set(skill, index);
  });
  const skills = [...SKILL_IDS];
  const matrix = skills.map((si) =>
    skills.map((sj) => {
      if (si === sj) return 1;
      const bi = blockOf.get(si) as number;
      const bj = blockOf.get(sj) as number;
      return bi === bj ? (BLOCKS[bi]?.within as number) : (BETWEEN[bi]?.[bj] as number);
    }),
  );
  return { skills, matrix };
}

/**
 * The assumed correlations of the 16 taxonomy skills: five blocks (math; Python and ML; ML
 * engineering; cloud platforms; applied AI) with correlation .4–.55 inside a block and .15–.45
 * between blocks. Positive definite (checked by a test).
 */
export const DEFAULT_SKILL_CORRELATIONS: SkillCorrelations = buildDefault();

/**
 * An equicorrelated matrix: every pair of `skills` correlated `r` (valid for −1/(n−1) < r < 1).
 * Handy for simulations and as a one-factor assumption.
 */
export function equicorrelated(skills: readonly string[], r: number): SkillCorrelations {
  return { skills: [...skills], matrix: skills.map((_, i) => skills.map((__, j) => (i === j ? 1 : r))) };
}

/**
 * The correlation matrix restricted (and reordered) to `skills`, as a row-major Float64Array.
 * Skills the matrix does not know are uncorrelated with the rest.
 * @throws CertpathError INVALID_ARGUMENT when the result is not a valid correlation matrix.
 */
export function correlationMatrixFor(
  correlations: SkillCorrelations,
  skills: readonly string[],
): Float64Array {
  const position = new Map(correlations.skills.map((skill, index) => [skill, index]));
  const n = skills.length;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const pi = position.get(skills[i] as string);
    for (let j = 0; j < n; j++) {
      const pj = position.get(skills[j] as string);
      let r = i === j ? 1 : 0;
      if (i !== j && pi !== undefined && pj !== undefined) r = correlations.matrix[pi]?.[pj] ?? 0;
      if (!(Number.isFinite(r) && Math.abs(r) <= 1)) {
        throw new CertpathError(
          "INVALID_ARGUMENT",
          `correlation of ${skills[i]} and ${skills[j]} must be in [-1, 1] (received ${r})`,
        );
      }
      out[i * n + j] = r;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs((out[i * n + j] as number) - (out[j * n + i] as number)) > 1e-9) {
        throw new CertpathError(
          "INVALID_ARGUMENT",
          `correlations of ${skills[i]} and ${skills[j]} are not symmetric`,
        );
      }
    }
  }
  if (!isPositiveDefinite(out, n)) {
    throw new CertpathError("INVALID_ARGUMENT", "skill correlations are not positive definite");
  }
  return out;
}
