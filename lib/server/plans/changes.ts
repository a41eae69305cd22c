import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { eventKind, isEventAction, type EventEntity, type PlanChanges } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { requestQuery } from "@/lib/server/pg";
import { DECISION_INCLUDE, toDecisionView, toItemView, toMetricView, toTaskView } from "./views";

/** Beyond this many changes a client is better off loading the plan again. */
const MAX_CHANGES = 500;

/**
 * What changed in a plan after version `since`, read from the activity log (each row names the
 * plan version it produced): the current state of those items, tasks, decisions and metrics, a
 * few hundred bytes per change instead of the whole plan. `reset` when a patch cannot say it: a
 * re-import, a new task, too many changes, or a version no event names (rows from before events
 * carried their version).
 */
export async function getPlanChanges(actor: Actor, planId: string, since: number): Promise<PlanChanges> {
  assertCan(actor, "plan.read");
  return readPlanChanges(actor.workspaceId, planId, since);
}

/** The same without a permission check, for the data layer's own use (patching the plan cache, get.ts). */
export async function readPlanChanges(workspaceId: string, planId: string, since: number): Promise<PlanChanges> {
  // One round trip for the version and the log rows after `since` (this runs on every change, for every watcher).
  const log = await db.$queryRaw<
    { version: number; action: string | null; entity_id: string | null; plan_version: number | null }[]
  >`
    SELECT p.version, a.action, a.entity_id, a.plan_version
      FROM plans AS p
      LEFT JOIN activity AS a ON a.plan_id = p.id AND a.plan_version > ${since} AND p.version - ${since} <= ${MAX_CHANGES}
     WHERE p.id = ${planId} AND p.workspace_id = ${workspaceId}`;
  if (!log.length) throw new AppError("not_found", "No such plan.");
  const version = log[0]!.version;
  const empty: PlanChanges = { planId, version, reset: false, items: [], tasks: [], decisions: [], metrics: [] };
  if (since >= version) return since > version ? { ...empty, reset: true } : empty;
  if (version - since > MAX_CHANGES) return { ...empty, reset: true };

  const rows = log.filter((r) => r.plan_version !== null && r.plan_version <= version);
  const versions = new Set(rows.map((r) => r.plan_version));
  // Every version in between must be an event the feed can say (its kind's `feed`, lib/plan/contract/events.ts).
  const kinds = rows.map((r) => (r.action !== null && isEventAction(r.action) ? eventKind(r.action) : null));
  if (versions.size < version - since || kinds.some((k) => k === null || k.feed === "reset"))
    return { ...empty, reset: true };

  const ids = (entity: EventEntity) => [
    ...new Set(
      rows.filter((_, i) => kinds[i]!.feed === "patch" && kinds[i]!.entity === entity).map((r) => r.entity_id!),
    ),
  ];
  const [items, tasks, decisions, metrics] = await Promise.all([
    loadItems(planId, ids("item")),
    loadTasks(planId, ids("task")),
    loadDecisions(planId, ids("decision")),
    loadMetrics(planId, ids("metric")),
  ]);
  return { ...empty, items, tasks, decisions, metrics, checks: await countTaskChecks(planId, items) };
}

/**
 * The current checkbox counts of the tasks whose items changed: the task list shows them, and it
 * holds no items to count (lib/plan/views.ts).
 */
async function countTaskChecks(
  planId: string,
  items: PlanChanges["items"],
): Promise<NonNullable<PlanChanges["checks"]>> {
  const taskIds = [...new Set(items.map((i) => i.taskId).filter((id): id is string => id !== null))];
  if (!taskIds.length) return {};
  const groups = await db.item.groupBy({
    by: ["taskId", "done"],
    where: { planId, taskId: { in: taskIds } },
    _count: { _all: true },
  });
  const out: NonNullable<PlanChanges["checks"]> = Object.fromEntries(taskIds.map((id) => [id, { done: 0, total: 0 }]));
  for (const g of groups) {
    const c = out[g.taskId!]!;
    c.total += g._count._all;
    if (g.done) c.done += g._count._all;
  }
  return out;
}

async function loadItems(planId: string, ids: string[]): Promise<PlanChanges["items"]> {
  if (!ids.length) return [];
  const rows = await db.item.findMany({ where: { planId, id: { in: ids } } });
  return rows.map((i) => ({ ...toItemView(i), taskId: i.taskId, phaseId: i.phaseId }));
}

async function loadTasks(planId: string, ids: string[]): Promise<PlanChanges["tasks"]> {
  if (!ids.length) return [];
  const rows = await db.task.findMany({
    where: { planId, id: { in: ids } },
    include: { dependencies: { orderBy: { position: "asc" } } },
  });
  return rows.map((t) => {
    // A change carries the task's own fields; its checkboxes change as items.
    const {
      checklist: _checklist,
      criteria: _criteria,
      ...task
    } = toTaskView(
      t,
      t.dependencies.map((d) => ({ text: d.raw, taskId: d.dependsOnId })),
    );
    return task;
  });
}

async function loadDecisions(planId: string, ids: string[]): Promise<PlanChanges["decisions"]> {
  if (!ids.length) return [];
  const rows = await db.decision.findMany({
    where: { planId, id: { in: ids } },
    include: { ...DECISION_INCLUDE, options: { orderBy: { position: "asc" } } },
  });
  return rows.map((d) => toDecisionView(d, d.options));
}

async function loadMetrics(planId: string, ids: string[]): Promise<PlanChanges["metrics"]> {
  if (!ids.length) return [];
  const rows = await db.metric.findMany({
    where: { planId, id: { in: ids } },
    include: { measurements: { orderBy: { measuredAt: "asc" } } },
  });
  return rows.map((m) => toMetricView(m, m.measurements));
}

/** The plan's current version, for ETags and the event stream's first message. */
export async function getPlanVersion(actor: Actor, planId: string): Promise<number> {
  assertCan(actor, "plan.read");
  // Every plan read asks this first: the request pool, not Prisma (lib/server/pg.ts).
  const rows = await requestQuery<{ version: number }>(
    "SELECT version FROM plans WHERE id = $1 AND workspace_id = $2",
    [planId, actor.workspaceId],
  );
  if (!rows[0]) throw new AppError("not_found", "No such plan.");
  return rows[0].version;
}
