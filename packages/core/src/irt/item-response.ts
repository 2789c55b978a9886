/**
 * @module Item response functions of the two- and three-parameter logistic models (2PL / 3PL), on
 * the logit scale without the 1.7 constant, and their Fisher information. Every other part of the
 * engine (estimation, selection, calibration) reads items only through this shape.
 * @see docs/algorithms/irt.md#the-model
 */

/**
 * Parameters of one dichotomous item.
 * - `a` discrimination, > 0 (typical 0.5–2.5): the slope at the inflection point is a(1 − c)/4.
 * - `b` difficulty on the theta scale (typical −3…3): where P is halfway between c and 1.
 * - `c` lower asymptote ("guessing") in [0, 1): 0 for free response, about 1/options for choice items.
 */
export interface ItemParams {
  a: number;
  b: number;
  c: number;
}

/** An item with the response it received: what estimation needs, nothing more. */
export interface ScoredResponse extends ItemParams {
  correct: boolean;
}

/**
 * Probability of a correct response:
 *   P(θ) = c + (1 − c) / (1 + exp(−a (θ − b)))
 * Increasing in θ (for a > 0), within (c, 1).
 * @param theta ability on the logit scale (any real; the engine works in about −6…6)
 */
export function probabilityCorrect(theta: number, item: ItemParams): number {
  return item.c + (1 - item.c) / (1 + Math.exp(-item.a * (theta - item.b)));
}

/**
 * Fisher information of one item at θ:
 *   I(θ) = a² · (Q / P) · ((P − c) / (1 − c))²,  with Q = 1 − P
 * which is a²·P·Q for the 2PL (c = 0). Its maximum is a²/4 at θ = b for the 2PL; for the 3PL it is
 * lower and sits above b. Units: 1 / theta². Always ≥ 0.
 */
export function itemInformation(theta: number, item: ItemParams): number {
  return informationAt(theta, item.a, item.b, item.c);
}

/** Same as {@link itemInformation} with unpacked parameters (hot loops avoid the object). */
export function informationAt(theta: number, a: number, b: number, c: number): number {
  const star = 1 / (1 + Math.exp(-a * (theta - b))); // the 2PL part, P*
  if (c === 0) return a * a * star * (1 - star);
  const p = c + (1 - c) * star;
  // (P − c)/(1 − c) = P*, and Q = (1 − c)(1 − P*): the form below never divides by a small 1 − c.
  return (a * a * star * star * (1 - c) * (1 - star)) / p;
}

/** log(1 + exp(x)) without overflow for large x or loss of precision for very negative x. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/**
 * Log-likelihood of one response at θ: log P(θ) if correct, log(1 − P(θ)) if not. Computed from
 * the logit so that it stays finite and accurate far into the tails (needed on wide grids).
 */
export function responseLogLikelihood(
  theta: number,
  a: number,
  b: number,
  c: number,
  correct: boolean,
): number {
  const z = a * (theta - b);
  if (correct) {
    if (c === 0) return -softplus(-z);
    return Math.log(c + (1 - c) / (1 + Math.exp(-z)));
  }
  // 1 − P = (1 − c)(1 − P*) = (1 − c)·exp(−softplus(z))
  return (c === 0 ? 0 : Math.log1p(-c)) - softplus(z);
}

/** Checks one item's parameters; returns a message naming the received values, or null. */
export function invalidParams(item: ItemParams): string | null {
  const { a, b, c } = item;
  if (!(Number.isFinite(a) && a > 0)) return `discrimination a must be a finite number > 0 (received ${a})`;
  if (!Number.isFinite(b)) return `difficulty b must be finite (received ${b})`;
  if (!(Number.isFinite(c) && c >= 0 && c < 1)) return `guessing c must be in [0, 1) (received ${c})`;
  return null;
}
