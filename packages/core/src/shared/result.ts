/**
 * @module Result: the shape of expected outcomes in core (an infeasible plan, an exhausted bank).
 * Programmer errors throw instead; see ./errors.ts.
 */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
