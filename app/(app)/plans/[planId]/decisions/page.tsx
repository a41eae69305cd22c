import type { Metadata } from "next";
import { DecisionsView } from "@/components/decisions/decisions-view";
import { can } from "@/lib/permissions";
import { loadPlanPage } from "../_components/load-plan-page";

export const metadata: Metadata = { title: "Decisions" };

export default async function DecisionsPage({ params }: { params: Promise<{ planId: string }> }) {
  const { actor, plan } = await loadPlanPage(params);
  return <DecisionsView initialPlan={plan} canDecide={can(actor.role, "decision.decide")} />;
}
