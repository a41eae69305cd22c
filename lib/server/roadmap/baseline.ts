import "server-only";
import { subDays } from "date-fns";
import type { ApiPlan, StoredSettings, TaskFields } from "@/lib/plan/contract";
import type { PlanLike } from "@/lib/plan/schedule/from-plan";
import { readPlanEvents } from "@/lib/server/db/events";
import { readCreatedAndTickedSince } from "@/lib/server/db/plans";

export const BASELINE_DAYS = 7;

type TaskBefore = Pick<TaskFields, "status" | "owner" | "priority" | "estimate">;

/** What changed in a plan after a moment, read from the activity log and the rows' own timestamps. */
export interface ChangesSince {
  /** Oldest first: the earliest `before` of each field is the value it had then. */
  taskChanges: { taskId: string; before: TaskBefore; at: Date }[];
  /** The settings before the first roadmap change after the moment, if any. */
  settingsBefore: StoredSettings | null;
  createdTaskIds: Set<string>;
  tickedItemIds: Set<string>;
}

/** The caller checks that the plan existed at `since`. */
export async function readChangesSince(planId: string, since: Date): Promise<ChangesSince> {
  const [events, rows] = await Promise.all([
    readPlanEvents(planId, ["task.updated", "roadmap.updated"], { after: since }),
    readCreatedAndTickedSince(planId, since),
  ]);
  const taskChanges: ChangesSince["taskChanges"] = [];
  let settingsBefore: StoredSettings | null = null;
  for (const e of events) {
    if (e.action === "task.updated") taskChanges.push({ taskId: e.entityId, before: e.before, at: e.at });
    else settingsBefore ??= e.before;
  }
  return {
    taskChanges,
    settingsBefore,
    ...rows,
  };
}

/**
 * The plan as it stood at `since`: tasks added later left out, later task edits (status, owner,
 * priority, estimate) and ticks undone, using the earliest recorded `before` of each field. A
 * task that was done then keeps its completion time; one that was not loses it. Edits the log
 * does not record (a re-import's structural changes) are not undone.
 */
export function planAsOf(plan: ApiPlan, changes: ChangesSince): PlanLike {
  const first = new Map<string, TaskBefore>();
  for (const c of changes.taskChanges) {
    const seen = first.get(c.taskId) ?? {};
    for (const [k, v] of Object.entries(c.before)) if (!(k in seen)) (seen as Record<string, unknown>)[k] = v;
    first.set(c.taskId, seen);
  }
  return {
    meta: plan.meta,
    decisions: plan.decisions,
    phases: plan.phases.map((p) => ({
      ...p,
      tasks: p.tasks
        .filter((t) => !changes.createdTaskIds.has(t.id))
        .map((t) => {
          const b = first.get(t.id) ?? {};
          const status = b.status ?? t.status;
          return {
            ...t,
            status,
            owner: "owner" in b ? (b.owner ?? null) : t.owner,
            priority: "priority" in b ? (b.priority ?? null) : t.priority,
            estimate: "estimate" in b ? (b.estimate ?? null) : t.estimate,
            completedAt: status === "done" ? t.completedAt : null,
            checklist: t.checklist.map((i) => (changes.tickedItemIds.has(i.id) ? { ...i, done: false } : i)),
          };
        }),
    })),
  };
}

export const baselineMoment = (now: Date) => subDays(now, BASELINE_DAYS);
