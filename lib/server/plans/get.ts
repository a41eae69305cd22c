import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { getCachedPlan, loadPlanOnce } from "./cache";
import { loadPlan } from "./read";
import type { ApiPlan } from "@/lib/plan/contract";

/**
 * Plan JSON v1 with ids and versions, in a constant number of queries whatever the plan size:
 * one when this process has the current version cached (cache.ts), else one snapshot load.
 * The result is frozen and shared: do not mutate it.
 */
export async function getPlan(actor: Actor, planId: string): Promise<ApiPlan> {
  assertCan(actor, "plan.read");
  const current = await db.plan.findFirst({ where: { id: planId, workspaceId: actor.workspaceId }, select: { version: true } });
  if (!current) throw new AppError("not_found", "No such plan.");
  const cached = getCachedPlan(planId, current.version);
  if (cached) return cached;
  return loadPlanOnce(planId, current.version, async () => (await loadPlan(actor, planId)).view);
}

/**
 * The same plan as JSON text. A cached view is frozen and shared, so its serialisation is kept
 * beside it: a 5,000-task plan is a 4 MB body, and serialising it again per request costs more
 * than everything else the read does.
 */
const serialized = new WeakMap<ApiPlan, string>();
export async function getPlanJson(actor: Actor, planId: string): Promise<string> {
  const view = await getPlan(actor, planId);
  let json = serialized.get(view);
  if (json === undefined) {
    json = JSON.stringify(view);
    if (Object.isFrozen(view)) serialized.set(view, json);
  }
  return json;
}
