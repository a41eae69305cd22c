import type { ApiPlan, ApiTask, Priority, Status } from "./contract";
import { ownerName } from "./owners";
import { resolveWait } from "./schedule/graph";

/** The task list's filters, search and sort, over a plan's tasks. Pure; kept in the URL. */

export type TaskFilters = {
  phase: string | null;
  priority: Priority | "none" | null;
  status: Status | null;
  owner: string | "none" | null;
  openDecision: boolean;
  q: string;
};

export const SORTS = ["document", "priority", "status", "estimate", "title", "owner"] as const;
export type TaskSort = (typeof SORTS)[number];

export const EMPTY_FILTERS: TaskFilters = {
  phase: null,
  priority: null,
  status: null,
  owner: null,
  openDecision: false,
  q: "",
};

/** What the filters, search and sort read of a task (the full task, or the task list's light row). */
export type QueryTask = Pick<ApiTask, "id" | "key" | "title" | "status" | "priority" | "owner" | "estimate" | "files">;
export type TaskRow<T extends QueryTask = ApiTask> = {
  task: T;
  phaseId: string;
  phaseTitle: string;
  index: number;
  openDecisions: string[];
};

/** Every task with its phase and the open decisions it waits for, in document order. */
export function taskRows(plan: Pick<ApiPlan, "phases" | "decisions">): TaskRow[] {
  const phases = plan.phases.map((p) => ({ id: p.id, title: p.title, key: p.key, weeks: p.weeks }));
  const decisions = plan.decisions.map((d) => ({ id: d.id, title: d.title, status: d.status, dueBy: d.dueBy }));
  const rows: TaskRow[] = [];
  for (const phase of plan.phases) {
    for (const task of phase.tasks) {
      const open: string[] = [];
      for (const dep of task.dependencies) {
        if (dep.taskId) continue;
        const target = resolveWait(dep.text, phases, decisions);
        if (target.kind === "decision" && decisions[target.decision]!.status === "open")
          open.push(decisions[target.decision]!.title);
      }
      rows.push({ task, phaseId: phase.id, phaseTitle: phase.title, index: rows.length, openDecisions: open });
    }
  }
  return rows;
}

/** Folds case and accents, so "cafe" finds "Café". */
export function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export function matchesFilters(row: TaskRow<QueryTask>, f: TaskFilters, words: string[] = searchWords(f.q)): boolean {
  const t = row.task;
  if (f.phase && row.phaseId !== f.phase) return false;
  if (f.status && t.status !== f.status) return false;
  if (f.priority && (f.priority === "none" ? t.priority !== null : t.priority !== f.priority)) return false;
  if (f.owner && (f.owner === "none" ? t.owner !== null : ownerName(t.owner ?? "") !== f.owner)) return false;
  if (f.openDecision && row.openDecisions.length === 0) return false;
  if (words.length) {
    const hay = fold(`${t.key ?? ""} ${t.title} ${t.owner ?? ""} ${t.files.join(" ")}`);
    for (const w of words) if (!hay.includes(w)) return false;
  }
  return true;
}

export function searchWords(q: string): string[] {
  return fold(q).split(/\s+/).filter(Boolean);
}

const STATUS_RANK: Record<Status, number> = { blocked: 0, in_progress: 1, todo: 2, deferred: 3, done: 4 };
const mid = (t: QueryTask) => (t.estimate ? (t.estimate.minHours + t.estimate.maxHours) / 2 : -1);

const COMPARE: Record<TaskSort, (a: TaskRow<QueryTask>, b: TaskRow<QueryTask>) => number> = {
  document: () => 0,
  // No priority sorts after P3; unestimated after the smallest estimate.
  priority: (a, b) => (a.task.priority ?? "P9").localeCompare(b.task.priority ?? "P9"),
  status: (a, b) => STATUS_RANK[a.task.status] - STATUS_RANK[b.task.status],
  estimate: (a, b) => mid(b.task) - mid(a.task),
  title: (a, b) => a.task.title.localeCompare(b.task.title),
  owner: (a, b) =>
    (a.task.owner === null ? 1 : 0) - (b.task.owner === null ? 1 : 0) ||
    (a.task.owner ?? "").localeCompare(b.task.owner ?? ""),
};

/** Filtered and sorted rows; ties keep document order (stable). */
export function queryTasks<T extends QueryTask>(rows: TaskRow<T>[], f: TaskFilters, sort: TaskSort): TaskRow<T>[] {
  const words = searchWords(f.q);
  const out = rows.filter((r) => matchesFilters(r, f, words));
  const cmp = COMPARE[sort];
  return sort === "document" ? out : out.sort((a, b) => cmp(a, b) || a.index - b.index);
}

/** The owners that occur in the plan, by name (the `@` stripped), sorted. */
export function ownersOf(rows: TaskRow<QueryTask>[]): string[] {
  const names = new Set<string>();
  for (const r of rows) if (r.task.owner) names.add(ownerName(r.task.owner));
  return [...names].sort((a, b) => a.localeCompare(b));
}

const isOne = <T extends string>(list: readonly T[], v: string | undefined): v is T =>
  v !== undefined && (list as readonly string[]).includes(v);

/** Filters and sort from the page's query string; anything unknown is ignored. */
export function filtersFromQuery(
  q: Record<string, string | undefined>,
  statuses: readonly Status[],
  priorities: readonly Priority[],
) {
  const filters: TaskFilters = {
    phase: q.phase || null,
    priority: q.priority === "none" ? "none" : isOne(priorities, q.priority) ? q.priority : null,
    status: isOne(statuses, q.status) ? q.status : null,
    owner: q.owner || null,
    openDecision: q.decision === "open",
    q: q.q ?? "",
  };
  const sort: TaskSort = isOne(SORTS, q.sort) ? q.sort : "document";
  return { filters, sort };
}

export function filtersToQuery(f: TaskFilters, sort: TaskSort): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.phase) out.phase = f.phase;
  if (f.priority) out.priority = f.priority;
  if (f.status) out.status = f.status;
  if (f.owner) out.owner = f.owner;
  if (f.openDecision) out.decision = "open";
  if (f.q.trim()) out.q = f.q;
  if (sort !== "document") out.sort = sort;
  return out;
}
