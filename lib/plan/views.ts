import type {
  ApiDecision,
  ApiItem,
  ApiMetric,
  ApiPhase,
  ApiPlan,
  ApiTask,
  ItemResult,
  PlanChanges,
  TaskResult,
} from "./contract";
import { phaseProgress } from "./stats";
import { taskRows } from "./task-query";

/**
 * The compact per-page views the overview and task pages hold instead of the whole plan (4 MB of
 * JSON for 5,000 tasks): the task list's light rows, one task, one phase's tasks, the plan's
 * criteria. Each view carries the plan version it is current at, so a change feed or a PATCH
 * reply is applied to each view on its own, and a tick copies one small view, never the plan.
 * Pure: built on the server from the cached plan, patched in the browser.
 */

export type Checks = { done: number; total: number };

/** A task as the task list, board, filters and dependency picker need it. */
export type TaskLite = Pick<
  ApiTask,
  "id" | "phaseId" | "key" | "title" | "status" | "priority" | "owner" | "estimate" | "files" | "version"
> & {
  checks: Checks;
  /** Titles of the open decisions the task waits for. */
  waits: string[];
};
export type PhaseRef = { id: string; key: string | null; title: string };
/** `total` is the plan's task count; below it, `tasks` is the first part only (the page's first screen; the rest loads after). */
export type TaskIndex = { version: number; hasSource: boolean; phases: PhaseRef[]; tasks: TaskLite[]; total: number };

/** The first rows of an index, for a page's server render: what is on screen, not 5,000 rows. */
export function firstRows(index: TaskIndex, count: number): TaskIndex {
  return index.tasks.length <= count ? index : { ...index, tasks: index.tasks.slice(0, count) };
}

export const isPartial = (index: TaskIndex): boolean => index.tasks.length < index.total;
export type TaskDetail = { version: number; task: ApiTask };
export type PhaseDetail = { version: number; tasks: ApiTask[]; checklist: ApiItem[] };
export type CriteriaView = { version: number; items: ApiItem[] };

const checksOf = (t: Pick<ApiTask, "checklist" | "criteria">): Checks => {
  let done = 0;
  for (const i of t.checklist) if (i.done) done++;
  for (const i of t.criteria) if (i.done) done++;
  return { done, total: t.checklist.length + t.criteria.length };
};

const LITE = ["key", "title", "status", "priority", "owner", "estimate", "version", "files"] as const;
type LiteFields = Pick<ApiTask, (typeof LITE)[number]>;
/** The row fields a (possibly partial) task change carries. */
const liteFields = (t: Partial<LiteFields>): Partial<LiteFields> => {
  const out: Record<string, unknown> = {};
  for (const k of LITE) if (t[k] !== undefined) out[k] = t[k];
  return out as Partial<LiteFields>;
};

export function toTaskIndex(plan: ApiPlan): TaskIndex {
  const tasks = taskRows(plan).map(({ task: t, openDecisions }): TaskLite => ({
    id: t.id,
    phaseId: t.phaseId,
    key: t.key,
    title: t.title,
    status: t.status,
    priority: t.priority,
    owner: t.owner,
    estimate: t.estimate,
    files: t.files,
    version: t.version,
    checks: checksOf(t),
    waits: openDecisions,
  }));
  return {
    version: plan.version,
    hasSource: plan.hasSource,
    phases: plan.phases.map((p) => ({ id: p.id, key: p.key, title: p.title })),
    tasks,
    total: tasks.length,
  };
}

export function findPlanTask(plan: ApiPlan, taskId: string): ApiTask | undefined {
  for (const p of plan.phases) for (const t of p.tasks) if (t.id === taskId) return t;
  return undefined;
}

type ItemChange = PlanChanges["items"][number];
type FullTaskChange = PlanChanges["tasks"][number];
/** The feed's task (every field) or a PATCH reply's (its own fields only). */
type TaskChange = Pick<FullTaskChange, "id" | "phaseId"> & Partial<FullTaskChange>;
const isFull = (t: TaskChange): t is FullTaskChange =>
  t.title !== undefined && t.dependencies !== undefined && t.files !== undefined;
