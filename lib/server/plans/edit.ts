import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseEstimate } from "@/lib/markdown/estimate";
import {
  UpdateTaskSchema,
  type Estimate,
  type ItemKind,
  type ItemResult,
  type TaskPatch,
  type TaskResult,
} from "@/lib/plan/contract";
import type { TaskFields } from "@/lib/plan/contract/events";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { EVENT_COLUMN_LIST, eventParams, eventPlaceholders, recordEvent } from "@/lib/server/db/events";
import { requestQuery } from "@/lib/server/pg";
import { lockPlan, runTransaction, withRetry, type Tx } from "@/lib/server/tx";
import { dependencyRows, keyIndex } from "./rows";
import { estimateOf } from "./views";

type ToggledRow = {
  id: string;
  text: string;
  done: boolean;
  source_line: number | null;
  kind: ItemKind;
  version: number;
  task_id: string | null;
  phase_id: string | null;
  plan_version: number;
};

/**
 * Ticks or unticks a checkbox. Setting the state it already has changes nothing (no version bump).
 *
 * The hottest write of the app, so it is ONE statement: the item update, its activity row and the
 * plan version bump commit together, and the plan row (which every toggle of the plan bumps) is
 * locked only while PostgreSQL runs that statement. As an interactive transaction the lock was
 * held across client round trips, which serialised concurrent toggles at a few dozen per second.
 * It goes over the request pool (lib/server/pg.ts), not Prisma: the client's per-query compile
 * and runtime cost as much event-loop time as the rest of the request.
 */
export async function setItemDone(actor: Actor, planId: string, itemId: string, done: boolean): Promise<ItemResult> {
  assertCan(actor, "plan.edit");
  // The event, checked against its schema; the statement below writes it only when the item changed.
  const event = eventParams(actor, {
    planId,
    action: done ? "item.checked" : "item.unchecked",
    entityId: itemId,
    before: { done: !done },
    after: { done },
  });
  // Only flips an item that is in this plan, in the actor's workspace, and not already in the
  // wanted state; concurrent identical toggles record one change, not two.
  // The plan row is locked first (the sub-select runs before the item row is touched), as every
  // plan writer does: a re-import holding the plan and then taking items cannot deadlock with it.
  // Inserting the event bumps the plan's version and notifies (its trigger, lib/server/db/events.ts).
  const rows = await withRetry(() =>
    requestQuery<ToggledRow>(
      `WITH changed AS (
         UPDATE items AS i
            SET done = $1, done_at = CASE WHEN $1 THEN now() END, version = i.version + 1
          WHERE i.id = $2 AND i.done <> $1
            AND i.plan_id = (SELECT p.id FROM plans AS p WHERE p.id = $3 AND p.workspace_id = $4 FOR NO KEY UPDATE)
         RETURNING i.id, i.text, i.done, i.source_line, i.kind::text AS kind, i.version, i.task_id, i.phase_id
       ), logged AS (
         INSERT INTO activity (${EVENT_COLUMN_LIST})
         SELECT ${eventPlaceholders(5)} FROM changed
         RETURNING plan_version
       )
       SELECT c.*, l.plan_version FROM changed AS c CROSS JOIN logged AS l`,
      [done, itemId, planId, actor.workspaceId, ...event],
    ),
  );
  const row = rows[0] ?? (await currentItem(actor, planId, itemId));
  if (!row) throw new AppError("not_found", "No such item in this plan.");
  return {
    id: row.id,
    text: row.text,
    done: row.done,
    line: row.source_line,
    kind: row.kind,
    version: row.version,
    taskId: row.task_id,
    phaseId: row.phase_id,
    planVersion: row.plan_version,
  };
}

/** The item as it is (a toggle to the state it already had changed nothing), or null if not in the actor's plan. */
async function currentItem(actor: Actor, planId: string, itemId: string): Promise<ToggledRow | null> {
  const rows = await requestQuery<ToggledRow>(
    `SELECT i.id, i.text, i.done, i.source_line, i.kind::text AS kind, i.version, i.task_id, i.phase_id, p.version AS plan_version
       FROM items AS i JOIN plans AS p ON p.id = i.plan_id
      WHERE i.id = $1 AND i.plan_id = $2 AND p.workspace_id = $3`,
    [itemId, planId, actor.workspaceId],
  );
  return rows[0] ?? null;
}

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

const DEPENDENCIES = { select: { raw: true }, orderBy: { position: "asc" } } as const;

/**
 * Edits status, owner, priority, estimate, title or dependencies with optimistic concurrency on
 * the task's version; export writes each change back where the source has it.
 */
