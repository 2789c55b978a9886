/**
 * @module The server's clock. Core takes `today` as a parameter; this is where it comes from, and
 * tests replace it to pin a date.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** Today's calendar date in UTC, as YYYY-MM-DD. */
export function todayIso(clock: Clock): string {
  return clock().toISOString().slice(0, 10);
}
