/**
 * @module Time to ready against the target date: hours needed (study-hours.ts) against the hours
 * available, hoursPerWeek * weeks until the target date — or until the exam's last day when it is
 * retiring sooner.
 *
 *   value = min(1, available / needed)
 *
 * Not applicable without both a target date and hours per week; the sentence still gives the hours.
 */

import { daysBetween } from "../../calendar/iso-date";
import type { Certification, IsoDate } from "../../catalog/certification";
import type { Profile } from "../../profile/profile";
import type { FactorValue } from "../factor";
import { clamp01 } from "../factor";
import type { StudyEstimate } from "../study-hours";

export function timeFit(
  certification: Certification,
  profile: Profile,
  study: StudyEstimate,
  today: IsoDate,
): FactorValue {
  const needed = study.hours;
  const assumption = study.evidence < 0.999 ? " (assuming an average preparer where you gave no rating)" : "";
  const base = `About ${needed} hours of study to be ready${assumption}`;
  const pace = profile.hoursPerWeek;
  if (pace === undefined || profile.targetDate === undefined) {
    const weeks = pace && pace > 0 ? `: about ${Math.ceil(needed / pace)} weeks at ${pace} hours a week` : "";
    const ask = pace === undefined ? "your hours per week and a target date" : "a target date";
    return { value: 0.5, applicable: false, explanation: `${base}${weeks}. Tell us ${ask} to weigh this.` };
  }
  const retiring = certification.status.value === "retiring" ? certification.status.retiringOn : null;
  const deadline = retiring && retiring < profile.targetDate ? retiring : profile.targetDate;
  const days = Math.max(0, daysBetween(today, deadline));
  const available = (days / 7) * pace;
  const value = needed <= 0 ? 1 : clamp01(available / needed);
  const until =
    deadline === profile.targetDate
      ? `your target date, ${deadline}`
      : `${deadline}, the last day this exam can be taken`;
  const sentence = `${base}; at ${pace} hours a week you have about ${Math.round(available)} hours before ${until}.`;
  if (value < 1) {
    return {
      value,
      applicable: true,
      explanation: `${sentence} Not enough time at this pace.`,
      cautions: [
        `About ${needed} hours needed but about ${Math.round(available)} available before ${deadline}.`,
      ],
    };
  }
  return { value, applicable: true, explanation: `${sentence} That is enough.` };
}
