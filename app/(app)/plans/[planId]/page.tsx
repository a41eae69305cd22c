import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanView } from "@/components/plans/plan-view";
import type { ApiPlan } from "@/lib/plan/contract";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getPlan } from "@/lib/server/plans";

export const metadata: Metadata = { title: "Plan" };

export default async function PlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const actor = await requireActor();
  let plan: ApiPlan;
  try {
    plan = await getPlan(actor, planId);
  } catch (err) {
    if (isAppError(err) && (err.code === "not_found" || err.code === "bad_request")) notFound();
    throw err;
  }
  return <PlanView plan={plan} canEdit={can(actor.role, "plan.edit")} />;
}
