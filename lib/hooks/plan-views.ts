"use client";

import type { QueryClient } from "@tanstack/react-query";
import type { ApiItem, ApiTask } from "@/lib/plan/contract";
import {
  applyToCriteria,
  applyToPhaseDetail,
  applyToTaskDetail,
  applyToTaskIndex,
  withoutInView,
  type CriteriaView,
  type PhaseDetail,
  type TaskDetail,
  type TaskIndex,
  type TaskLite,
  type ViewChanges,
} from "@/lib/plan/views";

/**
 * The query keys of a plan's page views (lib/plan/views.ts, lib/plan/tracking-views.ts), one
 * cache entry per view: the task list's rows, one task, one phase, the criteria, the decisions,
 * the metrics. An edit or a change feed is applied to each cached view of the plan; none holds
 * the whole plan.
 */
export const viewKeys = {
  all: (planId: string) => ["plans", "view", planId] as const,
  index: (planId: string) => [...viewKeys.all(planId), "index"] as const,
  task: (planId: string, taskId: string) => [...viewKeys.all(planId), "task", taskId] as const,
  phase: (planId: string, phaseId: string) => [...viewKeys.all(planId), "phase", phaseId] as const,
  criteria: (planId: string) => [...viewKeys.all(planId), "criteria"] as const,
  decisions: (planId: string) => [...viewKeys.all(planId), "decisions"] as const,
  metrics: (planId: string) => [...viewKeys.all(planId), "metrics"] as const,
};

type AnyView = TaskIndex | TaskDetail | PhaseDetail | CriteriaView | { version: number };
type ApplyView = (view: never, c: ViewChanges, reply: boolean) => { version: number } | null;

/**
 * Views of other kinds (the decisions and metrics pages': lib/hooks/use-tracking-views.ts) are
 * kept current the same way once their hook's module registers how: pages without them do not
 * ship their code. A cached view is always of a kind whose module has loaded.
 */
const moreKinds = new Map<string, ApplyView>();
export function registerViewKind(kind: string, apply: ApplyView): void {
  moreKinds.set(kind, apply);
}

function cachedViews(qc: QueryClient, planId: string): Array<[readonly unknown[], AnyView]> {
  return qc
    .getQueriesData<AnyView>({ queryKey: viewKeys.all(planId) })
    .filter((e): e is [readonly unknown[], AnyView] => e[1] !== undefined);
}

/** Applies changes to every cached view of the plan; a view that cannot follow them is loaded again. */
export function applyToViews(qc: QueryClient, planId: string, c: ViewChanges, reply = false): void {
  for (const [key, view] of cachedViews(qc, planId)) {
    const kind = key[3];
    const next =
      kind === "index"
        ? applyToTaskIndex(view as TaskIndex, c, reply)
        : kind === "task"
          ? applyToTaskDetail(view as TaskDetail, c, reply)
          : kind === "phase"
            ? applyToPhaseDetail(view as PhaseDetail, String(key[4]), c, reply)
            : kind === "criteria"
              ? applyToCriteria(view as CriteriaView, c, reply)
              : (moreKinds.get(String(kind))?.(view as never, c, reply) ?? view);
    if (next === null) void qc.invalidateQueries({ queryKey: key, exact: true });
    else if (next !== view) qc.setQueryData(key, next);
  }
}

/** The oldest version among the plan's cached views (what a catch-up must start from); null with none. */
export function oldestViewVersion(qc: QueryClient, planId: string): number | null {
  let v: number | null = null;
  for (const [, view] of cachedViews(qc, planId)) v = v === null ? view.version : Math.min(v, view.version);
  return v;
}

/** The task as a cached view has it: the full task when one is cached, else its light row. */
export function findViewTask(qc: QueryClient, planId: string, taskId: string): ApiTask | TaskLite | undefined {
  const detail = qc.getQueryData<TaskDetail>(viewKeys.task(planId, taskId));
  if (detail) return detail.task;
  for (const [key, view] of cachedViews(qc, planId)) {
    if (key[3] === "phase") {
      const t = (view as PhaseDetail).tasks.find((x) => x.id === taskId);
      if (t) return t;
    }
  }
  return qc.getQueryData<TaskIndex>(viewKeys.index(planId))?.tasks.find((t) => t.id === taskId);
}

export type ItemOwner = { taskId: string | null; phaseId: string | null };

/** Which task or phase holds an item (the tick's reply says it too, but the click comes first). */
export function findItemOwner(qc: QueryClient, planId: string, itemId: string): ItemOwner {
  const has = (list: ApiItem[]) => list.some((i) => i.id === itemId);
  for (const [key, view] of cachedViews(qc, planId)) {
    if (key[3] === "task") {
      const t = (view as TaskDetail).task;
      if (has(t.checklist) || has(t.criteria)) return { taskId: t.id, phaseId: null };
    } else if (key[3] === "phase") {
      const p = view as PhaseDetail;
      for (const t of p.tasks) if (has(t.checklist) || has(t.criteria)) return { taskId: t.id, phaseId: null };
      if (has(p.checklist)) return { taskId: null, phaseId: String(key[4]) };
    }
  }
  return { taskId: null, phaseId: null };
}

/** Removes a task or an item from every cached view (a refused add, a replaced draft). */
export function removeFromViews(qc: QueryClient, planId: string, id: string): void {
  for (const [key, view] of cachedViews(qc, planId)) {
    if (key[3] !== "index" && key[3] !== "task" && key[3] !== "phase") continue;
    const next = withoutInView(view as TaskIndex | PhaseDetail | TaskDetail, id);
    if (next !== view) qc.setQueryData(key, next);
  }
}

/** The task list's checkbox count of a task after a tick, an untick or a new item; none when the list is not cached. */
export function countAfter(
  qc: QueryClient,
  planId: string,
  taskId: string | null,
  delta: { done: number; total: number },
): Record<string, { done: number; total: number }> | undefined {
  if (!taskId) return undefined;
  const row = qc.getQueryData<TaskIndex>(viewKeys.index(planId))?.tasks.find((t) => t.id === taskId);
  return row ? { [taskId]: { done: row.checks.done + delta.done, total: row.checks.total + delta.total } } : undefined;
}

/** A view change that moves no view's version (optimistic edits and their rollbacks). */
export const SAME_VERSION = 0;
