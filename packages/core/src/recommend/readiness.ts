/**
 * @module Readiness: the probability of passing one certification now, from skill evidence, the
 * blueprint → skills map and the blueprint weights; per-domain readiness; the domains that hold it
 * back; and "not enough evidence" wherever the evidence does not reach.
 *
 * The model, on the shared theta scale (docs/algorithms/recommendation.md argues every constant):
 *
 * 1. Domain ability. A domain d maps to skills with weights w_ds (summing to 1):
 *      a_d = sum_s w_ds * theta_s,   mu_d = sum_s w_ds * mu_s,
 *      se_d^2 = rho * (sum_{s self-rated} w_ds se_s)^2 + (1 - rho) * sum_{s self-rated} w_ds^2 se_s^2
 *               + sum_{s other} w_ds^2 se_s^2
 *    (rho = SELF_RATING_CORRELATION; a skill without evidence takes its prior: N(0, 1), or for
 *    platform skills the work-history prior of evidence.ts).
 * 2. Domain mastery, as reported: P(d at the standard on exam day)
 *      m_d = Phi((mu_d - c) / sqrt(se_d^2 + tau^2)),
 *    c = CUT_BY_LEVEL[level] (the minimally competent candidate's ability), tau = exam-day noise.
 * 3. Exam score given true abilities: expected share of questions right, domain by domain,
 *      q_d = Phi(z_pi + (a_d - c) / kappa),  S = sum_d W_d q_d,
 *    W_d = blueprint weight (midpoint of the range, normalised); z_pi = Phi^-1(pi) makes the
 *    minimally competent candidate score exactly the pass mark pi (the Angoff definition of a cut).
 * 4. Pass probability given true abilities (normal approximation to the binomial score of N
 *    scored questions, plus exam-day variation delta in theta units, mapped to the score scale by
 *    the slope at the cut, phi(z_pi) / kappa):
 *      p = Phi((S - pi) / sigma_S),  sigma_S^2 = pi (1 - pi) / N + (phi(z_pi) delta / kappa)^2.
 * 5. Over our uncertainty about theta: passProbability = E[p], low/high = 10th/90th percentiles
 *    of p, in closed form (see passDistribution). More skill never lowers readiness.
 *
 * Evidence rule: a domain whose skill weight is less than MIN_DOMAIN_EVIDENCE covered by ratings
 * or diagnostics reports "not enough evidence"; the exam's pass probability is null when less than
 * MIN_EXAM_EVIDENCE of the exam's weight is covered.
 */
import type { Certification, CertificationLevel } from "../catalog/certification";
import { levelOfTheta } from "../skills/skill-estimate";
import type { SkillId } from "../skills/skill-ids";
import { beliefFor, SELF_RATING_CORRELATION, type SkillEvidence, type SkillPriors } from "./evidence";
import { normalCdf, normalQuantile } from "./normal";

/**
 * The minimally competent candidate's ability per exam level, on the shared scale (levels are
 * one-unit bands: 1 aware [-1.5, -0.5), 2 with help [-0.5, 0.5), 3 independent [0.5, 1.5)).
 * Foundational: recognises concepts and services and applies them with help (lower edge of 2).
 * Associate: works independently on routine tasks (lower edge of 3). Professional and specialty:
 * independent on non-routine work and designs solutions (middle of 3, halfway to "can design").
 */
export const CUT_BY_LEVEL: Readonly<Record<CertificationLevel, number>> = {
  foundational: -0.5,
  associate: 0.5,
  professional: 1,
  specialty: 1,
};

/** Exam-day noise on one domain's ~10–15 questions, in theta units. */
export const DOMAIN_NOISE_TAU = 0.5;
/** Share of questions the minimally competent candidate gets right (the pass mark). */
export const PASS_MARK = 0.7;
/** Theta units per probit of proportion correct: one level above the cut answers ~88% right. */
export const SCORE_SLOPE_KAPPA = 1.25;
/**
 * Exam-day variation (form, fatigue, luck) in theta units. With the binomial part of a 50-question
 * exam it gives a standard error of measurement of ~0.38 theta, i.e. reliability ~0.86 — the range
 * certification programmes publish (0.85–0.90).
 */
