"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { ApiDecision, DecideInput, DecisionResult } from "@/lib/plan/contract";
import { decidedLocally, withDecision, type DecisionsView } from "@/lib/plan/tracking-views";
import { applyToViews, viewKeys } from "./plan-views";
// The decisions view's kind must be registered for the reply to reach it (its page loads it too).
import "./use-tracking-views";

type Decide = { decisionId: string; input: DecideInput };

/**
 * Record (or reopen) a decision. The decisions view shows the choice in the click itself; the
 * reply (who and when as stored) replaces it, and a refusal puts the decision back as it was and
 * loads the view again (a conflict means someone else's choice is the current one).
 */
export function useDecide(planId: string) {
  const qc = useQueryClient();
  const key = viewKeys.decisions(planId);
  const put = (d: ApiDecision) => qc.setQueryData<DecisionsView>(key, (v) => (v ? withDecision(v, d) : v));
  const mutation = useMutation({
    mutationFn: ({ decisionId, input }: Decide & { before?: ApiDecision }) =>
      apiFetch<DecisionResult>(`/api/plans/${encodeURIComponent(planId)}/decisions/${encodeURIComponent(decisionId)}`, {
        method: "PATCH",
        json: input,
      }),
    // Every view that shows the decision takes it (the task list reloads what tasks wait for).
    onSuccess: ({ planVersion, ...decision }) =>
      applyToViews(qc, planId, { version: planVersion, items: [], tasks: [], decisions: [decision] }, true),
    onError: (_err, { before }) => {
      if (before) put(before);
      void qc.invalidateQueries({ queryKey: key });
    },
  });
  const mutate = (variables: Decide, options?: Parameters<typeof mutation.mutate>[1]) => {
    const before = qc.getQueryData<DecisionsView>(key)?.decisions.find((d) => d.id === variables.decisionId);
    if (before) put(decidedLocally(before, variables.input));
    mutation.mutate({ ...variables, before }, options);
  };
  return { ...mutation, mutate };
}
