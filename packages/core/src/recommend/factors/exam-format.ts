/**
 * @module Exam format fit: whether the person can work in the format the exam uses.
 *
 *   hands-on (write working code):   P(Python at level 3 or above) = Phi((mu - 0.5) / se)
 *   multiple choice with code to read: 0.6 + 0.4 * P(Python at level 2 or above)
 *   multiple choice, no code:          0.9
 *   without a Python rating:           0.5 (hands-on) / 0.8 (code to read)
 *   case studies, under 2 years' work:  minus 0.1 (they reward on-the-job judgment)
 *
 * Non-decreasing in Python ability.
 */
import type { Certification } from "../../catalog/certification";
import type { Profile } from "../../profile/profile";
import { thetaForLevel } from "../../skills/skill-estimate";
import type { SkillEvidence } from "../evidence";
import type { FactorValue } from "../factor";
import { clamp01 } from "../factor";
import { normalCdf } from "../normal";

const CODE_HINT = /\b(snippet|snippets|code|coding|python|sql)\b/i;

function describe(certification: Certification): string {
  const types = certification.format.questionTypes.map((t) => t.replaceAll("-", " "));
  const minutes = certification.format.minutes ? `, ${certification.format.minutes} minutes` : "";
  return `${types.length > 0 ? types.join(", ") : "question types unpublished"}${minutes}`;
}

export function formatFit(
  certification: Certification,
  profile: Profile,
  evidence: SkillEvidence,
): FactorValue {
  const python = evidence.get("python");
  const what = describe(certification);
  let value: number;
  let sentence: string;
  if (certification.format.handsOn) {
    if (python) {
      value = normalCdf((python.theta - thetaForLevel(3)) / python.se);
      sentence = `Hands-on (${what}): you write working code under time pressure; your Python evidence gives a ${Math.round(value * 100)}% chance you work at that level independently.`;
    } else {
      value = 0.5;
      sentence = `Hands-on (${what}): you write working code in the exam; rate your Python to weigh this.`;
    }
  } else {
    const readsCode =
      CODE_HINT.test(certification.format.notes ?? "") ||
      certification.format.questionTypes.some((t) => CODE_HINT.test(t));
    if (readsCode && python) {
      const p = normalCdf((python.theta - thetaForLevel(2)) / python.se);
      value = 0.6 + 0.4 * p;
      sentence = `No hands-on tasks (${what}), but questions contain code to read; your Python evidence covers that with ${Math.round(p * 100)}% probability.`;
    } else if (readsCode) {
      value = 0.8;
      sentence = `No hands-on tasks (${what}), but questions contain code to read; rate your Python to weigh this.`;
    } else {
      value = 0.9;
      sentence = `No hands-on tasks (${what}): it tests reading and judgment, not writing code.`;
    }
  }
  const caseStudies = certification.format.questionTypes.some((t) => t.includes("case"));
  if (caseStudies && profile.experienceYears !== undefined && profile.experienceYears < 2) {
    value -= 0.1;
    sentence += " Case studies reward on-the-job judgment, which favours more experience.";
  }
  return { value: clamp01(value), applicable: true, explanation: sentence };
}
