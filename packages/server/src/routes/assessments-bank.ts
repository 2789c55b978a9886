/**
 * @module The diagnostic's item bank and its two views of an item: the public question (what a
 * person may see before answering) and the scorer (which needs the key). Shared by the HTTP routes
 * and `certpath assess`, so both ask and score exactly alike.
 *
 * The public view is built field by field from an allow-list rather than by deleting secret fields
 * from a copy: a field added to Item later stays private until someone decides to show it.
 */
import {
  type BankItem,
  CertpathError,
  type Item,
  type ItemBank,
  type ItemFormat,
  prepareBank,
  provisionalParameters,
} from "@certpath/core";

export interface AssessmentBank {
  bank: ItemBank;
  /** The authored items by id: stems to show, keys to score with. */
  items: ReadonlyMap<string, Item>;
  /** Skills that have at least one item. */
  skills: ReadonlySet<string>;
}

/** Provisional parameters from each item's tier, format and option count (docs/algorithms/irt.md). */
export function provisionalBankItems(items: readonly Item[]): BankItem[] {
  return items.map((item) => {
    const { a, b, c } = provisionalParameters(item.tier, item.options?.length ?? 0, item.format);
    return { id: item.id, skill: item.skill, subtopic: item.subtopic, a, b, c };
  });
}

/**
 * Prepares the bank once (per process): calibrated parameters where the latest calibration
 * estimated them, provisional ones elsewhere.
 */
export function buildAssessmentBank(
  items: readonly Item[],
  calibrated: ReadonlyMap<string, { a: number; b: number; c: number }> = new Map(),
): AssessmentBank {
  const bankItems = provisionalBankItems(items).map((item) => ({ ...item, ...calibrated.get(item.id) }));
  return {
    bank: prepareBank(bankItems),
    items: new Map(items.map((item) => [item.id, item])),
    skills: new Set(items.map((item) => item.skill)),
  };
}

/** A question as a person sees it before answering: no key, answer, explanation, solution or IRT parameter. */
export interface PublicQuestion {
  itemId: string;
  format: ItemFormat;
  /** Markdown with KaTeX math ($…$, $$…$$). */
  stem: string;
  code?: string;
  language?: string;
  /** Choice formats only. */
  options?: Array<{ id: string; text: string }>;
  /** true for multiple-select: any number of options may be right. */
  multiple: boolean;
  skill: { id: string; name: string };
}

export function publicQuestion(item: Item, skillName: string): PublicQuestion {
  const question: PublicQuestion = {
    itemId: item.id,
    format: item.format,
    stem: item.stem,
    multiple: item.format === "multiple-select",
    skill: { id: item.skill, name: skillName },
  };
  if (item.code !== undefined) question.code = item.code;
  if (item.language !== undefined) question.language = item.language;
  if (item.options !== undefined) question.options = item.options.map(({ id, text }) => ({ id, text }));
  return question;
}

/** A response: the chosen option ids for choice formats, a number for numeric ones. */
export type ItemResponse = readonly string[] | number;

function invalid(message: string): never {
  throw new CertpathError("INVALID_ARGUMENT", `response: ${message}`);
}

/**
 * Scores a response on the server side: choice formats by exact set match with the key (all or
 * nothing, as the guessing parameter assumes), numeric ones within the item's absolute tolerance.
 * @throws CertpathError INVALID_ARGUMENT (message starting "response:") when the response does
 *   not fit the question: a number for a choice item, an unknown option, two options for a
 *   single-choice item, no option at all.
 */
export function scoreResponse(item: Item, response: ItemResponse): boolean {
  if (item.format === "numeric") {
    if (typeof response !== "number" || !Number.isFinite(response)) invalid("this question needs a number");
    const answer = item.answer;
    if (!answer) throw new CertpathError("INVARIANT", `item ${item.id} has no numeric answer`);
    // A small relative slack so that a typed decimal equal to the edge of the tolerance counts.
    return Math.abs(response - answer.value) <= answer.tolerance * (1 + 1e-9);
  }
  if (typeof response === "number") invalid("this question needs option ids");
  const chosen = new Set(response);
  if (chosen.size !== response.length) invalid("an option is listed twice");
  if (chosen.size === 0) invalid("choose at least one option");
  const ids = new Set((item.options ?? []).map((o) => o.id));
  for (const id of chosen) if (!ids.has(id)) invalid(`this question has no option "${id}"`);
  if (item.format !== "multiple-select" && chosen.size > 1) invalid("choose exactly one option");
  const key = new Set(item.key ?? []);
  return key.size === chosen.size && [...key].every((id) => chosen.has(id));
}

/** What a person learns after answering: the right response and why. */
export interface AnswerFeedback {
  itemId: string;
  correct: boolean;
  /** Markdown with KaTeX math. */
  explanation: string;
  /** The key for choice formats. */
  correctOptions?: string[];
  /** The answer for numeric items. */
  correctValue?: { value: number; tolerance: number };
  references?: Array<{ title: string; url?: string }>;
}

export function feedbackFor(item: Item, correct: boolean): AnswerFeedback {
  const feedback: AnswerFeedback = { itemId: item.id, correct, explanation: item.explanation };
  if (item.key) feedback.correctOptions = [...item.key];
  if (item.answer) feedback.correctValue = { value: item.answer.value, tolerance: item.answer.tolerance };
  if (item.references?.length) {
    feedback.references = item.references.map((r) =>
      r.url ? { title: r.title, url: r.url } : { title: r.title },
    );
  }
  return feedback;
}
