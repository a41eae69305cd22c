"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import type { ApiPlan, DecideInput, DecisionResult } from "@/lib/plan/contract";
import { planKeys } from "./use-plans";

/** Record (or reopen) a decision; the reply replaces the decision in the cached plan. */
export function useDecide(planId: string) {
  const qc = useQueryClient();
  const key = planKeys.detail(planId);
  return useMutation({
    mutationFn: ({ decisionId, input }: { decisionId: string; input: DecideInput }) =>
      apiFetch<DecisionResult>(`/api/plans/${encodeURIComponent(planId)}/decisions/${encodeURIComponent(decisionId)}`, { method: "PATCH", json: input }),
    onSuccess: ({ planVersion, ...decision }) => {
      const current = qc.getQueryData<ApiPlan>(key);
      if (!current) return;
      qc.setQueryData<ApiPlan>(key, {
        ...current,
        version: planVersion === current.version + 1 ? planVersion : current.version,
        decisions: current.decisions.map((d) => (d.id === decision.id ? decision : d)),
      });
    },
    onError: () => void qc.invalidateQueries({ queryKey: key }),
  });
}
