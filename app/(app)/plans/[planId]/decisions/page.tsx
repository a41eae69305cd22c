import type { Metadata } from "next";
import { DecisionsView } from "@/components/decisions/decisions-view";
import { can } from "@/lib/permissions";
import { decisionsOf } from "@/lib/server/plans";
import { loadPlanPage } from "../_components/load-plan-page";

export const metadata: Metadata = { title: "Decisions" };

/** The page ships the decisions view (decisions and the tasks they hold up), never the whole plan. */
export default async function DecisionsPage({ params }: { params: Promise<{ planId: string }> }) {
  const { actor, plan } = await loadPlanPage(params);
  return (
    <DecisionsView
      planId={plan.id}
      title={plan.title}
      initial={decisionsOf(plan)}
      canDecide={can(actor.role, "decision.decide")}
    />
  );
}
