/**
 * @module Goal alignment: the person's focus and target role against what the exam emphasises.
 *
 *   focus part  = emphasis of the exam on the focus area (low 0.1, medium 0.5, high 1; "both"
 *                 averages classical and deep learning)
 *   role part   = 1 when the exam is written for the target role (catalog audience), otherwise
 *                 0.5 * the exam's emphasis on what that role does (developers adding AI to apps →
 *                 generative AI; data scientists → classical or deep learning; ML engineers → MLOps…);
 *                 the current role counts at 0.8 of that (an exam for the job you have is a step
 *                 toward the one you want), and the better of the two is kept
 *   value       = 0.6 focus + 0.4 role (whichever is known), times 0.2 when a foundational exam
 *                 would add little signal to someone with 3+ years of technical work.
 *
 * The target role counts; the current role stands in when no target is given.
 */
import type { Certification, EmphasisLevel, Role } from "../../catalog/certification";
import type { Focus, Profile } from "../../profile/profile";
import type { FactorValue } from "../factor";

/** Multiplier for a foundational exam taken by a seasoned builder: it signals little. */
const OVERQUALIFIED = 0.2;

const EMPHASIS_VALUE: Record<EmphasisLevel, number> = { low: 0.1, medium: 0.5, high: 1 };

const FOCUS_LABEL: Record<Focus, string> = {
  classical: "classical ML",
  "deep-learning": "deep learning",
  both: "classical ML and deep learning",
  mlops: "MLOps",
  "generative-ai": "generative AI",
};

const ROLE_LABEL: Record<Role, string> = {
  student: "student",
  analyst: "analyst",
  "software-engineer": "software engineer",
  "data-engineer": "data engineer",
  "data-scientist": "data scientist",
  "ml-engineer": "ML engineer",
  "solution-architect": "solution architect",
  manager: "manager",
  other: "your role",
};

/** Roles that build ML systems: a foundational exam adds little for them after a few years. */
const BUILDER_ROLES: readonly Role[] = [
  "software-engineer",
  "data-engineer",
  "data-scientist",
  "ml-engineer",
  "solution-architect",
];

function focusValue(certification: Certification, focus: Focus): number {
  const e = certification.emphasis;
  switch (focus) {
    case "classical":
      return EMPHASIS_VALUE[e.classical];
    case "deep-learning":
      return EMPHASIS_VALUE[e.deepLearning];
    case "both":
      return (EMPHASIS_VALUE[e.classical] + EMPHASIS_VALUE[e.deepLearning]) / 2;
    case "mlops":
      return EMPHASIS_VALUE[e.mlops];
    case "generative-ai":
      return EMPHASIS_VALUE[e.generativeAi];
  }
}

/** How much of what the role does the exam covers, when the exam is not written for the role. */
function roleAffinity(certification: Certification, role: Role): { value: number; what: string } {
  const e = certification.emphasis;
  const v = (level: EmphasisLevel) => EMPHASIS_VALUE[level];
  switch (role) {
    case "software-engineer":
      return { value: v(e.generativeAi), what: "adding AI to applications" };
    case "data-scientist":
      return { value: Math.max(v(e.classical), v(e.deepLearning)), what: "building and evaluating models" };
    case "ml-engineer":
      return { value: v(e.mlops), what: "putting models into production" };
    case "data-engineer":
      return {
        value: Math.max(v(e.mlops), certification.emphasis.platform === "databricks" ? 1 : 0),
        what: "data and ML pipelines",
      };
    case "analyst":
      return { value: v(e.classical), what: "analysis with classical ML" };
    case "solution-architect":
      return { value: Math.max(v(e.mlops), v(e.generativeAi)), what: "designing ML and AI solutions" };
    case "manager":
      return {
        value: certification.level === "foundational" ? 1 : v(e.responsibleAi),
        what: "AI literacy and governance",
      };
    case "student":
      return {
        value: certification.level === "foundational" ? 1 : certification.level === "associate" ? 0.6 : 0.2,
        what: "a first credential",
      };
    case "other":
      return { value: 0.5, what: "your work" };
  }
}

export function goalFit(certification: Certification, profile: Profile): FactorValue {
  const role = profile.targetRole ?? profile.currentRole;
  const parts: Array<[number, number]> = [];
  const sentences: string[] = [];
  const e = certification.emphasis;

  if (profile.focus) {
    const value = focusValue(certification, profile.focus);
    parts.push([0.6, value]);
    const level =
      profile.focus === "both"
        ? `${e.classical} on classical ML and ${e.deepLearning} on deep learning`
        : `${value >= 1 ? "high" : value >= 0.6 ? "medium" : "low"}`;
    sentences.push(
      profile.focus === "both"
        ? `Your focus is ${FOCUS_LABEL.both}; the exam's emphasis is ${level}.`
        : `Your focus is ${FOCUS_LABEL[profile.focus]}; this exam's emphasis on it is ${level}.`,
    );
  }
  const roles: Array<{ role: Role; which: string; scale: number }> = [];
  if (profile.targetRole) roles.push({ role: profile.targetRole, which: "Target role", scale: 1 });
  if (profile.currentRole && profile.currentRole !== profile.targetRole) {
    roles.push({ role: profile.currentRole, which: "Current role", scale: profile.targetRole ? 0.8 : 1 });
  }
  const judged = roles.map(({ role: r, which, scale }) => {
    if (e.audience.includes(r)) {
      return { value: scale, sentence: `${which} ${ROLE_LABEL[r]}: the exam is written for that role.` };
    }
    const affinity = roleAffinity(certification, r);
    const amount = affinity.value >= 1 ? "much" : affinity.value >= 0.6 ? "some" : "little";
    return {
      value: scale * 0.5 * affinity.value,
      sentence: `${which} ${ROLE_LABEL[r]}: the exam is not aimed at that role, and covers ${amount} of ${affinity.what}.`,
    };
  });
  const best = judged.sort((a, b) => b.value - a.value)[0];
  if (best) {
    parts.push([0.4, best.value]);
    sentences.push(best.sentence);
  }
  if (parts.length === 0) {
    return {
      value: 0.5,
      applicable: false,
      explanation: "Tell us your focus or target role to weigh how well this exam fits your goals.",
    };
  }
  const totalWeight = parts.reduce((s, [w]) => s + w, 0);
  let value = parts.reduce((s, [w, v]) => s + w * v, 0) / totalWeight;

  const seasoned =
    (profile.experienceYears ?? 0) >= 3 &&
    ((profile.mlExperienceYears ?? 0) >= 1 || (role !== undefined && BUILDER_ROLES.includes(role)));
  if (certification.level === "foundational" && seasoned) {
    value *= OVERQUALIFIED;
    sentences.push("With 3+ years of technical work, a foundational exam adds little signal.");
  }
  return { value, applicable: true, explanation: sentences.join(" ") };
}
