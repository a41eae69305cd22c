import "server-only";
import type { PlanChanges, PlanOverview } from "@/lib/plan/contract";
import { addItems, addTasks, emptyProgress } from "@/lib/plan/stats";
import { selectList } from "../columns";
import { db } from "../client";
import { bulkQuery, requestQuery } from "../pools";
import {
  dependenciesByTask,
  DECISION_FROM,
  DECISION_SELECT,
  ITEM_VIEW_FIELDS,
  METRIC_VIEW_FIELDS,
  MEASUREMENT_VIEW_FIELDS,
  toDecisions,
  toMetrics,
} from "./load";
import {
  DECISION_OPTIONS,
  ITEMS,
  MEASUREMENTS,
  METRICS,
  TASK_DEPENDENCIES,
  TASKS,
  type ItemRow,
  type OptionRow,
} from "./tables";
import { TASK_VIEW_FIELDS, toItemView, toTaskView, type DecisionWithName, type TaskViewRow } from "./views";

/** The plan aggregate's small reads: versions, the plans list, the change feed's rows, names. */

/** The plan's version (every plan read asks it first: the request pool), or null when not in the workspace. */
export async function readPlanVersion(workspaceId: string, planId: string): Promise<number | null> {
  const rows = await requestQuery<{ version: number }>(
    "SELECT version FROM plans WHERE id = $1 AND workspace_id = $2",
    [planId, workspaceId],
  );
  return rows[0]?.version ?? null;
}

/** The plan's version and when it last changed, or null. */
export async function readPlanHead(
  workspaceId: string,
  planId: string,
): Promise<{ version: number; updatedAt: Date } | null> {
  const rows = await requestQuery<{ version: number; updated_at: Date }>(
    "SELECT version, updated_at FROM plans WHERE id = $1 AND workspace_id = $2",
    [planId, workspaceId],
  );
  return rows[0] ? { version: rows[0].version, updatedAt: rows[0].updated_at } : null;
}

/** When the plan was imported and its version, or null when it is not in the workspace. */
export async function readPlanCreated(
  workspaceId: string,
  planId: string,
): Promise<{ createdAt: Date; version: number } | null> {
  return db.plan.findFirst({ where: { id: planId, workspaceId }, select: { createdAt: true, version: true } });
}

/** The plan's title and its workspace's time zone, or null. */
export async function readPlanTitle(
  workspaceId: string,
  planId: string,
): Promise<{ title: string; timeZone: string } | null> {
  const plan = await db.plan.findFirst({
    where: { id: planId, workspaceId },
    select: { title: true, workspace: { select: { timeZone: true } } },
  });
  return plan ? { title: plan.title, timeZone: plan.workspace.timeZone } : null;
}

/** The workspace's plans that existed before `end`, oldest first. */
export async function listPlanIdsBefore(workspaceId: string, end: Date): Promise<string[]> {
  const rows = await db.plan.findMany({
    where: { workspaceId, createdAt: { lt: end } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.id);
}

/**
 * The workspace's plans, newest first, with progress: checkbox counts, tasks per status and hour
 * sums folded by lib/plan/stats.ts. Three aggregate queries whatever the plan count.
 */
export async function listPlanOverviews(workspaceId: string): Promise<PlanOverview[]> {
  const plans = await db.plan.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, fileName: true, version: true, createdAt: true, updatedAt: true },
  });
  if (plans.length === 0) return [];
  const planIds = plans.map((p) => p.id);
  const [items, tasks] = await Promise.all([
    db.item.groupBy({ by: ["planId", "done"], where: { planId: { in: planIds } }, _count: { _all: true } }),
    db.task.groupBy({
      by: ["planId", "status"],
      where: { planId: { in: planIds } },
      _count: { _all: true },
      _sum: { estimateMinHours: true, estimateMaxHours: true },
    }),
  ]);
  const byId = new Map<string, PlanOverview>(
    plans.map((p) => [
      p.id,
      {
        id: p.id,
        title: p.title,
        fileName: p.fileName,
        version: p.version,
        createdAt: p.createdAt.toISOString(),
        updatedAt: p.updatedAt.toISOString(),
        ...emptyProgress(),
      },
    ]),
  );
  for (const row of items) addItems(byId.get(row.planId)!, row.done, row._count._all);
  for (const row of tasks) {
    addTasks(
      byId.get(row.planId)!,
      row.status,
      row._count._all,
      row._sum.estimateMinHours ?? 0,
      row._sum.estimateMaxHours ?? 0,
    );
  }
  return plans.map((p) => byId.get(p.id)!);
}

