import type { Profile } from "@certpath/core";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { ProfileForm } from "../profile/ProfileForm";
import { useProfile } from "../profile/use-profile";
import { RecommendationCard } from "./RecommendationCard";
import { fetchRecommendations } from "./recommend-api";
import { WhyNot } from "./WhyNot";

export function RecommendationsPage() {
  useDocumentTitle("Recommendations");
  const { profile, isPending, error, save } = useProfile();
  const ranking = useMutation({ mutationFn: fetchRecommendations });
  const hasProfile = profile !== undefined && Object.keys(profile).length > 0;

  // Rank the saved profile once, when it first arrives, so returning people see results at once.
  // Later rankings come only from submitting the form.
  const firstLoadHandled = useRef(false);
  useEffect(() => {
    if (isPending || firstLoadHandled.current) return;
    firstLoadHandled.current = true;
    if (hasProfile && profile) ranking.mutate(profile);
  }, [isPending, hasProfile, profile, ranking]);

  // After a submit, move focus to the results once they are on screen (screen readers hear them).
  const focusResults = useRef(false);
  const submit = (next: Profile) =>
    save.mutate(next, {
      onSuccess: (saved) => {
        focusResults.current = true;
        ranking.mutate(saved);
      },
    });
  const result = ranking.data;
  // An inline callback ref runs on every render, so focus moves when the results (re)appear.
  const focusWhenReady = (heading: HTMLHeadingElement | null) => {
    if (heading && focusResults.current) {
      focusResults.current = false;
      heading.focus();
    }
  };

  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Recommendations</h1>
      <p className="lede">
        Certifications ranked for you. Every point of the score is explained, and exams that can no longer be
        taken are never recommended.
      </p>
      <QueryState isPending={isPending} error={error} label="your profile">
        <ProfileForm
          key={hasProfile ? "saved" : "new"}
          initial={profile ?? {}}
          onSubmit={submit}
          isSaving={save.isPending || ranking.isPending}
          error={save.error ?? ranking.error}
        />
      </QueryState>

      {result ? (
        <section aria-labelledby="ranking-title" className="ranking">
          <h2 id="ranking-title" tabIndex={-1} ref={focusWhenReady}>
            Your ranking
          </h2>
          {result.foundations.length > 0 ? (
            <div className="notice notice-warn" role="note">
              <p>
                <strong>Build these foundations before any exam:</strong>
              </p>
              <ul>
                {result.foundations.map((gap) => (
                  <li key={gap.skill}>
                    {gap.skill}: you are at level {gap.current}, exams expect {gap.needed}. {gap.why}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {Object.keys(profile?.skills ?? {}).length === 0 && !profile?.assessment ? (
            <p className="notice notice-warn">
              Readiness needs evidence of your skills.{" "}
              <Link to="/diagnostic">Take the two-minute self-rating</Link>.
            </p>
          ) : null}
          <ol className="rec-list">
            {result.recommendations.map((rec, index) => (
              <RecommendationCard key={rec.id} recommendation={rec} rank={index + 1} />
            ))}
          </ol>
          {result.excluded.length > 0 ? (
            <>
              <h2>Not recommended: no longer offered</h2>
              <ul>
                {result.excluded.map((ex) => (
                  <li key={ex.id}>
                    <strong>{ex.name}</strong> — {ex.reason}{" "}
                    {ex.successors.map((s) => (
                      <Link key={s.id} to={`/certifications/${s.id}`} className="successor-link">
                        {s.name}
                      </Link>
                    ))}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <WhyNot profile={profile ?? {}} />
        </section>
      ) : null}
    </section>
  );
}
