/**
 * Core's review spacing is a fixed table (core takes no third-party code). This re-derives it from
 * ts-fsrs itself, so the table cannot drift from FSRS: FSRS-6 default parameters, 90% requested
 * retention, no fuzz, no short-term steps, every review rated Good.
 */
import { FSRS_DECAY, FSRS_GOOD_SEQUENCE, FSRS6_W20, retrievability } from "@certpath/core";
import { createEmptyCard, default_w, fsrs, generatorParameters, Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";

describe("FSRS review spacing", () => {
  it("matches ts-fsrs for a card reviewed Good at every due date", () => {
    const scheduler = fsrs(
      generatorParameters({ enable_fuzz: false, enable_short_term: false, request_retention: 0.9 }),
    );
    let now = new Date(Date.UTC(2027, 0, 4));
    let card = createEmptyCard(now);
    for (const expected of FSRS_GOOD_SEQUENCE) {
      card = scheduler.next(card, now, Rating.Good).card;
      expect(card.scheduled_days).toBe(expected.intervalDays);
      expect(card.stability).toBeCloseTo(expected.stability, 3);
      now = card.due;
    }
  });

  it("uses ts-fsrs's default decay and forgetting curve", () => {
    expect(default_w[20]).toBeCloseTo(FSRS6_W20, 6);
    expect(FSRS_DECAY).toBeCloseTo(-FSRS6_W20, 9);
    const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));
    for (const [t, s] of [
      [3, 2.3065],
      [10, 13.8269],
      [40, 13.8269],
    ] as const) {
      expect(retrievability(t, s)).toBeCloseTo(scheduler.forgetting_curve(t, s), 6);
    }
  });
});
