import type { Decision, FieldChange, Item, Metric, Phase, Plan, Task } from "./contract";
import type { ApiDecision, ItemKind, ApiItem, ApiMetric, ApiPhase, ApiPlan, ApiTask } from "./contract";

/**
 * Matches a newly parsed Plan against the stored one, for re-import: phases by key else title,
 * tasks (plan-wide, so a task may move between phases) by key else title, items by text within
 * their owner (same task, same phase, or the plan), decisions by title, metrics by name. Titles and
 * texts are compared normalised (case, markup and spacing ignored). Pure: no database here.
 */

export const normalize = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[*_`~]/g, "")
    .replace(/\s+/g, " ")
    .trim();

export type PhaseMatch = { next: Phase; position: number; current: ApiPhase | null };
export type TaskMatch = { next: Task; phase: PhaseMatch; position: number; current: ApiTask | null };
export type ItemOwnerRef = { type: "task"; task: TaskMatch } | { type: "phase"; phase: PhaseMatch } | { type: "plan" };
export type ItemMatch = { next: Item; kind: ItemKind; owner: ItemOwnerRef; position: number; current: ApiItem | null };

export type PlanMatch = {
  phases: PhaseMatch[];
  removedPhases: ApiPhase[];
  tasks: TaskMatch[];
  removedTasks: ApiTask[];
  items: ItemMatch[];
  removedItems: ApiItem[];
  decisions: { next: Decision; position: number; current: ApiDecision | null }[];
  removedDecisions: ApiDecision[];
  metrics: { next: Metric; position: number; current: ApiMetric | null }[];
  removedMetrics: ApiMetric[];
};

/** First-come matching by a list of key functions, tried in order; each current entry used once. */
function matchList<C, N>(
  current: C[],
  next: N[],
  keys: { cur: (c: C) => string | null; nxt: (n: N) => string | null }[],
) {
  const used = new Set<C>();
  const result: (C | null)[] = next.map(() => null);
  for (const k of keys) {
    const index = new Map<string, C[]>();
    for (const c of current) {
      if (used.has(c)) continue;
      const key = k.cur(c);
      if (key === null) continue;
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
    next.forEach((n, i) => {
      if (result[i] !== null) return;
      const key = k.nxt(n);
      if (key === null) return;
      const candidates = index.get(key);
      const hit = candidates?.find((c) => !used.has(c));
      if (hit) {
        used.add(hit);
        result[i] = hit;
      }
    });
  }
  return { matched: result, removed: current.filter((c) => !used.has(c)) };
}

const byKey = <T extends { key: string | null }>(t: T) => (t.key ? t.key.trim().toLowerCase() : null);
const byTitle = <T extends { title: string }>(t: T) => normalize(t.title);

export function matchPlans(current: ApiPlan, next: Plan): PlanMatch {
  const phaseResult = matchList(current.phases, next.phases, [
    { cur: byKey, nxt: byKey },
    { cur: byTitle, nxt: byTitle },
  ]);
  const phases: PhaseMatch[] = next.phases.map((p, i) => ({
    next: p,
    position: i,
    current: phaseResult.matched[i] ?? null,
  }));

  const currentTasks = current.phases.flatMap((p) => p.tasks);
  const nextTasks = phases.flatMap((pm) => pm.next.tasks.map((t) => ({ task: t, phase: pm })));
  const taskResult = matchList(currentTasks, nextTasks, [
    { cur: byKey, nxt: (n) => byKey(n.task) },
    { cur: byTitle, nxt: (n) => byTitle(n.task) },
  ]);
  const tasks: TaskMatch[] = nextTasks.map((n, i) => ({
    next: n.task,
    phase: n.phase,
    position: i,
    current: taskResult.matched[i] ?? null,
  }));

  const items: ItemMatch[] = [];
  const removedItems: ApiItem[] = [];
  const matchItems = (owner: ItemOwnerRef, currentItems: ApiItem[], lists: { kind: ItemKind; items: Item[] }[]) => {
    const nextItems = lists.flatMap((l) => l.items.map((item, position) => ({ item, kind: l.kind, position })));
    const r = matchList(currentItems, nextItems, [
      { cur: (c) => normalize(c.text), nxt: (n) => normalize(n.item.text) },
    ]);
    nextItems.forEach((n, i) =>
      items.push({ next: n.item, kind: n.kind, owner, position: n.position, current: r.matched[i] ?? null }),
    );
    removedItems.push(...r.removed);
  };
  for (const tm of tasks) {
    const cur = tm.current ? [...tm.current.checklist, ...tm.current.criteria] : [];
    matchItems({ type: "task", task: tm }, cur, [
      { kind: "checklist", items: tm.next.checklist },
      { kind: "criterion", items: tm.next.criteria },
    ]);
  }
  for (const t of taskResult.removed) removedItems.push(...t.checklist, ...t.criteria);
  for (const pm of phases)
    matchItems({ type: "phase", phase: pm }, pm.current?.checklist ?? [], [
      { kind: "deliverable", items: pm.next.checklist },
    ]);
  for (const p of phaseResult.removed) removedItems.push(...p.checklist);
  matchItems({ type: "plan" }, current.criteria, [{ kind: "criterion", items: next.criteria }]);

  const decisionResult = matchList(current.decisions, next.decisions, [{ cur: byTitle, nxt: byTitle }]);
  const metricResult = matchList(current.metrics, next.metrics, [
    { cur: (m) => normalize(m.name), nxt: (m) => normalize(m.name) },
  ]);

  return {
    phases,
    removedPhases: phaseResult.removed,
    tasks,
    removedTasks: taskResult.removed,
    items,
    removedItems,
    decisions: next.decisions.map((d, i) => ({ next: d, position: i, current: decisionResult.matched[i] ?? null })),
    removedDecisions: decisionResult.removed,
    metrics: next.metrics.map((m, i) => ({ next: m, position: i, current: metricResult.matched[i] ?? null })),
    removedMetrics: metricResult.removed,
  };
}

/** What a re-import would change in a matched task's own fields (not its items). */
export function taskChanges(tm: TaskMatch): FieldChange[] {
  const cur = tm.current;
  if (!cur) return [];
  const next = tm.next;
  const changes: FieldChange[] = [];
  const cmp = (field: string, before: unknown, after: unknown) => {
    if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({ field, before, after });
  };
  cmp("key", cur.key, next.key);
  cmp("title", cur.title, next.title);
  cmp("priority", cur.priority, next.priority);
  cmp("status", cur.status, next.status);
  cmp("estimate", cur.estimate, next.estimate);
  cmp("owner", cur.owner, next.owner);
  cmp("files", cur.files, next.files);
  cmp("dependsOn", cur.dependsOn, next.dependsOn);
  const curPhase = tm.phase.current?.id;
  if (curPhase !== cur.phaseId) changes.push({ field: "phase", before: cur.phaseId, after: tm.phase.next.title });
  return changes;
}

export function ownerLabel(owner: ItemOwnerRef): string {
  if (owner.type === "task")
    return owner.task.next.key ? `${owner.task.next.key} ${owner.task.next.title}` : owner.task.next.title;
  if (owner.type === "phase") return owner.phase.next.title;
  return "plan";
}
