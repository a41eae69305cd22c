import type {
  ApiDecision,
  ApiItem,
  ApiMetric,
  ApiPlan,
  ApiTask,
  ItemResult,
  PlanChanges,
  TaskResult,
} from "./contract";

/**
 * Applies a change feed (GET /api/plans/:id/changes) to a plan the client holds, keeping every
 * untouched object as it was (React skips what did not change). Null when the changes do not fit
 * the plan (a row it has never seen, a reset): then the client loads the plan again.
 */
export function applyPlanChanges(plan: ApiPlan, changes: PlanChanges): ApiPlan | null {
  if (changes.reset) return null;
  if (changes.version <= plan.version) return plan;
  const items = new Map(changes.items.map((i) => [i.id, i]));
  const tasks = new Map(changes.tasks.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const item = (i: ApiItem): ApiItem => {
    const c = items.get(i.id);
    if (!c) return i;
    seen.add(i.id);
    return { id: c.id, text: c.text, done: c.done, line: c.line, kind: c.kind, version: c.version };
  };
  const list = (l: ApiItem[]) => (l.some((i) => items.has(i.id)) ? l.map(item) : l);
  const task = (t: ApiTask): ApiTask => {
    const c = tasks.get(t.id);
    const checklist = list(t.checklist);
    const criteria = list(t.criteria);
    if (!c && checklist === t.checklist && criteria === t.criteria) return t;
    if (c) seen.add(c.id);
    return { ...t, ...(c ?? {}), checklist, criteria };
  };
  const phases = plan.phases.map((p) => {
    const phaseTasks = p.tasks.map(task);
    const checklist = list(p.checklist);
    return phaseTasks.every((t, i) => t === p.tasks[i]) && checklist === p.checklist
      ? p
      : { ...p, tasks: phaseTasks, checklist };
  });
  const next: ApiPlan = {
    ...plan,
    version: changes.version,
    phases,
    criteria: list(plan.criteria),
    decisions: replaceById(plan.decisions, changes.decisions, seen),
    metrics: replaceById(plan.metrics, changes.metrics, seen),
  };
  const expected = changes.items.length + changes.tasks.length + changes.decisions.length + changes.metrics.length;
  return seen.size === expected ? next : null;
}

function replaceById<T extends ApiDecision | ApiMetric>(rows: T[], changed: T[], seen: Set<string>): T[] {
  if (!changed.length) return rows;
  const byId = new Map(changed.map((r) => [r.id, r]));
  return rows.map((r) => {
    const c = byId.get(r.id);
    if (!c) return r;
    seen.add(r.id);
    return c;
  });
}

/** The PATCH reply of a tick, applied: the item's state and, when nothing else happened between, the plan version. */
export function applyItemResult(plan: ApiPlan, r: ItemResult): ApiPlan {
  const changes: PlanChanges = {
    planId: plan.id,
    version: r.planVersion,
    reset: false,
    items: [r],
    tasks: [],
    decisions: [],
    metrics: [],
  };
  return withVersion(applyPlanChanges({ ...plan, version: r.planVersion - 1 }, changes) ?? plan, plan, r.planVersion);
}

/** The PATCH reply of a task edit, applied the same way. */
export function applyTaskResult(plan: ApiPlan, r: TaskResult): ApiPlan {
  const { planVersion, ...fields } = r;
  const phases = plan.phases.map((p) =>
    p.tasks.some((t) => t.id === r.id)
      ? { ...p, tasks: p.tasks.map((t) => (t.id === r.id ? { ...t, ...fields } : t)) }
      : p,
  );
  return withVersion({ ...plan, phases }, plan, planVersion);
}

/** Only a reply that is the very next version may move the plan's version; others wait for the feed. */
function withVersion(next: ApiPlan, before: ApiPlan, planVersion: number): ApiPlan {
  return { ...next, version: planVersion === before.version + 1 ? planVersion : before.version };
}
