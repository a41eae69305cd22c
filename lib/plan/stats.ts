import type { Item, Plan, Status } from "./contract";

/** Shape-agnostic over Plan JSON v1 and the API's Plan JSON (which adds ids). */
type ItemLike = Pick<Item, "done">;
type PlanLike = {
  phases: Array<{
    checklist: ItemLike[];
    tasks: Array<{ status: Status; checklist: ItemLike[]; criteria: ItemLike[]; estimate: { minHours: number; maxHours: number } | null }>;
  }>;
  criteria: ItemLike[];
  decisions: Array<{ status: "open" | "decided" }>;
  metrics: unknown[];
  warnings: string[];
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

export function planStats(plan: PlanLike | Plan): PlanStats {
  const p = plan as PlanLike;
  const tasksByStatus: Record<Status, number> = { todo: 0, in_progress: 0, done: 0, blocked: 0, deferred: 0 };
  let done = 0;
  let total = 0;
  let tasks = 0;
  let min = 0;
  let max = 0;
  const count = (items: ItemLike[]) => {
    total += items.length;
    for (const i of items) if (i.done) done++;
  };
  for (const phase of p.phases) {
    count(phase.checklist);
    for (const task of phase.tasks) {
      tasks++;
      tasksByStatus[task.status]++;
      count(task.checklist);
      count(task.criteria);
      if (task.estimate) {
        min += task.estimate.minHours;
        max += task.estimate.maxHours;
      }
    }
  }
  count(p.criteria);
  return {
    phases: p.phases.length,
    tasks,
    tasksByStatus,
    checkboxes: { done, total },
    criteria: p.criteria.length,
    decisions: { total: p.decisions.length, open: p.decisions.filter((d) => d.status === "open").length },
    metrics: p.metrics.length,
    hours: { min, max },
    warnings: p.warnings.length,
  };
}

export function formatHours(min: number, max: number): string {
  const r = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  if (min === 0 && max === 0) return "—";
  return min === max ? `${r(min)} h` : `${r(min)}–${r(max)} h`;
}
