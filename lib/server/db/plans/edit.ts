import "server-only";
import type { ItemKind } from "@/lib/plan/contract";
import { newId } from "@/lib/server/ids";
import { prismaSelect, selectList, type RowOf } from "../columns";
import { EVENT_COLUMN_LIST, eventParams, eventPlaceholders, type EventActor, type PlanChange } from "../events";
import { requestQuery } from "../pools";
import { prismaOf, rowsOf, withRetry, type Tx } from "../tx";
import { dependencyRows, keyIndex } from "./rows";
import { ITEMS, TASKS, type TaskRow } from "./tables";

/** Edits of a plan's rows: ticks, task fields and dependencies, new tasks and items. */

/**
 * Locks the plan row for the rest of the transaction (the first lock every plan writer takes);
 * false when the plan is not in the workspace.
 */
export async function lockPlan(tx: Tx, planId: string, workspaceId: string): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(tx, "SELECT id FROM plans WHERE id = $1 AND workspace_id = $2 FOR UPDATE", [
    planId,
    workspaceId,
  ]);
  return rows.length > 0;
}

/** The plan's version inside a transaction. */
export async function planVersionIn(tx: Tx, planId: string): Promise<number> {
  const [row] = await rowsOf<{ version: number }>(tx, "SELECT version FROM plans WHERE id = $1", [planId]);
  if (!row) throw new Error(`no plan ${planId}`);
  return row.version;
}

/** An item as a tick answers it (snake_case, as the statement returns it). */
export type ToggledItem = {
  id: string;
  text: string;
  done: boolean;
  source_line: number | null;
  kind: ItemKind;
  version: number;
  task_id: string | null;
  phase_id: string | null;
  plan_version: number;
};

/**
 * Ticks or unticks a checkbox and records `event`, in ONE statement on the request pool (the
 * hottest write of the app): the item update and its event commit together, and the plan row
 * (which every tick of the plan bumps, through the event's trigger) is locked only while
 * PostgreSQL runs it. As an interactive transaction the lock was held across client round trips,
 * which serialised concurrent toggles at a few dozen per second; through Prisma the client's
 * per-query compile and runtime cost as much event-loop time as the rest of the request.
 * Only flips an item that is in this plan, in the workspace, and not already in the wanted state
 * (null then): concurrent identical toggles record one change, not two. The plan row is locked
 * first (the sub-select runs before the item row is touched), as every plan writer does.
 */
export async function toggleItem(
  actor: EventActor,
  itemId: string,
  done: boolean,
  event: PlanChange,
): Promise<ToggledItem | null> {
  const rows = await withRetry(() =>
    requestQuery<ToggledItem>(
      `WITH changed AS (
         UPDATE items AS i
            SET done = $1, done_at = CASE WHEN $1 THEN now() END, version = i.version + 1
          WHERE i.id = $2 AND i.done <> $1
            AND i.plan_id = (SELECT p.id FROM plans AS p WHERE p.id = $3 AND p.workspace_id = $4 FOR NO KEY UPDATE)
         RETURNING i.id, i.text, i.done, i.source_line, i.kind::text AS kind, i.version, i.task_id, i.phase_id
       ), logged AS (
         INSERT INTO activity (${EVENT_COLUMN_LIST})
         SELECT ${eventPlaceholders(5)} FROM changed
         RETURNING plan_version
       )
       SELECT c.*, l.plan_version FROM changed AS c CROSS JOIN logged AS l`,
      [done, itemId, event.planId, actor.workspaceId, ...eventParams(actor, event)],
    ),
  );
  return rows[0] ?? null;
}

/** The item as it is, with the plan's version, or null if not in the workspace's plan. */
export async function currentItem(workspaceId: string, planId: string, itemId: string): Promise<ToggledItem | null> {
  const rows = await requestQuery<ToggledItem>(
    `SELECT i.id, i.text, i.done, i.source_line, i.kind::text AS kind, i.version, i.task_id, i.phase_id, p.version AS plan_version
       FROM items AS i JOIN plans AS p ON p.id = i.plan_id
      WHERE i.id = $1 AND i.plan_id = $2 AND p.workspace_id = $3`,
    [itemId, planId, workspaceId],
  );
  return rows[0] ?? null;
}

/** What a task edit reads and answers. */
export const TASK_EDIT_FIELDS = [
  "id",
  "phaseId",
  "key",
  "title",
  "status",
  "priority",
  "owner",
  "estimateMinHours",
  "estimateMaxHours",
  "estimateText",
  "version",
  "completedAt",
] as const satisfies readonly (keyof TaskRow)[];
export type EditedTask = RowOf<typeof TASKS, (typeof TASK_EDIT_FIELDS)[number]>;
/** The columns an edit may set. */
export type TaskChanges = Partial<
  Pick<
    TaskRow,
    "status" | "completedAt" | "owner" | "priority" | "title" | "estimateMinHours" | "estimateMaxHours" | "estimateText"
  >
>;

