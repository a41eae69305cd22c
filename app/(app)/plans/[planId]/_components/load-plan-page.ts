import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import type { ApiPlan } from "@/lib/plan/contract";
import { getPlan } from "@/lib/server/plans";

/** The signed-in actor and the plan of a `/plans/:id/...` page; 404 for a plan not in their workspace. */
export async function loadPlanPage(
  params: Promise<{ planId: string }>,
): Promise<{ actor: Awaited<ReturnType<typeof requireActor>>; plan: ApiPlan }> {
  const { planId } = await params;
  const actor = await requireActor();
  try {
    return { actor, plan: await getPlan(actor, planId) };
  } catch (err) {
    if (isAppError(err) && (err.code === "not_found" || err.code === "bad_request")) notFound();
    throw err;
  }
}
