import type { Metadata } from "next";
import { MetricsView } from "@/components/metrics/metrics-view";
import { can } from "@/lib/permissions";
import { criteriaOf, metricsOf } from "@/lib/server/plans";
import { loadPlanPage } from "../_components/load-plan-page";

export const metadata: Metadata = { title: "Metrics" };

/** The page ships the metrics view and the plan's criteria (for the count met), never the whole plan. */
export default async function MetricsPage({ params }: { params: Promise<{ planId: string }> }) {
  const { actor, plan } = await loadPlanPage(params);
  return (
    <MetricsView
      planId={plan.id}
      title={plan.title}
      initial={metricsOf(plan)}
      criteria={criteriaOf(plan)}
      canRecord={can(actor.role, "measurement.record")}
    />
  );
}
