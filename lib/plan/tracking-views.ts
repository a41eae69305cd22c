import type { ApiDecision, ApiMeasurement, ApiMetric, ApiPlan, DecideInput } from "./contract";
import { resolveWait } from "./schedule/graph";
import { tasksHeldByDecisions } from "./tracking";
import { nextVersion, type ViewChanges } from "./views";

/**
 * The views the decisions and metrics pages hold instead of the whole plan (lib/plan/views.ts
 * has the task pages' views): the decisions with the tasks each holds up as references (id, key,
 * title), and the metrics with their measurements. A few kB whatever the plan's size. Pure:
 * built on the server from the cached plan, patched in the browser by the change feed, the
 * PATCH / POST replies and optimistic edits.
 */

export type TaskRef = { id: string; key: string | null; title: string };
export type DecisionsView = { version: number; decisions: ApiDecision[]; held: Record<string, TaskRef[]> };
export type MetricsView = { version: number; metrics: ApiMetric[] };

const ref = (t: TaskRef): TaskRef => ({ id: t.id, key: t.key, title: t.title });

export function toDecisionsView(plan: Pick<ApiPlan, "version" | "phases" | "decisions">): DecisionsView {
  const held: Record<string, TaskRef[]> = {};
  for (const [id, tasks] of tasksHeldByDecisions(plan)) held[id] = tasks.map(ref);
  return { version: plan.version, decisions: plan.decisions, held };
}

export function toMetricsView(plan: Pick<ApiPlan, "version" | "metrics">): MetricsView {
  return { version: plan.version, metrics: plan.metrics };
}

/** The decisions a task's dependencies name (the way tasksHeldByDecisions reads them). */
function decisionsNamedBy(
  dependencies: { text: string; taskId: string | null }[],
  decisions: ApiDecision[],
): Set<string> {
  const named = new Set<string>();
  for (const dep of dependencies) {
    if (dep.taskId) continue;
    const wait = resolveWait(dep.text, [], decisions);
    if (wait.kind === "decision") named.add(decisions[wait.decision]!.id);
  }
  return named;
}

/** The held lists after task changes: a changed title or key is shown, changed dependencies move the task between lists. */
function patchHeld(view: DecisionsView, c: ViewChanges, decisions: ApiDecision[]): Record<string, TaskRef[]> {
  let held = view.held;
  for (const t of c.tasks) {
    const named = t.dependencies ? decisionsNamedBy(t.dependencies, decisions) : null;
    const next: Record<string, TaskRef[]> = {};
    let changed = false;
    for (const d of decisions) {
      const list = held[d.id] ?? [];
      const at = list.findIndex((r) => r.id === t.id);
      const wants = named ? named.has(d.id) : at >= 0;
      let out = list;
      if (at >= 0 && !wants) out = list.filter((r) => r.id !== t.id);
      else if (at >= 0 && (t.title !== undefined || t.key !== undefined)) {
        const old = list[at]!;
        const title = t.title ?? old.title;
        const key = t.key !== undefined ? t.key : old.key;
        if (title !== old.title || key !== old.key) out = list.map((r, i) => (i === at ? { id: r.id, key, title } : r));
      } else if (at < 0 && wants && t.title !== undefined)
        out = [...list, { id: t.id, key: t.key ?? null, title: t.title }];
      if (out !== list) changed = true;
      next[d.id] = out;
    }
    if (changed) held = next;
  }
  return held;
}

/** Decisions replaced by their current state; null when one is new to the view (load it again). */
function replaceRows<T extends { id: string }>(rows: T[], changed: T[] | undefined): T[] | null {
  if (!changed?.length) return rows;
  const byId = new Map(changed.map((r) => [r.id, r]));
  if (changed.some((r) => !rows.some((x) => x.id === r.id))) return null;
  return rows.map((r) => byId.get(r.id) ?? r);
}

export function applyToDecisions(view: DecisionsView, c: ViewChanges, reply = false): DecisionsView | null {
  const decisions = replaceRows(view.decisions, c.decisions);
  if (!decisions) return null;
  const held = patchHeld(view, c, decisions);
  const version = nextVersion(view, c, reply);
  return decisions === view.decisions && held === view.held && version === view.version
    ? view
    : { version, decisions, held };
}

/** Optimistic measurements carry an id with this prefix until the server's reply replaces them. */
export const PENDING_PREFIX = "pending-";
const byTime = (a: ApiMeasurement, b: ApiMeasurement) => a.measuredAt.localeCompare(b.measuredAt);

/** A metric's current state from the feed, keeping this tab's measurements still on their way. */
function withPending(next: ApiMetric, old: ApiMetric | undefined): ApiMetric {
  const pending = old?.measurements.filter((m) => m.id.startsWith(PENDING_PREFIX)) ?? [];
  return pending.length ? { ...next, measurements: [...next.measurements, ...pending].sort(byTime) } : next;
}

export function applyToMetrics(view: MetricsView, c: ViewChanges, reply = false): MetricsView | null {
  const changed = c.metrics?.map((m) =>
    withPending(
      m,
      view.metrics.find((x) => x.id === m.id),
    ),
  );
  const metrics = replaceRows(view.metrics, changed);
  if (!metrics) return null;
  const version = nextVersion(view, c, reply);
  return metrics === view.metrics && version === view.version ? view : { version, metrics };
}

/**
 * A measurement added to a metric (an optimistic one, or the server's reply replacing the
 * optimistic `replaces`); once there (the feed may bring it first) it is not added twice.
 */
export function withMeasurement(
  view: MetricsView,
  metricId: string,
  m: ApiMeasurement,
  replaces?: string,
): MetricsView {
  return {
    ...view,
    metrics: view.metrics.map((x) => {
      if (x.id !== metricId) return x;
      const rest = x.measurements.filter((y) => y.id !== replaces && y.id !== m.id);
      return { ...x, measurements: [...rest, m].sort(byTime) };
    }),
  };
}

export function withoutMeasurement(view: MetricsView, metricId: string, measurementId: string): MetricsView {
  return {
    ...view,
    metrics: view.metrics.map((x) =>
      x.id === metricId ? { ...x, measurements: x.measurements.filter((y) => y.id !== measurementId) } : x,
    ),
  };
}

/** A measurement's time as the server stores it: an ISO date is midnight UTC, a missing one now. */
export const measuredAtOf = (at: string | undefined, now = new Date()): string =>
  (at ? new Date(at) : now).toISOString();

/** A decision as it will be once the server records the choice (who: "you", until the reply names them). */
export function decidedLocally(d: ApiDecision, input: DecideInput, now = new Date()): ApiDecision {
  const option = input.optionId === null ? null : d.options.find((o) => o.id === input.optionId);
  if (option === undefined) return d;
  if (option === null) {
    return {
      ...d,
      status: "open",
      options: d.options.map((o) => ({ ...o, chosen: false })),
      decidedAt: null,
      decidedById: null,
      decidedByName: null,
      rationale: null,
    };
  }
  return {
    ...d,
    status: "decided",
    options: d.options.map((o) => ({ ...o, chosen: o.id === option.id })),
    decidedAt: now.toISOString(),
    decidedByName: "you",
    rationale: input.rationale?.trim() || null,
  };
}

/** The view with one decision replaced (an optimistic edit, its rollback). */
export function withDecision(view: DecisionsView, d: ApiDecision): DecisionsView {
  return { ...view, decisions: view.decisions.map((x) => (x.id === d.id ? d : x)) };
}
