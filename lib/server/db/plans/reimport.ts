import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { taskChanges, type PhaseMatch, type PlanMatch, type TaskMatch } from "@/lib/plan/matching";
import { newId } from "@/lib/server/ids";
import { prismaOf, type Tx } from "../tx";
import {
  decisionRow,
  dependencyRows,
  itemRow,
  keyIndex,
  metricRow,
  optionRows,
  phaseRow,
  taskFields,
  taskRow,
} from "./rows";

type PhaseIds = Map<PhaseMatch, string>;
type TaskIds = Map<TaskMatch, string>;
export type AddedTask = { id: string; title: string; phaseId: string };

/**
 * Writes a matched re-import: matched rows keep their ids (and items their done state), new rows
 * are inserted, vanished ones deleted. Runs inside the caller's transaction, in this order so that
 * every foreign key points at a row that exists at each step. Returns the tasks it added (for the log).
 */
export async function applyMatch(handle: Tx, planId: string, m: PlanMatch): Promise<AddedTask[]> {
  const tx = prismaOf(handle);
  const phaseIds = await applyPhases(tx, planId, m);
  const taskIds = await applyTasks(tx, planId, m, phaseIds);
  // Removed phases go last, after their tasks moved away or were deleted.
  if (m.removedPhases.length) await tx.phase.deleteMany({ where: { id: { in: m.removedPhases.map((p) => p.id) } } });
  await rebuildDependencies(tx, planId, m, taskIds);
  await applyItems(tx, planId, m, phaseIds, taskIds);
  await applyDecisions(tx, planId, m);
  await applyMetrics(tx, planId, m);
  return m.tasks
    .filter((tm) => !tm.current)
    .map((tm) => ({ id: taskIds.get(tm)!, title: tm.next.title, phaseId: phaseIds.get(tm.phase)! }));
}

/** Phases: keep matched ids, add new ones. */
async function applyPhases(tx: Prisma.TransactionClient, planId: string, m: PlanMatch): Promise<PhaseIds> {
  const phaseIds: PhaseIds = new Map(m.phases.map((pm) => [pm, pm.current?.id ?? newId()]));
  const newPhases = m.phases
    .filter((pm) => !pm.current)
    .map((pm) => phaseRow(planId, pm.next, pm.position, phaseIds.get(pm)!));
  if (newPhases.length) await tx.phase.createMany({ data: newPhases });
  for (const pm of m.phases.filter((p) => p.current)) {
    const { id: _id, planId: _plan, ...fields } = phaseRow(planId, pm.next, pm.position, pm.current!.id);
    await tx.phase.update({ where: { id: pm.current!.id }, data: { ...fields, version: { increment: 1 } } });
  }
  return phaseIds;
}

/**
 * Tasks: new → insert; matched with changed fields → update (version bump); all matched get
 * their new line/position in one statement; vanished ones are deleted.
 */
async function applyTasks(
  tx: Prisma.TransactionClient,
  planId: string,
  m: PlanMatch,
  phaseIds: PhaseIds,
): Promise<TaskIds> {
  const taskIds: TaskIds = new Map(m.tasks.map((tm) => [tm, tm.current?.id ?? newId()]));
  const newTasks = m.tasks
    .filter((tm) => !tm.current)
    .map((tm) => taskRow(planId, phaseIds.get(tm.phase)!, tm.next, tm.position, taskIds.get(tm)!));
  if (newTasks.length) await tx.task.createMany({ data: newTasks });
  const matchedTasks = m.tasks.filter((tm) => tm.current);
  for (const tm of matchedTasks) {
    const changes = taskChanges(tm).filter((c) => c.field !== "dependsOn");
    if (!changes.length) continue;
    const statusChanged = tm.current!.status !== tm.next.status;
    await tx.task.update({
      where: { id: tm.current!.id },
      data: {
        ...taskFields(tm.next),
        phaseId: phaseIds.get(tm.phase)!,
        version: { increment: 1 },
        ...(statusChanged ? { completedAt: tm.next.status === "done" ? new Date() : null } : {}),
      },
    });
  }
  await bulkSetLineAndPosition(
    tx,
    "tasks",
    matchedTasks.map((tm) => ({ id: tm.current!.id, line: tm.next.line, position: tm.position })),
  );
  if (m.removedTasks.length) await tx.task.deleteMany({ where: { id: { in: m.removedTasks.map((t) => t.id) } } });
  return taskIds;
}

