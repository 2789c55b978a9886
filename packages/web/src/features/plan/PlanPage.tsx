import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useDocumentTitle } from "../../app/use-document-title";
import { QueryState } from "../../components/QueryState";
import { ApiError, apiGet, apiSend } from "../../lib/api";
import { useProfile } from "../profile/use-profile";
import { CheckInForm } from "./CheckInForm";
import { CreatePlanForm, type PlanRequest } from "./CreatePlanForm";
import { PlanView } from "./PlanView";
import { PLAN_ID_KEY, type StoredPlan } from "./plan-types";
import { SalaryPanel } from "./SalaryPanel";

export function PlanPage() {
  useDocumentTitle("Plan");
  const client = useQueryClient();
  const { profile } = useProfile();
  const [planId, setPlanId] = useState<string | null>(() => localStorage.getItem(PLAN_ID_KEY));
  const [creating, setCreating] = useState(false);
  const stored = useQuery({
    queryKey: ["plan", planId],
    enabled: planId !== null,
    queryFn: async ({ signal }) => {
      try {
        return await apiGet<StoredPlan>(`/api/plans/${planId}`, signal);
      } catch (error) {
        // A plan deleted elsewhere (or a new database): forget it and offer a new one.
        if (error instanceof ApiError && error.status === 404) {
          localStorage.removeItem(PLAN_ID_KEY);
          setPlanId(null);
          return null;
        }
        throw error;
      }
    },
  });
  const create = useMutation({
    mutationFn: (request: PlanRequest) => apiSend<StoredPlan>("POST", "/api/plans", request),
    onSuccess: (created) => {
      localStorage.setItem(PLAN_ID_KEY, created.id);
      client.setQueryData(["plan", created.id], created);
      setPlanId(created.id);
      setCreating(false);
    },
  });
  const showForm = planId === null || creating || stored.data === null;

  return (
    <section aria-labelledby="page-title" className="page">
      <h1 id="page-title">Plan</h1>
      <p className="lede">
        From your gaps to a dated week-by-week plan, with spaced review before the exam and portfolio projects
        in your industry. Check in as you go; when life gets in the way, the rest of the plan moves and the
        past stays as it was.
      </p>
      {showForm ? (
        <CreatePlanForm
          onSubmit={(request) => create.mutate(request)}
          isSaving={create.isPending}
          error={create.error}
          defaults={{ hoursPerWeek: profile?.hoursPerWeek, targetDate: profile?.targetDate }}
        />
      ) : (
        <QueryState isPending={stored.isPending} error={stored.error} label="your plan">
          {stored.data && planId ? (
            <>
              <PlanView planId={planId} plan={stored.data.plan} />
              <CheckInForm
                planId={planId}
                plan={stored.data.plan}
                onAccepted={() => client.invalidateQueries({ queryKey: ["plan", planId] })}
              />
              <p>
                <button type="button" className="link-button" onClick={() => setCreating(true)}>
                  Make a new plan
                </button>
              </p>
            </>
          ) : null}
        </QueryState>
      )}
      <SalaryPanel />
    </section>
  );
}
