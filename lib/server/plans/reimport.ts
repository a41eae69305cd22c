import "server-only";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvents } from "@/lib/server/db/events";
import {
  applyMatch,
  loadPlan,
  loadPlanIn,
  lockPlan,
  lockWorkspaceImports,
  updateSourceColumns,
} from "@/lib/server/db/plans";
import { BULK_TX, runTransaction } from "@/lib/server/db/tx";
import { planSourceColumns } from "./import";
import { parsePlanInput } from "./input";
import type { ApiPlan, ReimportDiff } from "@/lib/plan/contract";
import { matchPlans } from "@/lib/plan/matching";
import { describeReimport } from "./reimport-diff";

/** What re-importing `input` would change; writes nothing. */
export async function previewReimport(actor: Actor, planId: string, input: string | Uint8Array): Promise<ReimportDiff> {
  assertCan(actor, "plan.reimport");
  const parsed = await parsePlanInput(input);
  const { view } = await loadPlan(actor, planId);
  return describeReimport(view, matchPlans(view, parsed.plan));
}

/**
 * Applies a newer version of the plan's markdown: matched tasks and items keep their ids, history
 * and (for items) their done state; new ones are added, vanished ones deleted. One transaction,
 * one plan version bump, one activity row carrying the diff summary.
 */
export async function applyReimport(
  actor: Actor,
  planId: string,
  input: string | Uint8Array,
): Promise<{ diff: ReimportDiff; plan: ApiPlan }> {
  assertCan(actor, "plan.reimport");
  const parsed = await parsePlanInput(input);
  const diff = await runTransaction(async (tx) => {
    await lockWorkspaceImports(tx, actor.workspaceId);
    // The plan row before any of its rows, like every plan writer (ticks, task edits).
    if (!(await lockPlan(tx, planId, actor.workspaceId))) throw new AppError("not_found", "No such plan.");
    const { view } = await loadPlanIn(tx, actor, planId);
    const match = matchPlans(view, parsed.plan);
    const diff = describeReimport(view, match);
    const added = await applyMatch(tx, planId, match);
    await updateSourceColumns(tx, planId, planSourceColumns(parsed));
    // One change, one version: the re-import's event (its kind makes live clients at an older
    // version load the whole plan), and one per added and per removed task, as when they are
    // added or go in the app: the log, the weekly summary's added / removed lists and the
    // burn-down replay read them.
    await recordEvents(tx, actor, [
      { planId, action: "plan.reimported", entityId: planId, before: null, after: summary(diff) },
      ...added.map((t) => ({
        planId,
        action: "task.created" as const,
        entityId: t.id,
        before: null,
        after: { title: t.title, phaseId: t.phaseId },
      })),
      ...match.removedTasks.map((t) => ({
        planId,
        action: "task.removed" as const,
        entityId: t.id,
        before: { title: t.title, key: t.key ?? null, status: t.status },
        after: null,
      })),
    ]);
    return diff;
  }, BULK_TX);
  return { diff, plan: (await loadPlan(actor, planId)).view };
}

function summary(d: ReimportDiff) {
  return {
    addedTasks: d.addedTasks.length,
    removedTasks: d.removedTasks.length,
    changedTasks: d.changedTasks.length,
    addedItems: d.addedItems.length,
    removedItems: d.removedItems.length,
  };
}