/** The task of the plan with its dependencies' texts in order, or null. */
export async function readTaskForEdit(
  tx: Tx,
  planId: string,
  taskId: string,
): Promise<(EditedTask & { dependsOn: string[] }) | null> {
  const [task] = await rowsOf<EditedTask>(
    tx,
    `SELECT ${selectList(TASKS, "t", TASK_EDIT_FIELDS)} FROM tasks AS t WHERE t.id = $1 AND t.plan_id = $2`,
    [taskId, planId],
  );
  if (!task) return null;
  const deps = await rowsOf<{ raw: string }>(
    tx,
    "SELECT raw FROM task_dependencies WHERE task_id = $1 ORDER BY position, id",
    [taskId],
  );
  return { ...task, dependsOn: deps.map((d) => d.raw) };
}

/**
 * Writes the changes when the task is still at `version` (bumping it); null when a concurrent
 * edit got there first, instead of silently overwriting it.
 */
export async function updateTaskAtVersion(
  tx: Tx,
  taskId: string,
  version: number,
  changes: TaskChanges,
): Promise<EditedTask | null> {
  const [updated] = await prismaOf(tx).task.updateManyAndReturn({
    where: { id: taskId, version },
    data: { ...changes, version: { increment: 1 } },
    select: prismaSelect(TASKS, TASK_EDIT_FIELDS),
  });
  return updated ?? null;
}

/** The task's dependencies as `dependsOn` says, each resolved to a task of the plan by key. */
export async function replaceDependencies(tx: Tx, planId: string, taskId: string, dependsOn: string[]): Promise<void> {
  const prisma = prismaOf(tx);
  await prisma.taskDependency.deleteMany({ where: { taskId } });
  if (!dependsOn.length) return;
  const keyed = await prisma.task.findMany({
    where: { planId, key: { in: dependsOn } },
    select: { id: true, key: true },
    orderBy: { position: "asc" },
  });
  await prisma.taskDependency.createMany({ data: dependencyRows(taskId, dependsOn, keyIndex(keyed)) });
}

/** A new task's fields, as addTask makes them (the key from its neighbours' keys). */
export type NewTask = Pick<
  TaskRow,
  "title" | "priority" | "owner" | "estimateMinHours" | "estimateMaxHours" | "estimateText"
> & { key: string | null };

/**
 * Inserts a task at the end of a phase: after the phase's last task, or after the last task of
 * the phases before it; later tasks move down one. `fields` gets the keys of the phase's tasks and
 * of the whole plan (document order). Null when the phase is not in the plan. The caller holds
 * the plan's lock (two tasks added at once get distinct positions and keys).
 */
export async function insertTaskAtPhaseEnd(
  tx: Tx,
  planId: string,
  phaseId: string,
  fields: (keys: { inPhase: (string | null)[]; all: (string | null)[] }) => NewTask,
): Promise<(EditedTask & { dependsOn: string[] }) | null> {
  const prisma = prismaOf(tx);
  const phase = await prisma.phase.findFirst({ where: { id: phaseId, planId }, select: { id: true, position: true } });
  if (!phase) return null;
  const keys = await prisma.task.findMany({
    where: { planId },
    select: { key: true, phaseId: true, position: true },
    orderBy: { position: "asc" },
  });
  const inPhase = keys.filter((k) => k.phaseId === phaseId);
  const last = inPhase.at(-1);
  const position = last
    ? last.position + 1
    : ((
        await prisma.task.findFirst({
          where: { planId, phase: { position: { lt: phase.position } } },
          orderBy: { position: "desc" },
          select: { position: true },
        })
      )?.position ?? -1) + 1;
  await prisma.task.updateMany({
    where: { planId, position: { gte: position } },
    data: { position: { increment: 1 } },
  });
  const task = await prisma.task.create({
    data: {
      id: newId(),
      planId,
      phaseId,
      ...fields({ inPhase: inPhase.map((k) => k.key), all: keys.map((k) => k.key) }),
      position,
      sourceLine: null,
    },
    select: prismaSelect(TASKS, TASK_EDIT_FIELDS),
  });
  return { ...task, dependsOn: [] };
}

/** A new item's row as answered. */
export type NewItem = RowOf<typeof ITEMS, "id" | "text" | "kind" | "version">;

/**
 * Adds an unticked checklist item (or acceptance criterion) at the end of a task's list; null
 * when the task is not in the workspace's plan.
 */
export async function insertTaskItem(
  tx: Tx,
  workspaceId: string,
  planId: string,
  taskId: string,
  input: { kind: ItemKind; text: string },
): Promise<NewItem | null> {
  const prisma = prismaOf(tx);
  const task = await prisma.task.findFirst({
    where: { id: taskId, planId, plan: { workspaceId } },
    select: { id: true },
  });
  if (!task) return null;
  const last = await prisma.item.findFirst({
    where: { taskId, kind: input.kind },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  return prisma.item.create({
    data: {
      id: newId(),
      planId,
      taskId,
      kind: input.kind,
      text: input.text,
      position: (last?.position ?? -1) + 1,
      sourceLine: null,
    },
    select: prismaSelect(ITEMS, ["id", "text", "kind", "version"]),
  });
}