/**
 * What a view takes: the change feed, a PATCH reply, or an optimistic edit (version unchanged).
 * Decisions and metrics are for their pages' views (lib/plan/tracking-views.ts).
 */
export type ViewChanges = {
  version: number;
  items: ItemChange[];
  tasks: TaskChange[];
  checks?: Record<string, Checks>;
  decisions?: ApiDecision[];
  metrics?: ApiMetric[];
};

const toItem = (c: ItemChange): ApiItem => ({
  id: c.id,
  text: c.text,
  done: c.done,
  line: c.line,
  kind: c.kind,
  version: c.version,
});

/** The version a view moves to: the feed's, or a reply's only when it is the very next one. */
export function nextVersion(view: { version: number }, c: ViewChanges, reply: boolean): number {
  if (!reply) return Math.max(view.version, c.version);
  return c.version === view.version + 1 ? c.version : view.version;
}

/** Items of one list (checklist / criteria / deliverables) with the changed ones replaced and new ones added. */
function patchList(list: ApiItem[], changes: ItemChange[], owns: (c: ItemChange) => boolean): ApiItem[] {
  const mine = changes.filter(owns);
  if (!mine.length) return list;
  const byId = new Map(mine.map((c) => [c.id, c]));
  const next = list.map((i) => (byId.has(i.id) ? toItem(byId.get(i.id)!) : i));
  for (const c of mine) if (!list.some((i) => i.id === c.id)) next.push(toItem(c));
  return next;
}

function patchTask(t: ApiTask, c: ViewChanges): ApiTask {
  const change = c.tasks.find((x) => x.id === t.id);
  const checklist = patchList(t.checklist, c.items, (i) => i.taskId === t.id && i.kind !== "criterion");
  const criteria = patchList(t.criteria, c.items, (i) => i.taskId === t.id && i.kind === "criterion");
  if (!change && checklist === t.checklist && criteria === t.criteria) return t;
  const fields: Record<string, unknown> = {};
  // A reply carries some fields only: the others stay as they are.
  if (change) for (const [k, v] of Object.entries(change)) if (v !== undefined) fields[k] = v;
  return { ...t, ...fields, checklist, criteria };
}

export function applyToTaskDetail(view: TaskDetail, c: ViewChanges, reply = false): TaskDetail {
  const task = patchTask(view.task, c);
  const version = nextVersion(view, c, reply);
  return task === view.task && version === view.version ? view : { version, task };
}

export function applyToPhaseDetail(view: PhaseDetail, phaseId: string, c: ViewChanges, reply = false): PhaseDetail {
  let tasks = view.tasks.map((t) => patchTask(t, c));
  const added = c.tasks.filter(isFull).filter((t) => t.phaseId === phaseId && !view.tasks.some((x) => x.id === t.id));
  if (added.length) tasks = [...tasks, ...added.map((t) => patchTask({ ...t, checklist: [], criteria: [] }, c))];
  const checklist = patchList(view.checklist, c.items, (i) => i.phaseId === phaseId && i.taskId === null);
  const version = nextVersion(view, c, reply);
  const same =
    tasks.length === view.tasks.length && tasks.every((t, i) => t === view.tasks[i]) && checklist === view.checklist;
  return same && version === view.version ? view : { version, tasks: same ? view.tasks : tasks, checklist };
}

export function applyToCriteria(view: CriteriaView, c: ViewChanges, reply = false): CriteriaView {
  const items = patchList(view.items, c.items, (i) => i.taskId === null && i.phaseId === null);
  const version = nextVersion(view, c, reply);
  return items === view.items && version === view.version ? view : { version, items };
}

/**
 * The task list's rows after changes; null when it cannot follow them (a decision changed what
 * tasks wait for): then it is loaded again. Checkbox counts come from `checks` (the feed's
 * current counts, or an optimistic count); items themselves are not in the rows.
 */
