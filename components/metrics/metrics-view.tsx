"use client";

import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PlanSubHeading } from "@/components/plans/plan-sub-heading";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { usePlanLive } from "@/lib/hooks/use-plan-live";
import { useCriteria } from "@/lib/hooks/use-plan-views";
import { useMetricsView } from "@/lib/hooks/use-tracking-views";
import { trackingSummary } from "@/lib/plan/tracking";
import type { MetricsView as View } from "@/lib/plan/tracking-views";
import type { CriteriaView } from "@/lib/plan/views";
import { MetricCard } from "./metric-card";

/** The metrics page: it holds the metrics and criteria views (lib/plan/tracking-views.ts), never the whole plan. */
export function MetricsView({
  planId,
  title,
  initial,
  criteria: initialCriteria,
  canRecord,
}: {
  planId: string;
  title: string;
  initial: View;
  criteria: CriteriaView;
  canRecord: boolean;
}) {
  const { data: view = initial } = useMetricsView(planId, initial);
  const { data: criteria = initialCriteria } = useCriteria(planId, initialCriteria);
  const { live } = usePlanLive(planId);
  const plan = { id: planId, title, metrics: view.metrics };
  const s = trackingSummary({ metrics: view.metrics, criteria: criteria.items });
  return (
    <div className="space-y-6">
      <PlanSubHeading plan={plan} title="Metrics" />
      <PlanTabs planId={plan.id} current="/metrics" live={live} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Card className="p-5">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Metrics met</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="metrics-met">
            {s.metricsMet}
            <span className="text-base font-normal text-slate-400">/{s.metrics}</span>
          </p>
          <p className="mt-1 text-xs text-slate-500">{s.metrics - s.metricsMeasured} not measured yet</p>
        </Card>
        <Card className="p-5">
          <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Plan criteria met</p>
          <p className="mt-2 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="criteria-met">
            {s.criteriaMet}
            <span className="text-base font-normal text-slate-400">/{s.criteria}</span>
          </p>
        </Card>
      </div>
      {!canRecord ? <Alert tone="info">You have view-only access: measurements are read-only.</Alert> : null}
      {plan.metrics.length === 0 ? <p className="text-sm text-slate-500">This plan has no success metrics.</p> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {plan.metrics.map((m) => (
          <MetricCard key={m.id} planId={plan.id} metric={m} canRecord={canRecord} />
        ))}
      </div>
    </div>
  );
}
