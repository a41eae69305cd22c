import type { Metadata } from "next";
import { MetricsView } from "@/components/metrics/metrics-view";
import { can } from "@/lib/permissions";
import { loadPlanPage } from "../_components/load-plan-page";

export const metadata: Metadata = { title: "Metrics" };

export default async function MetricsPage({ params }: { params: Promise<{ planId: string }> }) {
  const { actor, plan } = await loadPlanPage(params);
  return <MetricsView initialPlan={plan} canRecord={can(actor.role, "measurement.record")} />;
}