/** Dependencies are derived from the text; rebuild them against the final task ids. */
async function rebuildDependencies(
  tx: Prisma.TransactionClient,
  planId: string,
  m: PlanMatch,
  taskIds: TaskIds,
): Promise<void> {
  await tx.taskDependency.deleteMany({ where: { task: { planId } } });
  const byKey = keyIndex(m.tasks.map((tm) => ({ id: taskIds.get(tm)!, key: tm.next.key })));
  const deps = m.tasks.flatMap((tm) => dependencyRows(taskIds.get(tm)!, tm.next.dependsOn, byKey));
  if (deps.length) await tx.taskDependency.createMany({ data: deps });
}

/** Items: matched keep id and done state; text, kind, line and position follow the file. */
async function applyItems(
  tx: Prisma.TransactionClient,
  planId: string,
  m: PlanMatch,
  phaseIds: PhaseIds,
  taskIds: TaskIds,
): Promise<void> {
  const newItems = m.items
    .filter((im) => !im.current)
    .map((im) => {
      const owner =
        im.owner.type === "task"
          ? { taskId: taskIds.get(im.owner.task)! }
          : im.owner.type === "phase"
            ? { phaseId: phaseIds.get(im.owner.phase)! }
            : {};
      return itemRow(planId, owner, im.kind, im.next, im.position);
    });
  const removedItemIds = m.removedItems.map((i) => i.id);
  if (removedItemIds.length) await tx.item.deleteMany({ where: { id: { in: removedItemIds } } });
  if (newItems.length) await tx.item.createMany({ data: newItems });
  const matchedItems = m.items.filter((im) => im.current);
  for (const im of matchedItems.filter((i) => i.current!.text !== i.next.text || i.current!.kind !== i.kind)) {
    await tx.item.update({
      where: { id: im.current!.id },
      data: { text: im.next.text, kind: im.kind, version: { increment: 1 } },
    });
  }
  await bulkSetLineAndPosition(
    tx,
    "items",
    matchedItems.map((im) => ({ id: im.current!.id, line: im.next.line, position: im.position })),
  );
}

/** Decisions: matched keep their id (and so their rationale); options are rewritten. */
async function applyDecisions(tx: Prisma.TransactionClient, planId: string, m: PlanMatch): Promise<void> {
  for (const dm of m.decisions) {
    const id = dm.current?.id ?? newId();
    const row = decisionRow(planId, dm.next, dm.position, id);
    if (dm.current) {
      const { id: _id, planId: _plan, ...fields } = row;
      await tx.decision.update({ where: { id }, data: fields });
      await tx.decisionOption.deleteMany({ where: { decisionId: id } });
    } else await tx.decision.create({ data: row });
    const options = optionRows(id, dm.next);
    if (options.length) await tx.decisionOption.createMany({ data: options });
  }
  if (m.removedDecisions.length)
    await tx.decision.deleteMany({ where: { id: { in: m.removedDecisions.map((d) => d.id) } } });
}

/** Metrics: matched keep their id (and so their measurements). */
async function applyMetrics(tx: Prisma.TransactionClient, planId: string, m: PlanMatch): Promise<void> {
  for (const mm of m.metrics) {
    const row = metricRow(planId, mm.next, mm.position, mm.current?.id);
    if (mm.current) {
      const { id: _id, planId: _plan, ...fields } = row;
      await tx.metric.update({ where: { id: mm.current.id }, data: fields });
    } else await tx.metric.create({ data: row });
  }
  if (m.removedMetrics.length) await tx.metric.deleteMany({ where: { id: { in: m.removedMetrics.map((x) => x.id) } } });
}

/** One UPDATE for many rows' source_line and position (lines shift whenever anything above moves). */
async function bulkSetLineAndPosition(
  tx: Prisma.TransactionClient,
  table: "tasks" | "items",
  rows: { id: string; line: number | null; position: number }[],
): Promise<void> {
  if (!rows.length) return;
  const ids = rows.map((r) => r.id);
  const lines = rows.map((r) => r.line);
  const positions = rows.map((r) => r.position);
  await tx.$executeRaw`
    UPDATE ${Prisma.raw(`"${table}"`)} AS t
       SET source_line = v.line, position = v.position
      FROM unnest(${ids}::text[], ${lines}::int[], ${positions}::int[]) AS v(id, line, position)
     WHERE t.id = v.id AND (t.source_line IS DISTINCT FROM v.line OR t.position <> v.position)`;
}
