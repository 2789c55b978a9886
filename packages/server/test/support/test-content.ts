/**
 * @module A small, valid catalog for route tests that must not depend on the live data/ content.
 * (data/ itself is validated by the content package's tests.)
 */
import type { Content } from "@certpath/content";
import { validCertification } from "../../../core/test/fixtures/certification";

export function testContent(): Content {
  const active = validCertification({ id: "acme-ml-engineer", name: "Acme ML Engineer" });
  const retired = validCertification({
    id: "acme-ml-specialty",
    name: "Acme ML Specialty",
    provider: "google-cloud",
    level: "specialty",
    status: {
      ...active.status,
      value: "retired",
      retiredOn: "2026-03-31",
      successors: ["acme-ml-engineer"],
    },
  });
  const old = validCertification({
    id: "acme-genai",
    name: "Acme GenAI Developer",
    emphasis: { ...active.emphasis, generativeAi: "high" },
    sources: [{ id: "s1", url: "https://example.com/old", date: "2025-01-01", kind: "official" }],
  });
  return { dataDir: "(test)", certifications: [active, retired, old], skills: [], items: [] };
}
