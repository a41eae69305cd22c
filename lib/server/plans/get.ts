import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { applyPlanChanges } from "@/lib/plan/changes";
import type { ApiPlan } from "@/lib/plan/contract";
import { getCachedPlan, loadPlanOnce, peekCachedPlan } from "./cache";
import { getPlanChanges } from "./changes";
import { loadPlan } from "./read";

/** Beyond this many versions behind, a cached plan is loaded again rather than patched. */
const MAX_PATCH_VERSIONS = 50;

/**
 * Plan JSON v1 with ids and versions, in a constant number of queries whatever the plan size:
 * one when this process has the current version cached (cache.ts), else one snapshot load.
 * The result is frozen and shared: do not mutate it.
 */
export async function getPlan(actor: Actor, planId: string): Promise<ApiPlan> {
  assertCan(actor, "plan.read");
  const current = await db.plan.findFirst({ where: { id: planId, workspaceId: actor.workspaceId }, select: { version: true, updatedAt: true } });
  if (!current) throw new AppError("not_found", "No such plan.");
  const cached = getCachedPlan(planId, current.version);
  if (cached) return cached;
  return loadPlanOnce(planId, current.version, async () => (await patchCachedPlan(actor, planId, current)) ?? (await loadPlan(actor, planId)).view);
}

/**
 * The cached older version of the plan with the change feed since it applied: after a tick of a
 * 5,000-task plan, two small queries instead of loading every row again. Null when the feed
 * cannot say it (a re-import, a row the cache has never seen, another change landing meanwhile):
 * then the plan is loaded whole.
 */
async function patchCachedPlan(actor: Actor, planId: string, current: { version: number; updatedAt: Date }): Promise<ApiPlan | null> {
  const base = peekCachedPlan(planId);
  if (!base || base.version >= current.version || current.version - base.version > MAX_PATCH_VERSIONS) return null;
  const next = applyPlanChanges(base, await getPlanChanges(actor, planId, base.version));
  if (!next || next.version !== current.version) return null;
  return { ...next, updatedAt: current.updatedAt.toISOString() };
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