/**
 * The plan's version and the events after `since` (their kind, entity and version), in one round
 * trip: this runs on every change, for every watcher. No events are read when the plan is more
 * than `max` versions ahead (the feed answers reset then). Null when the plan is not in the workspace.
 */
export async function readFeedEvents(
  workspaceId: string,
  planId: string,
  since: number,
  max: number,
): Promise<{ version: number; events: { action: string; entityId: string; planVersion: number }[] } | null> {
  const log = await requestQuery<{
    version: number;
    action: string | null;
    entity_id: string | null;
    plan_version: number | null;
  }>(
    `SELECT p.version, a.action, a.entity_id, a.plan_version
       FROM plans AS p
       LEFT JOIN activity AS a ON a.plan_id = p.id AND a.plan_version > $3 AND p.version - $3 <= $4
      WHERE p.id = $1 AND p.workspace_id = $2`,
    [planId, workspaceId, since, max],
  );
  if (!log.length) return null;
  const events = log.flatMap((r) =>
    r.action !== null && r.entity_id !== null && r.plan_version !== null
      ? [{ action: r.action, entityId: r.entity_id, planVersion: r.plan_version }]
      : [],
  );
  return { version: log[0]!.version, events };
}

/** Items of the plan by id, as the change feed sends them. */
export async function readItems(planId: string, ids: string[]): Promise<PlanChanges["items"]> {
  if (!ids.length) return [];
  const rows = await bulkQuery<Pick<ItemRow, (typeof ITEM_VIEW_FIELDS)[number]>>(
    `SELECT ${selectList(ITEMS, "i", ITEM_VIEW_FIELDS)} FROM items AS i WHERE i.plan_id = $1 AND i.id = ANY($2::text[])`,
    [planId, ids],
  );
  return rows.map((i) => ({ ...toItemView(i), taskId: i.taskId, phaseId: i.phaseId }));
}

/** Tasks of the plan by id with their dependencies (their checkboxes change as items). */
export async function readTasks(planId: string, ids: string[]): Promise<PlanChanges["tasks"]> {
  if (!ids.length) return [];
  const [tasks, deps] = await Promise.all([
    bulkQuery<TaskViewRow>(
      `SELECT ${selectList(TASKS, "t", TASK_VIEW_FIELDS)} FROM tasks AS t WHERE t.plan_id = $1 AND t.id = ANY($2::text[])`,
      [planId, ids],
    ),
    bulkQuery<{ taskId: string; raw: string; dependsOnId: string | null }>(
      `SELECT ${selectList(TASK_DEPENDENCIES, "d", ["taskId", "raw", "dependsOnId"])} FROM task_dependencies AS d
        JOIN tasks AS t ON t.id = d.task_id WHERE t.plan_id = $1 AND d.task_id = ANY($2::text[])
        ORDER BY d.task_id, d.position, d.id`,
      [planId, ids],
    ),
  ]);
  const depsByTask = dependenciesByTask(deps);
  return tasks.map((t) => {
    const { checklist: _checklist, criteria: _criteria, ...task } = toTaskView(t, depsByTask.get(t.id) ?? []);
    return task;
  });
}

/** Decisions of the plan by id, with their options. */
export async function readDecisions(planId: string, ids: string[]): Promise<PlanChanges["decisions"]> {
  if (!ids.length) return [];
  const [decisions, options] = await Promise.all([
    bulkQuery<DecisionWithName>(
      `SELECT ${DECISION_SELECT} FROM ${DECISION_FROM} WHERE d.plan_id = $1 AND d.id = ANY($2::text[])`,
      [planId, ids],
    ),
    bulkQuery<OptionRow>(
      `SELECT ${selectList(DECISION_OPTIONS, "o")} FROM decision_options AS o
        WHERE o.decision_id = ANY($1::text[]) ORDER BY o.decision_id, o.position, o.id`,
      [ids],
    ),
  ]);
  return toDecisions(decisions, options);
}