export function applyToTaskIndex(view: TaskIndex, c: ViewChanges, reply = false): TaskIndex | null {
  if (c.decisions?.length) return null;
  const byId = new Map(c.tasks.map((t) => [t.id, t]));
  const checks = c.checks ?? {};
  let touched = false;
  const tasks = view.tasks.map((t) => {
    const change = byId.get(t.id);
    const count = checks[t.id];
    if (!change && !count) return t;
    touched = true;
    return { ...t, ...(change ? liteFields(change) : {}), ...(count ? { checks: count } : {}) };
  });
  for (const t of c.tasks) {
    if (!isFull(t) || view.tasks.some((x) => x.id === t.id)) continue;
    touched = true;
    tasks.push({
      id: t.id,
      phaseId: t.phaseId,
      key: t.key,
      title: t.title,
      status: t.status,
      priority: t.priority,
      owner: t.owner,
      estimate: t.estimate,
      files: t.files,
      version: t.version,
      checks: checks[t.id] ?? { done: 0, total: 0 },
      waits: [],
    });
  }
  const version = nextVersion(view, c, reply);
  if (!touched && version === view.version) return view;
  return {
    ...view,
    version,
    tasks: touched ? tasks : view.tasks,
    total: view.total + (tasks.length - view.tasks.length),
  };
}

/** A feed (GET …/changes) as view changes; null for a reset (every view is loaded again). */
export function feedChanges(feed: PlanChanges & { checks?: Record<string, Checks> }): ViewChanges | null {
  if (feed.reset) return null;
  return {
    version: feed.version,
    items: feed.items,
    tasks: feed.tasks,
    checks: feed.checks,
    decisions: feed.decisions,
    metrics: feed.metrics,
  };
}

export function itemReply(r: ItemResult, checks?: Record<string, Checks>): ViewChanges {
  const { planVersion, ...item } = r;
  return { version: planVersion, items: [item], tasks: [], checks };
}

/** A task PATCH reply, or (version unchanged) an optimistic edit or its rollback: only the fields given. */
export function taskReply(r: Omit<TaskResult, "planVersion"> | TaskChange, version: number): ViewChanges {
  return { version, items: [], tasks: [r as TaskChange] };
}

/** The views without a task or an item (an add that the server refused, or a draft replaced). */
export function withoutInView<V extends TaskIndex | PhaseDetail | TaskDetail>(view: V, id: string): V {
  const drop = <T extends { id: string }>(l: T[]) => (l.some((x) => x.id === id) ? l.filter((x) => x.id !== id) : l);
  if ("task" in view) {
    const t = view.task;
    const checklist = drop(t.checklist);
    const criteria = drop(t.criteria);
    return checklist === t.checklist && criteria === t.criteria
      ? view
      : { ...view, task: { ...t, checklist, criteria } };
  }
  const tasks = (view.tasks as Array<TaskLite | ApiTask>).map((t) => {
    if (!("checklist" in t)) return t;
    const checklist = drop(t.checklist);
    const criteria = drop(t.criteria);
    return checklist === t.checklist && criteria === t.criteria ? t : { ...t, checklist, criteria };
  });
  const next = drop(tasks);
  const same = next.length === view.tasks.length && next.every((t, i) => t === view.tasks[i]);
  const checklist = "checklist" in view ? drop(view.checklist) : undefined;
  if (same && (!checklist || checklist === (view as PhaseDetail).checklist)) return view;
  const total = "total" in view ? { total: view.total - (view.tasks.length - next.length) } : {};
  return { ...view, tasks: next, ...total, ...(checklist ? { checklist } : {}) } as V;
}

/** A phase as the overview lists it before it is opened: its header's numbers, no tasks. */
export type PhaseSummary = Pick<ApiPhase, "id" | "key" | "title" | "status" | "weeks"> & {
  tasks: number;
  items: Checks;
  hours: { min: number; max: number };
};

export function phaseSummaries(plan: ApiPlan): PhaseSummary[] {
  return plan.phases.map((p) => {
    const { tasks, items, estimateHours } = phaseProgress(p);
    return {
      id: p.id,
      key: p.key,
      title: p.title,
      status: p.status,
      weeks: p.weeks,
      tasks: tasks.total,
      items,
      hours: { min: estimateHours.min, max: estimateHours.max },
    };
  });
}
