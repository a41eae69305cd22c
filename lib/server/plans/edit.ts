import "server-only";
import { AppError } from "@/lib/errors";
import { parseEstimate } from "@/lib/markdown/estimate";
import {
  UpdateTaskSchema,
  type Estimate,
  type ItemResult,
  type TaskFields,
  type TaskPatch,
  type TaskResult,
} from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import {
  currentItem,
  estimateOf,
  lockPlan,
  planVersionIn,
  readTaskForEdit,
  replaceDependencies,
  toggleItem,
  updateTaskAtVersion,
  type EditedTask,
  type TaskChanges,
} from "@/lib/server/db/plans";
import { runTransaction } from "@/lib/server/db/tx";

/**
 * Ticks or unticks a checkbox. Setting the state it already has changes nothing (no version bump).
 * The hottest write of the app: one statement (toggleItem, lib/server/db/plans/edit.ts) writes the
 * item and its event, whose trigger bumps the plan's version and notifies.
 */
export async function setItemDone(actor: Actor, planId: string, itemId: string, done: boolean): Promise<ItemResult> {
  assertCan(actor, "plan.edit");
  const row =
    (await toggleItem(actor, itemId, done, {
      planId,
      action: done ? "item.checked" : "item.unchecked",
      entityId: itemId,
      before: { done: !done },
      after: { done },
    })) ?? (await currentItem(actor.workspaceId, planId, itemId));
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
    const task = await readTaskForEdit(tx, planId, taskId);
    if (!task) throw new AppError("not_found", "No such task in this plan.");
    if (task.version !== patch.version) throw staleTask(task.version);
    const deps = task.dependsOn;
    const { data, before, after } = taskChanges(task, deps, patch, estimate);
    if (Object.keys(after).length === 0) return toTaskResult(task, deps, await planVersionIn(tx, planId));
    // The version check again, in the UPDATE itself: a concurrent edit between our read and
    // this write makes it fail instead of silently overwriting it.
    const updated = await updateTaskAtVersion(tx, taskId, patch.version, data);
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
function taskChanges(task: EditedTask, deps: string[], patch: TaskPatch, estimate: Estimate | null | undefined) {
  const data: TaskChanges = {};
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

function toTaskResult(t: EditedTask, dependsOn: string[], planVersion: number): TaskResult {
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