/** Metrics of the plan by id, with their measurements. */
export async function readMetrics(planId: string, ids: string[]): Promise<PlanChanges["metrics"]> {
  if (!ids.length) return [];
  const [metrics, measurements] = await Promise.all([
    bulkQuery<Parameters<typeof toMetrics>[0][number]>(
      `SELECT ${selectList(METRICS, "x", METRIC_VIEW_FIELDS)} FROM metrics AS x WHERE x.plan_id = $1 AND x.id = ANY($2::text[])`,
      [planId, ids],
    ),
    bulkQuery<Parameters<typeof toMetrics>[1][number]>(
      `SELECT ${selectList(MEASUREMENTS, "m", MEASUREMENT_VIEW_FIELDS)} FROM measurements AS m
        WHERE m.metric_id = ANY($1::text[]) ORDER BY m.measured_at, m.id`,
      [ids],
    ),
  ]);
  return toMetrics(metrics, measurements);
}

/** Checkbox counts (done, total) of these tasks of the plan; every given task has an entry. */
export async function countTaskChecks(
  planId: string,
  taskIds: string[],
): Promise<Record<string, { done: number; total: number }>> {
  const out: Record<string, { done: number; total: number }> = Object.fromEntries(
    taskIds.map((id) => [id, { done: 0, total: 0 }]),
  );
  if (!taskIds.length) return out;
  const rows = await requestQuery<{ task_id: string; done: number; total: number }>(
    `SELECT task_id, count(*) FILTER (WHERE done)::int AS done, count(*)::int AS total
       FROM items WHERE plan_id = $1 AND task_id = ANY($2::text[]) GROUP BY task_id`,
    [planId, taskIds],
  );
  for (const r of rows) out[r.task_id] = { done: r.done, total: r.total };
  return out;
}

/** The source line of a task of the workspace's plan (null: made in the app); undefined when there is no such task. */
export async function readTaskSourceLine(
  workspaceId: string,
  planId: string,
  taskId: string,
): Promise<number | null | undefined> {
  const task = await db.task.findFirst({
    where: { id: taskId, planId, plan: { workspaceId } },
    select: { sourceLine: true },
  });
  return task ? task.sourceLine : undefined;
}

/** Tasks created and items ticked after a moment (the roadmap's baseline undoes them). */
export async function readCreatedAndTickedSince(
  planId: string,
  since: Date,
): Promise<{ createdTaskIds: Set<string>; tickedItemIds: Set<string> }> {
  const [tasks, items] = await Promise.all([
    db.task.findMany({ where: { planId, createdAt: { gt: since } }, select: { id: true } }),
    db.item.findMany({ where: { planId, done: true, doneAt: { gt: since } }, select: { id: true } }),
  ]);
  return { createdTaskIds: new Set(tasks.map((t) => t.id)), tickedItemIds: new Set(items.map((i) => i.id)) };
}

/** The current names of what log rows point at: a few small `id IN (...)` reads, scoped to the plan. */
export async function readNames(
  planId: string,
  ids: { tasks: string[]; items: string[]; decisions: string[]; metrics: string[] },
): Promise<{
  tasks: { id: string; key: string | null; title: string }[];
  items: { id: string; text: string; taskId: string | null }[];
  decisions: { id: string; title: string }[];
  metrics: { id: string; name: string }[];
}> {
  // The items first: the tasks they belong to are named too.
  const items = ids.items.length
    ? await db.item.findMany({
        where: { planId, id: { in: ids.items } },
        select: { id: true, text: true, taskId: true },
      })
    : [];
  const taskIds = [...new Set([...ids.tasks, ...items.flatMap((i) => (i.taskId ? [i.taskId] : []))])];
  const [tasks, decisions, metrics] = await Promise.all([
    taskIds.length
      ? db.task.findMany({ where: { planId, id: { in: taskIds } }, select: { id: true, key: true, title: true } })
      : [],
    ids.decisions.length
      ? db.decision.findMany({ where: { planId, id: { in: ids.decisions } }, select: { id: true, title: true } })
      : [],
    ids.metrics.length
      ? db.metric.findMany({ where: { planId, id: { in: ids.metrics } }, select: { id: true, name: true } })
      : [],
  ]);
  return { tasks, items, decisions, metrics };
}