export const EXAM_DAY_NOISE = 0.3;
/** Questions assumed when the catalog does not say; task-based exams count as at least 20. */
export const DEFAULT_QUESTIONS = 50;
const MIN_QUESTIONS = 20;
/** Share of a domain's skill weight that must rest on evidence to report the domain. */
export const MIN_DOMAIN_EVIDENCE = 0.5;
/** Share of the exam's weight that must rest on evidence to report a pass probability. */
export const MIN_EXAM_EVIDENCE = 0.6;

export type DomainStatus = "estimated" | "not-enough-evidence";

export interface DomainReadiness {
  id: string;
  name: string;
  /** Share of the exam, 0–1 (midpoint of the published range, normalised). */
  weight: number;
  /** Share of the domain's skill weight backed by a rating or a diagnostic, 0–1. */
  evidence: number;
  status: DomainStatus;
  /** Domain ability on the shared scale; null without enough evidence. */
  ability: { theta: number; se: number } | null;
  /** The standard (cut) for this exam's level. */
  cut: number;
  /** P(this domain is at the standard on exam day); null without enough evidence. */
  mastery: number | null;
  /** True for the domains that hold the exam back. */
  holdsBack: boolean;
  /** Skills in this domain with no rating and no diagnostic. */
  missingEvidence: SkillId[];
  explanation: string;
}

export interface Readiness {
  passProbability: number | null;
  low: number | null;
  high: number | null;
  /** Share of the exam's weight backed by evidence, 0–1. */
  evidence: number;
  cut: number;
  domains: DomainReadiness[];
  /** Ids of the domains that hold readiness back, worst first. */
  holdingBack: string[];
  summary: string;
}

/** A domain's ability with the prior filling skills that have no evidence. */
export interface DomainAbility {
  mu: number;
  se: number;
  /** Share of the skill weight backed by evidence. */
  evidence: number;
  missing: SkillId[];
}

// Per blueprint, built once: readiness, hours, the pass distribution and the plan all ask for it.
const sharesOfDomains = new WeakMap<object, readonly number[]>();

/** Blueprint weights as shares summing to 1 (midpoints of the published ranges). */
export function domainShares(certification: Certification): readonly number[] {
  const known = sharesOfDomains.get(certification.blueprint);
  if (known) return known;
  const mids = certification.blueprint.domains.map((d) => (d.weight.min + d.weight.max) / 2);
  const total = mids.reduce((a, b) => a + b, 0);
  const shares = total > 0 ? mids.map((m) => m / total) : mids.map(() => 1 / Math.max(1, mids.length));
  sharesOfDomains.set(certification.blueprint, shares);
  return shares;
}

// Per blueprint domain, built once, for the same reason.
const sharesOfSkills = new WeakMap<object, ReadonlyArray<readonly [SkillId, number]>>();

