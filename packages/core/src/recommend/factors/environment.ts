/**
 * @module Environment alignment — the guide's first rule: certify in the cloud you work in. The
 * exam then tests what you use daily, your employer values it, and the experience it asks for is
 * experience you are already building.
 *
 *   own platform:            0.7 + 0.3 * min(1, years / 2)   (saturates at two years)
 *   vendor-neutral / NVIDIA: 0.5                             (neither uses nor wastes your cloud)
 *   Databricks, not used:    0.3                             (it runs on your cloud; you don't use it)
 *   another cloud:           0.1                             (0.4 if you named only Databricks)
 *
 * Not applicable without a named platform (market breadth ranks those people instead). Non-
 * decreasing in the years on the exam's platform.
 */
import type { Certification, Platform } from "../../catalog/certification";
import type { Profile } from "../../profile/profile";
import type { FactorValue } from "../factor";
import { platformName, years } from "./platform-names";

/** Years on each platform the person named (the largest entry when repeated). */
export function platformYears(profile: Profile): Map<string, number> {
  const held = new Map<string, number>();
  for (const { platform, years: y } of profile.clouds ?? [])
    held.set(platform, Math.max(held.get(platform) ?? 0, y));
  return held;
}

export function environmentFit(certification: Certification, profile: Profile): FactorValue {
  const held = platformYears(profile);
  const examPlatform = certification.emphasis.platform;
  const target = platformName(examPlatform);
  if (held.size === 0) {
    return {
      value: 0.5,
      applicable: false,
      explanation:
        profile.clouds === undefined
          ? "You have not said which cloud you work in, so cloud alignment does not rank these; market breadth does instead."
          : "You do not work in a cloud yet, so cloud alignment does not rank these; market breadth does instead.",
    };
  }
  const mine = [...held.keys()].map((p) => platformName(p as Platform)).join(", ");
  const own = held.get(examPlatform);
  if (own !== undefined) {
    return {
      value: 0.7 + 0.3 * Math.min(1, own / 2),
      applicable: true,
      explanation: `You work in ${target} (${years(own)}): this exam tests the platform you already use, which is the guide's first rule.`,
    };
  }
  if (examPlatform === "none" || examPlatform === "nvidia") {
    return {
      value: 0.5,
      applicable: true,
      explanation: `This exam is not tied to a cloud (${target}): it neither builds on nor competes with your ${mine} work.`,
    };
  }
  if (examPlatform === "databricks") {
    return {
      value: 0.3,
      applicable: true,
      explanation: `This exam is about Databricks, which runs on ${mine}, but you have not said you use Databricks.`,
    };
  }
  const onlyDatabricks = [...held.keys()].every((p) => p === "databricks");
  if (onlyDatabricks) {
    return {
      value: 0.4,
      applicable: true,
      explanation: `This exam tests ${target}; you named Databricks but not the cloud it runs on, so we cannot tell whether ${target} is yours.`,
    };
  }
  return {
    value: 0.1,
    applicable: true,
    explanation: `This exam tests ${target}, but you work in ${mine}. The guide's first rule: certify in the cloud you work in.`,
    cautions: [`It tests ${target}, not the ${mine} you work in.`],
  };
}
