import "server-only";
import { assertCan } from "@/lib/permissions";
import type { PlanOverview } from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import { listPlanOverviews } from "@/lib/server/db/plans";

/** The workspace's plans, newest first, with progress (three aggregate queries whatever the plan count). */
export async function listPlans(actor: Actor): Promise<PlanOverview[]> {
  assertCan(actor, "plan.read");
  return listPlanOverviews(actor.workspaceId);
}
