import "server-only";
import { AppError } from "@/lib/errors";
import { parseEstimate } from "@/lib/markdown/estimate";
import type { ApiItem, CreateItemInput, CreateTaskInput, TaskResult } from "@/lib/plan/contract";
import { CreateItemSchema } from "@/lib/plan/contract";
import { nextTaskKey } from "@/lib/plan/next-key";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { insertTaskAtPhaseEnd, insertTaskItem, lockPlan } from "@/lib/server/db/plans";
import { runTransaction } from "@/lib/server/db/tx";

/**
 * New tasks and items made in the app. They have no source line, so the export inserts them
 * after their neighbours in the neighbours' style (lib/markdown/write-back.ts).
 */

// A client following the change feed cannot place a task or item it has never seen: their events
// are kinds the feed answers with "reset" (EVENT_KINDS in lib/plan/contract/events.ts), and the
// client loads the plan again.

/** Adds a task at the end of a phase, with a key that continues its neighbours' keys. */
export async function addTask(
  actor: Actor,
  planId: string,
  phaseId: string,
  input: CreateTaskInput,
): Promise<TaskResult> {
  assertCan(actor, "plan.edit");
  const estimateText = input.estimate?.trim() || null;
  const estimate = estimateText ? parseEstimate(estimateText) : null;
  if (estimateText && !estimate)
    throw new AppError("unprocessable", `Could not read hours from "${estimateText}"; try e.g. "3h" or "2-4 days".`);
  return runTransaction(async (tx) => {
    // Locks the plan row first: two tasks added at once get distinct positions and keys.
    if (!(await lockPlan(tx, planId, actor.workspaceId))) throw new AppError("not_found", "No such plan.");
    const task = await insertTaskAtPhaseEnd(tx, planId, phaseId, (keys) => ({
      key: nextTaskKey(keys.inPhase, keys.all),
      title: input.title,
      priority: input.priority ?? null,
      owner: input.owner?.trim() || null,
      estimateMinHours: estimate?.minHours ?? null,
      estimateMaxHours: estimate?.maxHours ?? null,
      estimateText,
    }));
    if (!task) throw new AppError("not_found", "No such phase in this plan.");
    const planVersion = await recordEvent(tx, actor, {
      planId,
      action: "task.created",
      entityId: task.id,
      before: null,
      after: { title: task.title, phaseId },
    });
    return {
      id: task.id,
      phaseId,
      key: task.key,
      title: task.title,
      status: task.status,
      priority: task.priority,
      owner: task.owner,
      estimate: estimate ? { minHours: estimate.minHours, maxHours: estimate.maxHours, text: estimateText! } : null,
      version: task.version,
      completedAt: null,
      dependsOn: [],
      planVersion,
    };
  });
}

/** Adds an unticked checklist item (or acceptance criterion) at the end of a task's list. */
export async function addTaskItem(
  actor: Actor,
  planId: string,
  taskId: string,
  raw: CreateItemInput,
): Promise<ApiItem & { planVersion: number }> {
  assertCan(actor, "plan.edit");
  const input = CreateItemSchema.parse(raw);
  return runTransaction(async (tx) => {
    const item = await insertTaskItem(tx, actor.workspaceId, planId, taskId, input);
    if (!item) throw new AppError("not_found", "No such task in this plan.");
    const planVersion = await recordEvent(tx, actor, {
      planId,
      action: "item.created",
      entityId: item.id,
      before: null,
      after: { text: item.text, taskId },
    });
    return {
      id: item.id,
      text: item.text,
      done: false,
      line: null,
      kind: item.kind,
      version: item.version,
      planVersion,
    };
  });
}
