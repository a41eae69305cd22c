import "server-only";
import { AppError } from "@/lib/errors";
import { assertCan, type Action } from "@/lib/permissions";
import { applyPlanChanges } from "@/lib/plan/changes";
import type { ApiPlan } from "@/lib/plan/contract";
import { assertPlanInScope, type Actor, type ReadActor } from "@/lib/server/actor";
import { loadPlan, readPlanHead } from "@/lib/server/db/plans";
import { getCachedPlan, loadPlanOnce, peekCachedPlan } from "./cache";
import { readPlanChanges } from "./changes";

type PlanRead = Extract<Action, "plan.read" | "roadmap.read" | "weekly.read">;

/** Beyond this many versions behind, a cached plan is loaded again rather than patched. */
const MAX_PATCH_VERSIONS = 50;

/**
 * Plan JSON v1 with ids and versions, in a constant number of queries whatever the plan size:
 * one when this process has the current version cached (cache.ts), else one snapshot load.
 * The result is frozen and shared: do not mutate it.
 *
 * `reading` is what the plan is read for: the roadmap and the weekly summary read it as
 * "roadmap.read" / "weekly.read", which a share link (scoped to this one plan) may do too.
 */
export async function getPlan(actor: ReadActor, planId: string, reading: PlanRead = "plan.read"): Promise<ApiPlan> {
  assertCan(actor, reading);
  assertPlanInScope(actor, planId);
  // On the request pool: on a cache hit this is all the database work.
  const current = await readPlanHead(actor.workspaceId, planId);
  if (!current) throw new AppError("not_found", "No such plan.");
  const cached = getCachedPlan(planId, current.version);
  if (cached) return cached;
  return loadPlanOnce(
    planId,
    current.version,
    async () => (await patchCachedPlan(actor.workspaceId, planId, current)) ?? (await loadPlan(actor, planId)).view,
  );
}

/**
 * The cached older version of the plan with the change feed since it applied: after a tick of a
 * 5,000-task plan, two small queries instead of loading every row again. Null when the feed
 * cannot say it (a re-import, a row the cache has never seen, another change landing meanwhile):
 * then the plan is loaded whole.
 */
async function patchCachedPlan(
  workspaceId: string,
  planId: string,
  current: { version: number; updatedAt: Date },
): Promise<ApiPlan | null> {
  const base = peekCachedPlan(planId);
  if (!base || base.version >= current.version || current.version - base.version > MAX_PATCH_VERSIONS) return null;
  const next = applyPlanChanges(base, await readPlanChanges(workspaceId, planId, base.version));
  if (!next || next.version !== current.version) return null;
  return { ...next, updatedAt: current.updatedAt.toISOString() };
}

/**
 * The same plan as JSON text, with the version it is. A cached view is frozen and shared, so its
 * serialisation is kept beside it: a 5,000-task plan is a 4 MB body, and serialising it again per
 * request costs more than everything else the read does.
 */
const serialized = new WeakMap<ApiPlan, string>();
export async function getPlanJson(actor: Actor, planId: string): Promise<{ version: number; json: string }> {
  const { view, json } = await getPlanWithJson(actor, planId);
  return { version: view.version, json };
}

/** The plan and its JSON text (see getPlanJson): an export sends the text to its worker. */
export async function getPlanWithJson(actor: Actor, planId: string): Promise<{ view: ApiPlan; json: string }> {
  const view = await getPlan(actor, planId);
  let json = serialized.get(view);
  if (json === undefined) {
    json = JSON.stringify(view);
    if (Object.isFrozen(view)) serialized.set(view, json);
  }
  return { view, json };
}
