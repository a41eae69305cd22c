"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { applyToDecisions, applyToMetrics, type DecisionsView, type MetricsView } from "@/lib/plan/tracking-views";
import { registerViewKind, viewKeys } from "./plan-views";
import { useSeed, VIEW } from "./use-plan-views";

/**
 * The decisions and metrics pages' views (lib/plan/tracking-views.ts), kept current by the change
 * feed and the replies like every page view; only these pages load this module.
 */
registerViewKind("decisions", (view: DecisionsView, c, reply) => applyToDecisions(view, c, reply));
registerViewKind("metrics", (view: MetricsView, c, reply) => applyToMetrics(view, c, reply));

const base = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

/** The decisions page's view: the decisions and the tasks each holds up. */
export function useDecisionsView(planId: string, initial: DecisionsView) {
  useSeed(viewKeys.decisions(planId), initial);
  return useQuery({
    ...VIEW,
    queryKey: viewKeys.decisions(planId),
    queryFn: () => apiFetch<DecisionsView>(`${base(planId)}/decisions`),
    initialData: initial,
  });
}

/** The metrics page's view: each metric with its target and measurements. */
export function useMetricsView(planId: string, initial: MetricsView) {
  useSeed(viewKeys.metrics(planId), initial);
  return useQuery({
    ...VIEW,
    queryKey: viewKeys.metrics(planId),
    queryFn: () => apiFetch<MetricsView>(`${base(planId)}/metrics`),
    initialData: initial,
  });
}