function skillShares(skills: Partial<Record<SkillId, number>>): ReadonlyArray<readonly [SkillId, number]> {
  const known = sharesOfSkills.get(skills);
  if (known) return known;
  const entries = Object.entries(skills).filter((e): e is [SkillId, number] => (e[1] ?? 0) > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const shares = entries.map(([skill, w]): [SkillId, number] => [skill, w / total]);
  sharesOfSkills.set(skills, shares);
  return shares;
}

/**
 * Domain ability with propagated variance (formula 1 of the module doc). Skills without evidence
 * take the population prior N(0, 1), which widens se_d.
 */
export function domainAbility(
  skills: Partial<Record<SkillId, number>>,
  evidence: SkillEvidence,
  priors?: SkillPriors,
): DomainAbility {
  let mu = 0;
  let covered = 0;
  let selfRatedSe = 0;
  let independentVar = 0;
  const missing: SkillId[] = [];
  for (const [skill, w] of skillShares(skills)) {
    const estimate = beliefFor(skill, evidence, priors);
    mu += w * estimate.theta;
    if (evidence.has(skill)) covered += w;
    else missing.push(skill);
    if (estimate.source === "self-rating") {
      selfRatedSe += w * estimate.se;
      independentVar += (1 - SELF_RATING_CORRELATION) * (w * estimate.se) ** 2;
    } else {
      independentVar += (w * estimate.se) ** 2;
    }
  }
  const variance = SELF_RATING_CORRELATION * selfRatedSe ** 2 + independentVar;
  return { mu, se: Math.sqrt(variance), evidence: covered, missing };
}

/** P(domain at the standard on exam day) = Phi((mu - c) / sqrt(se^2 + tau^2)). */
export function domainMastery(mu: number, se: number, cut: number): number {
  return normalCdf((mu - cut) / Math.sqrt(se * se + DOMAIN_NOISE_TAU * DOMAIN_NOISE_TAU));
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The 10th/90th percentile point of a standard normal. */
const Z_90 = 1.2815515655446004;

/**
 * Quantile-midpoint nodes for E[p]: the mean over u_i = (i + 1/2) / n of f(Phi^-1(u_i)) estimates
 * E[f(X)], X ~ N(0, 1). For f monotone and bounded in [0, 1] the error is below 1/n whatever f's
 * shape (p is a steep sigmoid when sigma_S is small, where a Gauss–Hermite rule is not); in
 * practice it is far smaller: against 8,192 draws the largest error on the mean is 0.005 with 32
 * nodes, as with 128.
 */
const MEAN_NODES = 32;
const MEAN_X = Float64Array.from({ length: MEAN_NODES }, (_, i) => normalQuantile((i + 0.5) / MEAN_NODES));

/** What passDistribution needs of a blueprint that does not depend on the person. */
interface BlueprintShape {
  /** Domain shares W_d. */
  shares: Float64Array;
  /** The skills the blueprint uses, and each one's weight v_s in the index L. */
  skills: SkillId[];
  index: Float64Array;
  /** Per domain: positions into `skills` and the weights w_ds. */
  members: Int32Array[];
  weights: Float64Array[];
  /** sigma_S for this exam's number of questions. */
  sigma: number;
}

// Built once per certification object: the catalog is loaded once and reused for every request.
const shapes = new WeakMap<Certification, BlueprintShape>();

function blueprintShape(certification: Certification): BlueprintShape {
  const known = shapes.get(certification);
  if (known) return known;
  const shares = Float64Array.from(domainShares(certification));
  const domains = certification.blueprint.domains.map((domain) => skillShares(domain.skills));
  const skills: SkillId[] = [];
  const position = new Map<SkillId, number>();
  for (const terms of domains)
    for (const [skill] of terms)
      if (!position.has(skill)) {
        position.set(skill, skills.length);
        skills.push(skill);
      }
  const index = new Float64Array(skills.length);
  domains.forEach((terms, d) => {
    for (const [skill, w] of terms) {
      const i = position.get(skill) as number;
      index[i] = (index[i] as number) + (shares[d] as number) * w;
    }
  });
  const questions = Math.max(MIN_QUESTIONS, certification.format.questions?.min ?? DEFAULT_QUESTIONS);
  const zPass = normalQuantile(PASS_MARK);
  const slope = Math.exp(-0.5 * zPass * zPass) / Math.sqrt(2 * Math.PI) / SCORE_SLOPE_KAPPA;
  const shape: BlueprintShape = {
    shares,
    skills,
    index,
    members: domains.map((terms) => Int32Array.from(terms, ([skill]) => position.get(skill) as number)),
    weights: domains.map((terms) => Float64Array.from(terms, ([, w]) => w)),
    sigma: Math.sqrt((PASS_MARK * (1 - PASS_MARK)) / questions + (slope * EXAM_DAY_NOISE) ** 2),
  };
  shapes.set(certification, shape);
  return shape;
}

const Z_PASS = normalQuantile(PASS_MARK);

/**
 * Pass probability over the estimate uncertainty (formula 5): mean, 10th and 90th percentile of p,
 * in closed form, conditioning on one linear index of ability.
 *
 * L = sum_s v_s theta_s with v_s = sum_d W_d w_ds (the blueprint's own weighting of the skills) is
 * normal. Given L at x standard deviations, every domain ability is normal with mean
 * mu_d + x Cov(a_d, L) / sd_L and residual variance r_d = Var(a_d) - Cov(a_d, L)^2 / Var(L), so
 * the expected score given L is exact:
 *   S(x) = sum_d W_d Phi((z_pi + (mu_d + x b_d - c) / kappa) / sqrt(1 + r_d / kappa^2)).
 * Then low / high = p(S(-/+1.2816)) and mean = E[p(S(X))], X ~ N(0, 1), with p(s) = Phi((s - pi) / sigma_S).
 * The spread of S around S(x) given L is left out (it is small: the blueprint index carries most
 * of the variance). b_d and r_d depend only on the standard errors, so S(x) rises with every mu_s:
 * more skill never lowers the mean, low or high — by construction, as with fixed draws.
 *
 * Covariances follow formula 1: Cov(theta_s, theta_t) = se_s^2 on the diagonal, rho se_s se_t
 * between two self-ratings, 0 otherwise — so every sum below is linear in the number of skills.
 *
 * It replaced 512 Latin-hypercube draws per exam: ~30 times faster (bench/api/PROFILE.md) and,
 * against 8,192 draws over 1,080 profile × exam pairs, closer to them than the 512 draws were
 * (largest error 0.005 on the mean and 0.023 on a percentile, against 0.011 and 0.059).
 */
export function passDistribution(
  certification: Certification,
  evidence: SkillEvidence,
  priors?: SkillPriors,
): { mean: number; low: number; high: number } {
  const cut = CUT_BY_LEVEL[certification.level];
  const { shares, skills, index, members, weights, sigma } = blueprintShape(certification);
  const rho = SELF_RATING_CORRELATION;

  // Each skill's belief; the self-rated part of sum_s v_s se_s (their shared error).
  const n = skills.length;
  const theta = new Float64Array(n);
  const se = new Float64Array(n);
  const selfRated = new Uint8Array(n);
  let sharedWithIndex = 0;
  for (let i = 0; i < n; i++) {
    const belief = beliefFor(skills[i] as SkillId, evidence, priors);
    theta[i] = belief.theta;
    se[i] = belief.se;
    if (belief.source === "self-rating") {
      selfRated[i] = 1;
      sharedWithIndex += (index[i] as number) * belief.se;
    }
  }
  // Cov(theta_s, L) and Var(L).
  const withIndex = new Float64Array(n);
  let varianceL = 0;
  for (let i = 0; i < n; i++) {
    const s = se[i] as number;
    const v = index[i] as number;
    const c = s * s * v + (selfRated[i] ? rho * s * (sharedWithIndex - s * v) : 0);
    withIndex[i] = c;
    varianceL += v * c;
  }
  const sdL = Math.sqrt(varianceL);

  // Per domain: the probit at x = 0, its slope in x, and 1 / sqrt(1 + r_d / kappa^2).
  const domainCount = members.length;
  const base = new Float64Array(domainCount);
  const perX = new Float64Array(domainCount);
  for (let d = 0; d < domainCount; d++) {
    const at = members[d] as Int32Array;
    const w = weights[d] as Float64Array;
    let mu = 0;
    let withL = 0;
    let diagonal = 0;
    let selfSum = 0;
    let selfSquares = 0;
    for (let k = 0; k < at.length; k++) {
      const i = at[k] as number;
      const ws = (w[k] as number) * (se[i] as number);
      mu += (w[k] as number) * (theta[i] as number);
      withL += (w[k] as number) * (withIndex[i] as number);
      diagonal += ws * ws;
      if (selfRated[i]) {
        selfSum += ws;
        selfSquares += ws * ws;
      }
    }
    const variance = diagonal + rho * (selfSum * selfSum - selfSquares);
    const b = sdL > 0 ? withL / sdL : 0;
    const scale = 1 / Math.sqrt(1 + Math.max(0, variance - b * b) / SCORE_SLOPE_KAPPA ** 2);
    base[d] = (Z_PASS + (mu - cut) / SCORE_SLOPE_KAPPA) * scale;
    perX[d] = (b / SCORE_SLOPE_KAPPA) * scale;
  }

  const passAt = (x: number): number => {
    let score = 0;
    for (let d = 0; d < domainCount; d++)
      score += (shares[d] as number) * normalCdf((base[d] as number) + x * (perX[d] as number));
    return normalCdf((score - PASS_MARK) / sigma);
  };
  let sum = 0;
  for (let i = 0; i < MEAN_NODES; i++) sum += passAt(MEAN_X[i] as number);
  return { mean: sum / MEAN_NODES, low: passAt(-Z_90), high: passAt(Z_90) };
}

function domainExplanation(name: string, ability: DomainAbility, mastery: number, cut: number): string {
  const level = levelOfTheta(ability.mu);
  const where = ability.mu >= cut ? "at or above" : "below";
  const partial = ability.missing.length > 0 ? ` (no evidence yet for ${ability.missing.join(", ")})` : "";
  return `${name}: estimated level ${level}, ${where} this exam's standard; ${pct(mastery)} chance it holds up on exam day${partial}.`;
}

/** Readiness for one certification (see the module doc for the model). */
export function assessReadiness(
  certification: Certification,
  evidence: SkillEvidence,
  priors?: SkillPriors,
): Readiness {
  const cut = CUT_BY_LEVEL[certification.level];
  const shares = domainShares(certification);
  let examEvidence = 0;
  const domains: DomainReadiness[] = certification.blueprint.domains.map((domain, index) => {
    const weight = shares[index] as number;
    const ability = domainAbility(domain.skills, evidence, priors);
    examEvidence += weight * ability.evidence;
    const enough = ability.evidence >= MIN_DOMAIN_EVIDENCE - 1e-9;
    if (!enough) {
      return {
        id: domain.id,
        name: domain.name,
        weight: round3(weight),
        evidence: round3(ability.evidence),
        status: "not-enough-evidence",
        ability: null,
        cut,
        mastery: null,
        holdsBack: false,
        missingEvidence: ability.missing,
        explanation: `${domain.name}: not enough evidence — rate ${ability.missing.join(", ")} or take the diagnostic.`,
      };
    }
    const mastery = domainMastery(ability.mu, ability.se, cut);
    return {
      id: domain.id,
      name: domain.name,
      weight: round3(weight),
      evidence: round3(ability.evidence),
      status: "estimated",
      ability: { theta: round3(ability.mu), se: round3(ability.se) },
      cut,
      mastery: round3(mastery),
      holdsBack: false,
      missingEvidence: ability.missing,
      explanation: domainExplanation(domain.name, ability, mastery, cut),
    };
  });

  // The domains that hold it back: below the standard more likely than not, the heaviest shortfall
  // (weight × (1 − mastery)) first.
  const shortfall = (d: DomainReadiness) => d.weight * (1 - (d.mastery ?? 1));
  const holding = domains
    .filter((d) => d.mastery !== null && d.mastery < 0.5)
    .sort((a, b) => shortfall(b) - shortfall(a) || a.id.localeCompare(b.id));
  for (const d of holding) d.holdsBack = true;
  const holdingBack = holding.map((d) => d.id);

  const unassessed = domains.filter((d) => d.status === "not-enough-evidence");
  if (examEvidence < MIN_EXAM_EVIDENCE - 1e-9) {
    const missing = [...new Set(domains.flatMap((d) => d.missingEvidence))];
    return {
      passProbability: null,
      low: null,
      high: null,
      evidence: round3(examEvidence),
      cut,
      domains,
      holdingBack,
      summary: `Not enough evidence: your ratings cover ${pct(examEvidence)} of this exam. Rate ${missing.join(", ")} or take the diagnostic.`,
    };
  }
  const { mean, low, high } = passDistribution(certification, evidence, priors);
  const names = holding.slice(0, 2).map((d) => d.name);
  const back = names.length > 0 ? ` Held back by: ${names.join("; ")}.` : "";
  const gaps =
    unassessed.length > 0 ? ` Not enough evidence for: ${unassessed.map((d) => d.name).join("; ")}.` : "";
  const wide =
    high - low > 0.6
      ? " The range is wide because it rests on self-ratings and assumptions; the diagnostic narrows it."
      : "";
  return {
    passProbability: round3(mean),
    low: round3(low),
    high: round3(high),
    evidence: round3(examEvidence),
    cut,
    domains,
    holdingBack,
    summary: `About ${pct(mean)} chance to pass now (likely range ${pct(low)}–${pct(high)}).${back}${gaps}${wide}`,
  };
}
