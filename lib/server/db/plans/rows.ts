import "server-only";
import type { Decision, Item, ItemKind, Metric, Phase, Plan, Task } from "@/lib/plan/contract";
import { newId } from "@/lib/server/ids";
import type { DecisionRow, DependencyRow, ItemRow, MetricRow, OptionRow, PhaseRow, TaskRow } from "./tables";

/**
 * Turns a parsed Plan into rows (an import's bulk insert, a re-import's new rows), with ids made
 * up front so tasks, items and dependencies can reference each other without a round trip per
 * row. Runs in the parse worker too (prepare-import.ts): nothing here touches the database.
 */

type NewPhase = Omit<PhaseRow, "version">;
type NewTask = Omit<TaskRow, "version" | "createdAt" | "updatedAt">;
type NewItem = Omit<ItemRow, "version">;
type NewDecision = Pick<DecisionRow, "id" | "planId" | "title" | "status" | "dueBy" | "position" | "sourceLine">;
type NewMetric = Omit<MetricRow, "version">;

export type PlanRows = {
  phases: NewPhase[];
  tasks: NewTask[];
  dependencies: DependencyRow[];
  items: NewItem[];
  decisions: NewDecision[];
  options: OptionRow[];
  metrics: NewMetric[];
};

export type ItemOwner = { taskId?: string; phaseId?: string };

export function phaseRow(planId: string, phase: Phase, position: number, id = newId()): NewPhase {
  return {
    id,
    planId,
    key: phase.key,
    title: phase.title,
    weeksFrom: phase.weeks?.from ?? null,
    weeksTo: phase.weeks?.to ?? null,
    status: phase.status,
    position,
    sourceLine: phase.line,
  };
}

export function taskFields(task: Task) {
  return {
    key: task.key,
    title: task.title,
    priority: task.priority,
    status: task.status,
    estimateMinHours: task.estimate?.minHours ?? null,
    estimateMaxHours: task.estimate?.maxHours ?? null,
    estimateText: task.estimate?.text ?? null,
    owner: task.owner,
    files: task.files,
    sourceLine: task.line,
  };
}

export function taskRow(planId: string, phaseId: string, task: Task, position: number, id = newId()): NewTask {
  return {
    id,
    planId,
    phaseId,
    ...taskFields(task),
    position,
    completedAt: task.status === "done" ? new Date() : null,
  };
}

export function itemRow(
  planId: string,
  owner: ItemOwner,
  kind: ItemKind,
  item: Item,
  position: number,
  id = newId(),
): NewItem {
  return {
    id,
    planId,
    taskId: owner.taskId ?? null,
    phaseId: owner.phaseId ?? null,
    kind,
    text: item.text,
    done: item.done,
    doneAt: item.done ? new Date() : null,
    position,
    sourceLine: item.line,
  };
}

export function decisionRow(planId: string, d: Decision, position: number, id = newId()): NewDecision {
  return { id, planId, title: d.title, status: d.status, dueBy: d.dueBy, position, sourceLine: d.line };
}

export function optionRows(decisionId: string, d: Decision): OptionRow[] {
  return d.options.map((o, i) => ({
    id: newId(),
    decisionId,
    text: o.text,
    chosen: o.chosen,
    recommended: o.recommended,
    position: i,
    sourceLine: o.line,
  }));
}

export function metricRow(planId: string, m: Metric, position: number, id = newId()): NewMetric {
  return {
    id,
    planId,
    name: m.name,
    op: m.target.op,
    value: m.target.value,
    unit: m.target.unit,
    position,
    sourceLine: m.line,
  };
}

/** The kinds a Plan's item lists are stored as (and read back from; see read.ts). */
export const TASK_CHECKLIST: ItemKind = "checklist";
export const TASK_CRITERIA: ItemKind = "criterion";
export const PHASE_CHECKLIST: ItemKind = "deliverable";
export const PLAN_CRITERIA: ItemKind = "criterion";

/**
 * `dependsOn` entries that name a task key of this plan resolve to that task (the first one with
 * the key, keys are not guaranteed unique); the raw text is always kept.
 */
export function dependencyRows(taskId: string, dependsOn: string[], idByKey: Map<string, string>): DependencyRow[] {
  return dependsOn.map((raw, i) => ({ id: newId(), taskId, dependsOnId: idByKey.get(raw) ?? null, raw, position: i }));
}

export function keyIndex(tasks: { id: string; key: string | null }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const t of tasks) if (t.key !== null && !map.has(t.key)) map.set(t.key, t.id);
  return map;
}

export function planToRows(planId: string, plan: Plan): PlanRows {
  const rows: PlanRows = {
    phases: [],
    tasks: [],
    dependencies: [],
    items: [],
    decisions: [],
    options: [],
    metrics: [],
  };
  let taskPosition = 0;
  const taskDeps: { id: string; dependsOn: string[] }[] = [];
  plan.phases.forEach((phase, p) => {
    const phaseId = newId();
    rows.phases.push(phaseRow(planId, phase, p, phaseId));
    phase.checklist.forEach((item, i) => rows.items.push(itemRow(planId, { phaseId }, PHASE_CHECKLIST, item, i)));
    for (const task of phase.tasks) {
      const taskId = newId();
      rows.tasks.push(taskRow(planId, phaseId, task, taskPosition++, taskId));
      task.checklist.forEach((item, i) => rows.items.push(itemRow(planId, { taskId }, TASK_CHECKLIST, item, i)));
      task.criteria.forEach((item, i) => rows.items.push(itemRow(planId, { taskId }, TASK_CRITERIA, item, i)));
      taskDeps.push({ id: taskId, dependsOn: task.dependsOn });
    }
  });
  const byKey = keyIndex(rows.tasks.map((t) => ({ id: t.id, key: t.key })));
  for (const t of taskDeps) rows.dependencies.push(...dependencyRows(t.id, t.dependsOn, byKey));
  plan.criteria.forEach((item, i) => rows.items.push(itemRow(planId, {}, PLAN_CRITERIA, item, i)));
  plan.decisions.forEach((d, i) => {
    const decisionId = newId();
    rows.decisions.push(decisionRow(planId, d, i, decisionId));
    rows.options.push(...optionRows(decisionId, d));
  });
  plan.metrics.forEach((m, i) => rows.metrics.push(metricRow(planId, m, i)));
  return rows;
}
