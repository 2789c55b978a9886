/**
 * The calibration job on stored answers: simulated diagnostics with known item difficulties are
 * stored as assessment rows; the job recovers the difficulties, stores the run, and the diagnostic
 * bank is built from it (items without enough answers stay provisional).
 */

import { loadContent } from "@certpath/content";
import { createRng, type Item, probabilityCorrect } from "@certpath/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestItemParameters, runCalibration } from "../src/calibration/calibrate-bank";
import type { DatabaseHandle } from "../src/db/database";
import { assessments } from "../src/db/schema";
import { buildAssessmentBank } from "../src/routes/assessments-bank";
import { DATABASE_CASES } from "./support/databases";

const pearson = (xs: number[], ys: number[]) => {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] as number;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
};

describe.each(DATABASE_CASES)("calibration job on $name", (dbCase) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    if (!dbCase.skipReason) database = await dbCase.open();
  });
  afterAll(async () => database?.close());

  it.skipIf(dbCase.skipReason)(
    "recovers known difficulties from stored answers and feeds the bank",
    async () => {
      const items: Item[] = loadContent()
        .items.filter((i) => i.skill === "python")
        .slice(0, 12);
      const rng = createRng(5);
      // True difficulties spread over the scale; discrimination 1.2, no guessing.
      const truth = new Map(
        items.map((item, i) => [item.id, { a: 1.2, b: -2 + (4 * i) / (items.length - 1), c: 0 }]),
      );
      const rows = [];
      for (let person = 0; person < 500; person++) {
        // Box–Muller from the seeded generator: ability ~ N(0, 1).
        const theta = Math.sqrt(-2 * Math.log(rng() || 1e-12)) * Math.cos(2 * Math.PI * rng());
        const responses = items.map((item) => {
          const params = truth.get(item.id) as { a: number; b: number; c: number };
          return { itemId: item.id, correct: rng() < probabilityCorrect(theta, params) };
        });
        rows.push({ id: `sim-${person}`, ownerId: "local", state: { session: { responses } } });
      }
      await database.db.insert(assessments).values(rows);

      const stored = await runCalibration(database.db, loadContent().items);
      expect(stored.people).toBe(500);
      expect(stored.responses).toBe(500 * items.length);
      const estimated = stored.result.items.filter((i) => truth.has(i.id));
      expect(estimated.every((i) => !i.provisional)).toBe(true);
      const recovered = pearson(
        estimated.map((i) => i.b),
        estimated.map((i) => truth.get(i.id)?.b as number),
      );
      expect(recovered).toBeGreaterThan(0.95);
      // Items nobody answered keep their provisional parameters.
      expect(stored.result.items.filter((i) => !truth.has(i.id)).every((i) => i.provisional)).toBe(true);

      const latest = await latestItemParameters(database.db);
      expect([...latest.keys()].sort()).toEqual([...truth.keys()].sort());
      const bank = buildAssessmentBank(loadContent().items, latest);
      const first = items[0] as Item;
      const position = bank.bank.positionOf.get(first.id) as number;
      expect(bank.bank.b[position]).toBeCloseTo(latest.get(first.id)?.b as number, 10);
    },
  );
});
