import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseEstimate } from "@/lib/markdown/estimate";
import type { Estimate, Priority, Status } from "@/lib/validations/plan";
import { assertCanEdit, type Actor } from "./actor";
import { recordActivity } from "./activity";
import type { ItemKind } from "./plan-types";
import type { Tx } from "./tx";

/** Every change to a plan bumps its version (a cheap "anything changed?" for caches and clients). */
async function bumpPlanVersion(tx: Tx, planId: string): Promise<number> {
  // Last statement before COMMIT: the plan row stays locked for as short a time as possible.
  const plan = await tx.plan.update({ where: { id: planId }, data: { version: { increment: 1 } }, select: { version: true } });
  return plan.version;
}

export type ItemResult = {
  id: string;
  text: string;
  done: boolean;
  line: number | null;
  kind: ItemKind;
  version: number;
  taskId: string | null;
  phaseId: string | null;
  planVersion: number;
};

const ITEM_RESULT = { id: true, text: true, done: true, sourceLine: true, kind: true, version: true, taskId: true, phaseId: true } as const;

/** Ticks or unticks a checkbox. Setting the state it already has changes nothing (no version bump). */
export async function setItemDone(actor: Actor, planId: string, itemId: string, done: boolean): Promise<ItemResult> {
  assertCanEdit(actor);
  return db.$transaction(async (tx) => {
    // Conditional update: only flips an item that is in this plan, in the actor's workspace, and
    // not already in the wanted state; concurrent identical toggles record one change, not two.
    const [changed] = await tx.item.updateManyAndReturn({
      where: { id: itemId, planId, done: !done, plan: { workspaceId: actor.workspaceId } },
      data: { done, doneAt: done ? new Date() : null, version: { increment: 1 } },
      select: ITEM_RESULT,
    });
    if (!changed) {
      const item = await tx.item.findFirst({ where: { id: itemId, planId, plan: { workspaceId: actor.workspaceId } }, select: ITEM_RESULT });
      if (!item) throw new AppError("not_found", "No such item in this plan.");
      const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { version: true } });
      return toItemResult(item, plan.version);
    }
    await recordActivity(tx, actor, {
      planId,
      action: done ? "item.checked" : "item.unchecked",
      entityType: "item",
      entityId: itemId,
      before: { done: !done },
      after: { done },
    });
    return toItemResult(changed, await bumpPlanVersion(tx, planId));
  });
}

function toItemResult(i: { id: string; text: string; done: boolean; sourceLine: number | null; kind: ItemKind; version: number; taskId: string | null; phaseId: string | null }, planVersion: number): ItemResult {
  return { id: i.id, text: i.text, done: i.done, line: i.sourceLine, kind: i.kind, version: i.version, taskId: i.taskId, phaseId: i.phaseId, planVersion };
}

export type TaskPatch = {
  status?: Status;
  owner?: string | null;
  priority?: Priority | null;
  /** Hours as an object, or the text the team writes ("3h", "2-4 days"), parsed like the importer does. */
  estimate?: Estimate | string | null;
  /** The task version the client read; a different current version → conflict. */
  version: number;
};

export type TaskResult = {
  id: string;
  phaseId: string;
  key: string | null;
  title: string;
  status: Status;
  priority: Priority | null;
  owner: string | null;
  estimate: Estimate | null;
  version: number;
  completedAt: string | null;
  planVersion: number;
};

const TASK_RESULT = {
  id: true,
  phaseId: true,
  key: true,
  title: true,
  status: true,
  priority: true,
  owner: true,
  estimateMinHours: true,
  estimateMaxHours: true,
  estimateText: true,
  version: true,
  completedAt: true,
} as const;

type TaskRow = Prisma.TaskGetPayload<{ select: typeof TASK_RESULT }>;

