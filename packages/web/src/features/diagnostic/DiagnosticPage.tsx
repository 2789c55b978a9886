import { lazy, Suspense, useState } from "react";
import { Link } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { useProfile } from "../profile/use-profile";
import { type Ratings, SelfRatingForm } from "./SelfRatingForm";
import { SkillResultsTable } from "./SkillResultsTable";
import { skillResults } from "./skill-results";
import { useSkills } from "./use-skills";

const SkillResultsChart = lazy(() => import("./SkillResultsChart"));

export function DiagnosticPage() {
  useDocumentTitle("Diagnostic");
  const skills = useSkills();
  const { profile, isPending, error, save } = useProfile();
  const [mode, setMode] = useState<"results" | "rate">("results");
  const hasEvidence = Object.keys(profile?.skills ?? {}).length > 0 || !!profile?.assessment;

  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Diagnostic</h1>
      <p className="lede">
        An honest look at where you stand. Every skill is shown with its uncertainty: a self-rating is a wide
        estimate; the adaptive quiz narrows it.
      </p>
      <QueryState isPending={isPending || skills.isPending} error={error ?? skills.error} label="your skills">
        {mode === "rate" || !hasEvidence ? (
          <>
            <h2>Quick self-rating (about 2 minutes)</h2>
            <SelfRatingForm
              skills={skills.data ?? []}
              initial={(profile?.skills ?? {}) as Ratings}
              isSaving={save.isPending}
              onSubmit={(ratings) =>
                save.mutate({ skills: ratings }, { onSuccess: () => setMode("results") })
              }
            />
            {save.error ? (
              <p role="alert" className="notice notice-error">
                Could not save: {save.error.message}
              </p>
            ) : null}
          </>
        ) : (
          <>
            <h2>Your skills</h2>
            <Suspense fallback={<p className="loading">Loading chart…</p>}>
              <SkillResultsChart results={skillResults(skills.data ?? [], profile ?? {})} />
            </Suspense>
            <SkillResultsTable results={skillResults(skills.data ?? [], profile ?? {})} />
            <div className="actions">
              <button type="button" className="button" onClick={() => setMode("rate")}>
                Change my self-rating
              </button>
              <Link className="button primary" to="/recommendations">
                Next: see recommendations
              </Link>
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}
