import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordActivity } from "@/lib/server/activity";
import { bumpPlanVersion } from "./version";
import { lockWorkspaceImports, planSourceColumns } from "./import";
import { parsePlanInput } from "./input";
import type { ApiPlan, ReimportDiff } from "@/lib/plan/contract";
import { matchPlans } from "@/lib/plan/matching";
import { BULK_TX, lockPlan, runTransaction } from "@/lib/server/tx";
import { loadPlan, loadPlanInTx } from "./read";
import { applyMatch } from "./reimport-apply";
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
    const { view } = await loadPlanInTx(tx, actor, planId);
    const match = matchPlans(view, parsed.plan);
    const diff = describeReimport(view, match);
    const added = await applyMatch(tx, planId, match);
    await tx.plan.update({ where: { id: planId }, data: planSourceColumns(parsed) });
    const planVersion = await bumpPlanVersion(tx, planId);
    // entityType "plan": live clients at an older version reload the whole plan.
    await recordActivity(tx, actor, {
      planId,
      planVersion,
      action: "plan.reimported",
      entityType: "plan",
      entityId: planId,
      after: summary(diff),
    });
    // One row per added and per removed task, as when they are added or go in the app: the log,
    // the weekly summary's added / removed lists and the burn-down replay read them.
    const rows = {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      planId,
      planVersion,
      entityType: "task",
    } as const;
    if (added.length) {
      await tx.activity.createMany({
        data: added.map((t) => ({
          ...rows,
          action: "task.created",
          entityId: t.id,
          after: { title: t.title, phaseId: t.phaseId },
        })),
      });
    }
    if (match.removedTasks.length) {
      await tx.activity.createMany({
        data: match.removedTasks.map((t) => ({
          workspaceId: actor.workspaceId,
          actorId: actor.userId,
          planId,
          planVersion,
          action: "task.removed",
          entityType: "task",
          entityId: t.id,
          before: { title: t.title, key: t.key ?? null, status: t.status },
        })),
      });
    }
    return diff;
  }, BULK_TX);
  return { diff, plan: (await loadPlan(actor, planId)).view };
}

function summary(d: ReimportDiff): Prisma.InputJsonObject {
  return {
    addedTasks: d.addedTasks.length,
    removedTasks: d.removedTasks.length,
    changedTasks: d.changedTasks.length,
    addedItems: d.addedItems.length,
    removedItems: d.removedItems.length,
  };
}