/** Edits status, owner, priority or estimate with optimistic concurrency on the task's version. */
export async function updateTask(actor: Actor, planId: string, taskId: string, patch: TaskPatch): Promise<TaskResult> {
  assertCanEdit(actor);
  const estimate = patch.estimate === undefined ? undefined : normalizeEstimate(patch.estimate);
  return db.$transaction(async (tx) => {
    const task = await tx.task.findFirst({ where: { id: taskId, planId, plan: { workspaceId: actor.workspaceId } }, select: TASK_RESULT });
    if (!task) throw new AppError("not_found", "No such task in this plan.");
    if (task.version !== patch.version) throw staleTask(task.version);

    const data: Prisma.TaskUpdateManyMutationInput = {};
    const before: Record<string, Prisma.InputJsonValue | null> = {};
    const after: Record<string, Prisma.InputJsonValue | null> = {};
    const change = (field: string, from: Prisma.InputJsonValue | null, to: Prisma.InputJsonValue | null) => {
      before[field] = from;
      after[field] = to;
    };
    if (patch.status !== undefined && patch.status !== task.status) {
      data.status = patch.status;
      data.completedAt = patch.status === "done" ? new Date() : null;
      change("status", task.status, patch.status);
    }
    if (patch.owner !== undefined) {
      const owner = patch.owner?.trim() || null;
      if (owner !== task.owner) {
        data.owner = owner;
        change("owner", task.owner, owner);
      }
    }
    if (patch.priority !== undefined && patch.priority !== task.priority) {
      data.priority = patch.priority;
      change("priority", task.priority, patch.priority);
    }
    if (estimate !== undefined) {
      const current = estimateOf(task);
      if (JSON.stringify(current) !== JSON.stringify(estimate)) {
        data.estimateMinHours = estimate?.minHours ?? null;
        data.estimateMaxHours = estimate?.maxHours ?? null;
        data.estimateText = estimate?.text ?? null;
        change("estimate", current, estimate);
      }
    }
    if (Object.keys(after).length === 0) {
      const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { version: true } });
      return toTaskResult(task, plan.version);
    }
    // The version check again, in the UPDATE itself: a concurrent edit between our read and
    // this write makes the count 0 instead of silently overwriting it.
    const [updated] = await tx.task.updateManyAndReturn({
      where: { id: taskId, version: patch.version },
      data: { ...data, version: { increment: 1 } },
      select: TASK_RESULT,
    });
    if (!updated) throw staleTask(null);
    await recordActivity(tx, actor, { planId, action: "task.updated", entityType: "task", entityId: taskId, before, after });
    return toTaskResult(updated, await bumpPlanVersion(tx, planId));
  });
}

function staleTask(current: number | null): AppError {
  const now = current === null ? "" : ` (now version ${current})`;
  return new AppError("conflict", `This task was changed by someone else${now}; reload it and try again.`);
}

function normalizeEstimate(e: Estimate | string | null): Estimate | null {
  if (e === null) return null;
  if (typeof e === "string") {
    const text = e.trim();
    if (!text) return null;
    const parsed = parseEstimate(text);
    if (!parsed) throw new AppError("unprocessable", `Could not read hours from "${text}"; try e.g. "3h", "2-4 days" or "1 week".`);
    return { ...parsed, text };
  }
  if (!(e.minHours >= 0) || !(e.maxHours >= e.minHours)) {
    throw new AppError("bad_request", "An estimate needs 0 ≤ minHours ≤ maxHours.");
  }
  return { minHours: e.minHours, maxHours: e.maxHours, text: e.text };
}

function estimateOf(t: TaskRow): Estimate | null {
  return t.estimateMinHours !== null && t.estimateMaxHours !== null
    ? { minHours: t.estimateMinHours, maxHours: t.estimateMaxHours, text: t.estimateText ?? "" }
    : null;
}

function toTaskResult(t: TaskRow, planVersion: number): TaskResult {
  return {
    id: t.id,
    phaseId: t.phaseId,
    key: t.key,
    title: t.title,
    status: t.status,
    priority: t.priority,
    owner: t.owner,
    estimate: estimateOf(t),
    version: t.version,
    completedAt: t.completedAt?.toISOString() ?? null,
    planVersion,
  };
}
