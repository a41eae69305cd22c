import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseEstimate } from "@/lib/markdown/estimate";
import type { ApiItem, CreateItemInput, CreateTaskInput, TaskResult } from "@/lib/plan/contract";
import { CreateItemSchema } from "@/lib/plan/contract";
import { nextTaskKey } from "@/lib/plan/next-key";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { newId } from "@/lib/server/ids";
import type { Tx } from "@/lib/server/tx";

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
  return db.$transaction(async (tx) => {
    // Locks the plan row first: two tasks added at once get distinct positions and keys.
    const locked = await tx.$queryRaw<
      Array<{ id: string }>
    >`SELECT id FROM plans WHERE id = ${planId} AND workspace_id = ${actor.workspaceId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("not_found", "No such plan.");
    const phase = await tx.phase.findFirst({ where: { id: phaseId, planId }, select: { id: true, position: true } });
    if (!phase) throw new AppError("not_found", "No such phase in this plan.");
    const keys = await tx.task.findMany({
      where: { planId },
      select: { key: true, phaseId: true, position: true },
      orderBy: { position: "asc" },
    });
    const inPhase = keys.filter((k) => k.phaseId === phaseId);
    const position = inPhase.length
      ? inPhase[inPhase.length - 1]!.position + 1
      : (await lastPositionBefore(tx, planId, phase.position)) + 1;
    await tx.task.updateMany({ where: { planId, position: { gte: position } }, data: { position: { increment: 1 } } });
    const task = await tx.task.create({
      data: {
        id: newId(),
        planId,
        phaseId,
        key: nextTaskKey(
          inPhase.map((k) => k.key),
          keys.map((k) => k.key),
        ),
        title: input.title,
        priority: input.priority ?? null,
        owner: input.owner?.trim() || null,
        estimateMinHours: estimate?.minHours ?? null,
        estimateMaxHours: estimate?.maxHours ?? null,
        estimateText,
        position,
        sourceLine: null,
      },
    });
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

async function lastPositionBefore(tx: Tx, planId: string, phasePosition: number): Promise<number> {
  const last = await tx.task.findFirst({
    where: { planId, phase: { position: { lt: phasePosition } } },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  return last?.position ?? -1;
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
  return db.$transaction(async (tx) => {
    const task = await tx.task.findFirst({
      where: { id: taskId, planId, plan: { workspaceId: actor.workspaceId } },
      select: { id: true },
    });
    if (!task) throw new AppError("not_found", "No such task in this plan.");
    const last = await tx.item.findFirst({
      where: { taskId, kind: input.kind },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const item = await tx.item.create({
      data: {
        id: newId(),
        planId,
        taskId,
        kind: input.kind,
        text: input.text,
        position: (last?.position ?? -1) + 1,
        sourceLine: null,
      },
    });
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
