import type { Status } from "./contract";
import { STATUSES } from "./contract/enums";
import { allItems, allTasks, phaseItems } from "./items";

/**
 * Plan statistics, in one place: the plan list (from SQL group sums), the plan page, the phase
 * cards and the import preview all fold their numbers through `addTasks` / `addItems`, so what
 * "remaining" or "done" means cannot drift between them.
 */

type Done = { done: boolean };
type Estimated = { status: Status; estimate: { minHours: number; maxHours: number } | null };

export type Progress = {
  items: { done: number; total: number };
  tasks: { total: number; byStatus: Record<Status, number> };
  /** remaining = tasks neither done nor deferred. */
  estimateHours: { min: number; max: number; remainingMin: number; remainingMax: number };
};

export function emptyProgress(): Progress {
  return {
    items: { done: 0, total: 0 },
    tasks: { total: 0, byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number> },
    estimateHours: { min: 0, max: 0, remainingMin: 0, remainingMax: 0 },
  };
}

/** Work still to do: a task that is neither done nor deferred. */
export const isRemaining = (status: Status): boolean => status !== "done" && status !== "deferred";

/** Counts `count` tasks of one status whose estimates sum to `minHours`–`maxHours`. */
export function addTasks(p: Progress, status: Status, count: number, minHours: number, maxHours: number): void {
  p.tasks.total += count;
  p.tasks.byStatus[status] += count;
  p.estimateHours.min += minHours;
  p.estimateHours.max += maxHours;
  if (isRemaining(status)) {
    p.estimateHours.remainingMin += minHours;
    p.estimateHours.remainingMax += maxHours;
  }
}

/** Counts `count` checkboxes that are all ticked or all not. */
export function addItems(p: Progress, done: boolean, count: number): void {
  p.items.total += count;
  if (done) p.items.done += count;
}

function tally(tasks: readonly Estimated[], items: readonly Done[]): Progress {
  const p = emptyProgress();
  for (const t of tasks) addTasks(p, t.status, 1, t.estimate?.minHours ?? 0, t.estimate?.maxHours ?? 0);
  for (const i of items) addItems(p, i.done, 1);
  return p;
}

type TaskShape = Estimated & { checklist: readonly Done[]; criteria: readonly Done[] };
type PhaseShape = { checklist: readonly Done[]; tasks: readonly TaskShape[] };

/** Tasks, checkboxes and hours of one phase (its deliverables and its tasks' checkboxes). */
export function phaseProgress(phase: PhaseShape): Progress {
  return tally(phase.tasks, phaseItems<Done, TaskShape>(phase));
}

/** Shape-agnostic over Plan JSON v1 and the API's plan (which adds ids). */
type PlanShape = {
  phases: readonly PhaseShape[];
  criteria: readonly Done[];
  decisions: readonly { status: "open" | "decided" }[];
  metrics: readonly unknown[];
  warnings: readonly string[];
};

export type PlanStats = {
  phases: number;
  tasks: number;
  tasksByStatus: Record<Status, number>;
  checkboxes: { done: number; total: number };
  criteria: number;
  decisions: { total: number; open: number };
  metrics: number;
  hours: { min: number; max: number };
  warnings: number;
};

export function planStats(plan: PlanShape): PlanStats {
  const p = tally(allTasks(plan), allItems<Done, TaskShape, PhaseShape>(plan));
  return {
    phases: plan.phases.length,
    tasks: p.tasks.total,
    tasksByStatus: p.tasks.byStatus,
    checkboxes: p.items,
    criteria: plan.criteria.length,
    decisions: { total: plan.decisions.length, open: plan.decisions.filter((d) => d.status === "open").length },
    metrics: plan.metrics.length,
    hours: { min: p.estimateHours.min, max: p.estimateHours.max },
    warnings: plan.warnings.length,
  };
}

/** `3 h`, `2–4.5 h`, or `—` when nothing is estimated. */
export function formatHours(min: number, max: number): string {
  const r = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  if (min === 0 && max === 0) return "—";
  return min === max ? `${r(min)} h` : `${r(min)}–${r(max)} h`;
}
