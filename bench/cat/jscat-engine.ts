/**
 * jsCAT 5.2.3 (`@bdelab/jscat`) behind the same small shape the benchmark uses for every engine.
 * Settings follow the research harness: EAP (or MLE) on jsCAT's 0.1-step grid over [−6, 6] with a
 * N(0, 1) prior, maximum Fisher information selection, start at θ = 0, the remaining pool passed
 * back on every call (jsCAT's documented usage).
 */
import { Cat } from "@bdelab/jscat";
import type { BankItem } from "@certpath/core";

interface Stimulus {
  a: number;
  b: number;
  c: number;
  d: number;
  index: number;
}

export class JscatEngine {
  private readonly cat: Cat;
  private remaining: Stimulus[];
  private answered = 0;

  constructor(bank: readonly BankItem[], method: "EAP" | "MLE" = "EAP") {
    this.cat = new Cat({
      method,
      itemSelect: "MFI",
      theta: 0,
      minTheta: -6,
      maxTheta: 6,
      priorDist: "norm",
      priorPar: [0, 1],
    });
    this.remaining = bank.map((item, index) => ({ a: item.a, b: item.b, c: item.c, d: 1, index }));
  }

  /** Bank index of the next item, or null when the pool is empty. */
  next(): number | null {
    const { nextStimulus, remainingStimuli } = this.cat.findNextItem(this.remaining);
    this.remaining = remainingStimuli as Stimulus[];
    return nextStimulus ? (nextStimulus as Stimulus).index : null;
  }

  record(item: BankItem, correct: boolean): void {
    this.cat.updateAbilityEstimate({ a: item.a, b: item.b, c: item.c, d: 1 }, correct ? 1 : 0);
    this.answered++;
  }

  get theta(): number {
    return this.cat.theta;
  }

  /** jsCAT's SE: 1/√(test information at θ̂), the prior ignored. */
  get se(): number {
    return this.cat.seMeasurement;
  }

  get n(): number {
    return this.answered;
  }
}
