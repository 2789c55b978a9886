/**
 * @module Spaced review before the exam, on FSRS (Free Spaced Repetition Scheduler) — the model in
 * Anki since 23.10 — rather than an invented scheduler.
 *
 * Why not call ts-fsrs here: core takes no third-party runtime code. A plan only ever needs one
 * path through FSRS — a domain learned once, then each review recalled ("Good") — and that path
 * does not depend on dates, so it is a fixed table. The table below is what ts-fsrs 5.4.2 returns
 * with its FSRS-6 default parameters, request_retention 0.9, no fuzz and no short-term steps;
 * packages/server/test/plan-spacing-fsrs.test.ts re-derives it from ts-fsrs so it cannot drift.
 *
 * What we add is the exam horizon FSRS lacks (open-spaced-repetition/fsrs4anki-helper#456): reviews
 * due after the exam are dropped, and when the predicted recall on exam day would fall below
 * EXAM_DAY_RETENTION a last review is put in the days just before the exam.
 * @see docs/algorithms/planning.md
 */

/**
 * Successive "Good" reviews of a new card under FSRS-6 defaults at 90% requested retention:
 * `intervalDays` is the wait before the next review, `stability` (days) the memory stability S
 * after that step. Entry 0 is the first learning.
 */
export const FSRS_GOOD_SEQUENCE: ReadonlyArray<{ intervalDays: number; stability: number }> = [
  { intervalDays: 3, stability: 2.3065 },
  { intervalDays: 14, stability: 13.8269 },
  { intervalDays: 57, stability: 56.9567 },
  { intervalDays: 196, stability: 196.2353 },
  { intervalDays: 586, stability: 586.4835 },
];

/** FSRS-6 default w[20] (ts-fsrs 5.4.2 `default_w`): the forgetting curve's decay is −w[20]. */
export const FSRS6_W20 = 0.1542;
export const FSRS_DECAY = -FSRS6_W20;
/** Chosen so that R(S, S) = 0.9: stability is the time to fall to 90% recall. */
export const FSRS_FACTOR = 0.9 ** (1 / FSRS_DECAY) - 1;

/** Requested recall on exam day for every domain. */
export const EXAM_DAY_RETENTION = 0.9;

/** A review is a short retrieval-practice session on one domain (questions, not re-reading). */
export const SPACED_REVIEW_HOURS = 0.5;

/**
 * FSRS's power forgetting curve: probability of recall t days after a review with stability S,
 *   R(t, S) = (1 + FACTOR · t / S) ^ DECAY.
 */
export function retrievability(elapsedDays: number, stability: number): number {
  return (1 + (FSRS_FACTOR * Math.max(0, elapsedDays)) / stability) ** FSRS_DECAY;
}

/** Days to wait after review number `reviewsDone` (0 = after learning); null when the table ends. */
export function nextReviewInterval(reviewsDone: number): number | null {
  return FSRS_GOOD_SEQUENCE[reviewsDone]?.intervalDays ?? null;
}

/** Memory stability (days) after learning and `reviewsDone` reviews. */
export function stabilityAfter(reviewsDone: number): number {
  const last = FSRS_GOOD_SEQUENCE[FSRS_GOOD_SEQUENCE.length - 1] as { stability: number };
  return (FSRS_GOOD_SEQUENCE[reviewsDone] ?? last).stability;
}

/** Whether a domain last touched on `lastDay` needs one more review to be recalled on `examDay`. */
export function needsExamReview(lastDay: number, reviewsDone: number, examDay: number): boolean {
  return retrievability(examDay - lastDay, stabilityAfter(reviewsDone)) < EXAM_DAY_RETENTION;
}
