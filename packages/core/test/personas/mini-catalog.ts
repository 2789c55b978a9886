/**
 * A small catalog for the recommendation unit tests: one certification per kind of case (own cloud,
 * another cloud, vendor-neutral, Databricks, foundational, professional with an experience bar,
 * retired with a successor, closed with none), built from the shared fixture so the shape stays valid.
 */
import type { Certification, CloudMarket } from "../../src/index";
import { validCertification } from "../fixtures/certification";

const base = validCertification();

function cert(overrides: Partial<Certification>): Certification {
  return validCertification(overrides);
}

export const MINI_TODAY = "2026-11-24";

export const MINI_MARKET: CloudMarket = {
  asOf: "2026-11-24",
  primary: "synergy-q1",
  figures: [
    {
      id: "synergy-q1",
      firm: "Synergy Research Group",
      quarter: "Q1 2026",
      marketSizeUsdBn: 129,
      shares: { aws: 28, azure: 21, gcp: 14 },
      confidence: "medium",
      source: { url: "https://example.com/synergy", published: "2026" },
    },
    {
      id: "omdia-q4",
      firm: "Omdia (Canalys)",
      quarter: "Q4 2025",
      marketSizeUsdBn: 110.9,
      shares: { aws: 32, azure: 22, gcp: 12 },
      confidence: "medium",
      source: { url: "https://example.com/omdia", published: "2026" },
    },
  ],
};

export function miniCatalog(): Certification[] {
  const awsAssociate = cert({ id: "aws-ml-associate", name: "AWS ML Associate", abbreviation: "AMA" });
  const gcpProfessional = cert({
    id: "gcp-ml-professional",
    name: "GCP ML Professional",
    abbreviation: "GMP",
    provider: "google-cloud",
    level: "professional",
    price: { amountUsd: 200, notes: null, sources: ["s1"] },
    experience: { ...base.experience, industryYears: 3, platformYears: 1, platform: "gcp" },
    emphasis: {
      ...base.emphasis,
      platform: "gcp",
      deepLearning: "medium",
      audience: ["ml-engineer", "data-scientist"],
    },
    blueprint: {
      ...base.blueprint,
      domains: [
        {
          id: "build",
          name: "Build",
          weight: { min: 50, max: 50 },
          skills: { "classical-ml": 50, "deep-learning": 20, "cloud-gcp": 30 },
        },
        { id: "ship", name: "Ship", weight: { min: 50, max: 50 }, skills: { mlops: 70, "cloud-gcp": 30 } },
      ],
    },
  });
  const azureFoundational = cert({
    id: "azure-ai-fundamentals",
    name: "Azure AI Fundamentals",
    abbreviation: null,
    examCodes: ["AZ-1"],
    provider: "microsoft",
    level: "foundational",
    price: { amountUsd: 99, notes: null, sources: ["s1"] },
    experience: { ...base.experience, industryYears: null, platformYears: null, platform: null },
    emphasis: {
      ...base.emphasis,
      classical: "low",
      mlops: "low",
      generativeAi: "high",
      platform: "azure",
      audience: ["student", "manager", "analyst"],
    },
    blueprint: {
      ...base.blueprint,
      domains: [
        {
          id: "concepts",
          name: "Concepts",
          weight: { min: 40, max: 45 },
          skills: { "generative-ai": 60, "responsible-ai": 40 },
        },
        {
          id: "services",
          name: "Services",
          weight: { min: 55, max: 60 },
          skills: { "cloud-azure": 60, "generative-ai": 40 },
        },
      ],
    },
  });
  const neutral = cert({
    id: "neutral-practitioner",
    name: "Neutral ML Practitioner",
    abbreviation: "NMP",
    provider: "certnexus",
    price: { amountUsd: null, notes: null, sources: ["s1"] },
    experience: { ...base.experience, industryYears: 1, platformYears: null, platform: null },
    emphasis: { ...base.emphasis, classical: "high", platform: "none", audience: ["data-scientist"] },
    blueprint: {
      ...base.blueprint,
      domains: [
        {
          id: "model",
          name: "Model",
          weight: { min: 60, max: 60 },
          skills: { "classical-ml": 60, statistics: 40 },
        },
        { id: "ops", name: "Ops", weight: { min: 40, max: 40 }, skills: { mlops: 60, python: 40 } },
      ],
    },
  });
  const databricks = cert({
    id: "databricks-ml",
    name: "Databricks ML",
    abbreviation: "DML",
    provider: "databricks",
    experience: { ...base.experience, industryYears: null, platformYears: 0.5, platform: "databricks" },
    emphasis: { ...base.emphasis, platform: "databricks", audience: ["data-engineer", "data-scientist"] },
    blueprint: {
      ...base.blueprint,
      domains: [
        {
          id: "platform",
          name: "Platform",
          weight: { min: 50, max: 50 },
          skills: { databricks: 70, "data-engineering": 30 },
        },
        { id: "models", name: "Models", weight: { min: 50, max: 50 }, skills: { "classical-ml": 100 } },
      ],
    },
  });
  const retired = cert({
    id: "aws-ml-specialty",
    name: "AWS ML Specialty",
    abbreviation: "AMS",
    level: "specialty",
    status: { ...base.status, value: "retired", retiredOn: "2026-03-31", successors: ["aws-ml-associate"] },
  });
  const closed = cert({
    id: "framework-developer",
    name: "Framework Developer Certificate",
    abbreviation: null,
    examCodes: [],
    provider: "google",
    level: "foundational",
    status: { ...base.status, value: "program-closed", retiredOn: "2024-05-31", successors: [] },
    format: { ...base.format, handsOn: true, questionTypes: ["coding"] },
    emphasis: { ...base.emphasis, deepLearning: "high", classical: "low", mlops: "low", platform: "none" },
  });
  return [awsAssociate, gcpProfessional, azureFoundational, neutral, databricks, retired, closed];
}
