/**
 * @module Experience against the provider's recommendation. Vendors state it for a reason: the
 * questions are scenarios from that much practice. Below it, the exam ranks lower and we say so.
 *
 *   value = mean over the stated requirements of min(1, have / need)
 *     industry:  profile.experienceYears        vs experience.industryYears
 *     platform:  years on experience.platform   vs experience.platformYears
 *
 * A platform recommendation under a year ("six months hands-on") is exposure the vendor's own labs
 * give during preparation, so its part never drops below 0.5. A requirement the person has not
 * answered is left out (and named); with no stated requirement the value is 1. Non-decreasing in
 * both kinds of years.
 */
import type { Certification } from "../../catalog/certification";
import type { Profile } from "../../profile/profile";
import type { FactorValue } from "../factor";
import { shortName } from "../short-name";
import { platformYears } from "./environment";
import { atLeast, platformName, years } from "./platform-names";

export function experienceFit(certification: Certification, profile: Profile): FactorValue {
  const { industryYears, platformYears: needPlatform, platform } = certification.experience;
  const short = shortName(certification);
  const parts: number[] = [];
  const haves: string[] = [];
  const unknown: string[] = [];
  const asks: string[] = [];
  let below = false;

  if (industryYears && industryYears > 0) {
    asks.push(`${atLeast(industryYears)} in industry`);
    if (profile.experienceYears === undefined) unknown.push("your years of experience");
    else {
      parts.push(Math.min(1, profile.experienceYears / industryYears));
      haves.push(`${years(profile.experienceYears)} in industry`);
      if (profile.experienceYears < industryYears) below = true;
    }
  }
  if (needPlatform && needPlatform > 0 && platform) {
    asks.push(`${atLeast(needPlatform)} on ${platformName(platform)}`);
    if (profile.clouds === undefined) unknown.push(`your years on ${platformName(platform)}`);
    else {
      const have = platformYears(profile).get(platform) ?? 0;
      const floor = needPlatform < 1 ? 0.5 : 0;
      parts.push(Math.max(floor, Math.min(1, have / needPlatform)));
      haves.push(
        have > 0 ? `${years(have)} on ${platformName(platform)}` : `none on ${platformName(platform)}`,
      );
      if (have < needPlatform) below = true;
    }
  }

  if (asks.length === 0) {
    return {
      value: 1,
      applicable: true,
      explanation: `${short} states no minimum experience.`,
    };
  }
  const ask = `${short} asks for ${asks.join(", including ")}`;
  if (parts.length === 0) {
    return {
      value: 0.5,
      applicable: false,
      explanation: `${ask}; tell us ${unknown.join(" and ")} to weigh this.`,
    };
  }
  const value = parts.reduce((a, b) => a + b, 0) / parts.length;
  const missing = unknown.length > 0 ? ` (we do not know ${unknown.join(" or ")})` : "";
  if (below) {
    const sentence = `${ask}; you have ${haves.join(" and ")}${missing}. Below the recommendation, so it ranks lower.`;
    return { value, applicable: true, explanation: sentence, cautions: [sentence] };
  }
  return {
    value,
    applicable: true,
    explanation: `${ask}; you have ${haves.join(" and ")}${missing}, which meets it.`,
  };
}
