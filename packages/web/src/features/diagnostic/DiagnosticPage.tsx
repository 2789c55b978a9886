import { lazy, Suspense, useCallback, useState } from "react";
import { Link } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { useProfile } from "../profile/use-profile";
import { rememberAssessment, storedAssessmentId } from "./assessment-api";
import { MethodChooser } from "./MethodChooser";
import { type Ratings, SelfRatingForm } from "./SelfRatingForm";
import { SkillResultsTable } from "./SkillResultsTable";
import { skillResults } from "./skill-results";
import { useSkills } from "./use-skills";

const SkillResultsChart = lazy(() => import("./SkillResultsChart"));
// The quiz brings KaTeX and Prism along: only people who take it download them.
const AdaptiveQuiz = lazy(() => import("./AdaptiveQuiz"));

type Mode = "results" | "rate" | "quiz";

export function DiagnosticPage() {
  useDocumentTitle("Diagnostic");
  const skills = useSkills();
  const { profile, isPending, error, save } = useProfile();
  const [chosen, setChosen] = useState<Mode | null>(null);
  // A quiz in progress survives a reload: its id is kept, its state is on the server.
  const [assessmentId, setAssessmentId] = useState<string | null>(storedAssessmentId);
  const hasEvidence = Object.keys(profile?.skills ?? {}).length > 0 || !!profile?.assessment;
  const mode: Mode = assessmentId ? "quiz" : (chosen ?? (hasEvidence ? "results" : "rate"));
  const onAssessment = useCallback((id: string | null) => {
    rememberAssessment(id);
    setAssessmentId(id);
    if (id === null) setChosen("results");
  }, []);

  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Diagnostic</h1>
      <p className="lede">
        An honest look at where you stand. Every skill is shown with its uncertainty: a self-rating is a wide
        estimate; the adaptive quiz narrows it.
      </p>
      <QueryState isPending={isPending || skills.isPending} error={error ?? skills.error} label="your skills">
        {mode !== "results" && !assessmentId ? (
          <MethodChooser value={mode === "quiz" ? "quiz" : "rate"} onChange={setChosen} />
        ) : null}
        {mode === "quiz" ? (
          <Suspense fallback={<p className="loading">Loading the quiz…</p>}>
            <AdaptiveQuiz
              assessmentId={assessmentId}
              onAssessment={onAssessment}
              skills={skills.data ?? []}
              selfRatings={(profile?.skills ?? {}) as Record<string, number>}
            />
          </Suspense>
        ) : mode === "rate" ? (
          <>
            <h2>Quick self-rating (about 2 minutes)</h2>
            <SelfRatingForm
              skills={skills.data ?? []}
              initial={(profile?.skills ?? {}) as Ratings}
              isSaving={save.isPending}
              onSubmit={(ratings) =>
                save.mutate({ skills: ratings }, { onSuccess: () => setChosen("results") })
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
              <button type="button" className="button" onClick={() => setChosen("rate")}>
                Change my self-rating
              </button>
              <button type="button" className="button" onClick={() => setChosen("quiz")}>
                Take the adaptive quiz
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