export async function updateTask(actor: Actor, planId: string, taskId: string, sent: TaskPatch): Promise<TaskResult> {
  assertCan(actor, "plan.edit");
  // The bounds (lengths, one-line fields, hours 0-10,000) hold for every caller, not only the API.
  const patch = UpdateTaskSchema.parse(sent);
  const estimate = patch.estimate === undefined ? undefined : normalizeEstimate(patch.estimate);
  return runTransaction(async (tx) => {
    if (!(await lockPlan(tx, planId, actor.workspaceId))) throw new AppError("not_found", "No such task in this plan.");
    const task = await tx.task.findFirst({
      where: { id: taskId, planId },
      select: { ...TASK_RESULT, dependencies: DEPENDENCIES },
    });
    if (!task) throw new AppError("not_found", "No such task in this plan.");
    if (task.version !== patch.version) throw staleTask(task.version);
    const deps = task.dependencies.map((d) => d.raw);
    const { data, before, after } = taskChanges(task, deps, patch, estimate);
    if (Object.keys(after).length === 0) {
      const plan = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { version: true } });
      return toTaskResult(task, deps, plan.version);
    }
    // The version check again, in the UPDATE itself: a concurrent edit between our read and
    // this write makes the count 0 instead of silently overwriting it.
    const [updated] = await tx.task.updateManyAndReturn({
      where: { id: taskId, version: patch.version },
      data: { ...data, version: { increment: 1 } },
      select: TASK_RESULT,
    });
    if (!updated) throw staleTask(null);
    const newDeps = after.dependsOn ?? deps;
    if (after.dependsOn) await replaceDependencies(tx, planId, taskId, newDeps);
    const planVersion = await recordEvent(tx, actor, {
      planId,
      action: "task.updated",
      entityId: taskId,
      before,
      after,
    });
    return toTaskResult(updated, newDeps, planVersion);
  });
}

/** The columns a patch changes, and each change's before and after (the task.updated event). */
function taskChanges(task: TaskRow, deps: string[], patch: TaskPatch, estimate: Estimate | null | undefined) {
  const data: Prisma.TaskUpdateManyMutationInput = {};
  const before: TaskFields = {};
  const after: TaskFields = {};
  const change = <K extends keyof TaskFields>(field: K, from: TaskFields[K], to: TaskFields[K]) => {
    before[field] = from;
    after[field] = to;
  };
  if (patch.status !== undefined && patch.status !== task.status) {
    data.status = patch.status;
    data.completedAt = patch.status === "done" ? new Date() : null;
    change("status", task.status, patch.status);
  }
  const owner = patch.owner === undefined ? undefined : patch.owner?.trim() || null;
  if (owner !== undefined && owner !== task.owner) {
    data.owner = owner;
    change("owner", task.owner, owner);
  }
  if (patch.priority !== undefined && patch.priority !== task.priority) {
    data.priority = patch.priority;
    change("priority", task.priority, patch.priority);
  }
  const title = patch.title?.trim();
  if (title && title !== task.title) {
    data.title = title;
    change("title", task.title, title);
  }
  if (estimate !== undefined && JSON.stringify(estimateOf(task)) !== JSON.stringify(estimate)) {
    data.estimateMinHours = estimate?.minHours ?? null;
    data.estimateMaxHours = estimate?.maxHours ?? null;
    data.estimateText = estimate?.text ?? null;
    change("estimate", estimateOf(task), estimate);
  }
  const dependsOn = patch.dependsOn?.map((d) => d.trim());
  if (dependsOn && dependsOn.join("\n") !== deps.join("\n")) change("dependsOn", deps, dependsOn);
  return { data, before, after };
}

/** The task's dependencies as `dependsOn` says, each resolved to a task of the plan by key. */
async function replaceDependencies(tx: Tx, planId: string, taskId: string, dependsOn: string[]) {
  await tx.taskDependency.deleteMany({ where: { taskId } });
  if (!dependsOn.length) return;
  const keyed = await tx.task.findMany({
    where: { planId, key: { in: dependsOn } },
    select: { id: true, key: true },
    orderBy: { position: "asc" },
  });
  await tx.taskDependency.createMany({ data: dependencyRows(taskId, dependsOn, keyIndex(keyed)) });
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
    // The whole text must be the estimate: "-3h" or "3--5h" hold an effort ("3h", "5h") but are none.
    const exact = parsed && squash(parsed.text) === squash(text.replace(/\*\*|`|~~/g, ""));
    if (!parsed || !exact)
      throw new AppError(
        "unprocessable",
        `Could not read hours from "${text}"; try e.g. "3h", "2-4 days" or "1 week".`,
      );
    return { ...parsed, text };
  }
  return { minHours: e.minHours, maxHours: e.maxHours, text: e.text };
}

const squash = (s: string) => s.replace(/\s+/g, "").toLowerCase();

function toTaskResult(t: TaskRow, dependsOn: string[], planVersion: number): TaskResult {
  return {
    id: t.id,
    dependsOn,
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
