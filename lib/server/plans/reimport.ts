import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordActivity } from "@/lib/server/activity";
import { newId } from "@/lib/server/ids";
import { lockWorkspaceImports, planSourceColumns } from "./import";
import { parsePlanInput } from "./input";
import type { ReimportDiff } from "@/lib/plan/contract";
import { matchPlans, ownerLabel, taskChanges, type PlanMatch } from "@/lib/plan/matching";
import { loadPlan, loadPlanInTx } from "./read";
import { decisionRow, dependencyRows, itemRow, keyIndex, metricRow, optionRows, phaseRow, taskFields, taskRow } from "./rows";
import type { ApiPlan } from "@/lib/plan/contract";
import { BULK_TX, type Tx } from "@/lib/server/tx";


/** What re-importing `input` would change; writes nothing. */
export async function previewReimport(actor: Actor, planId: string, input: string | Uint8Array): Promise<ReimportDiff> {
  assertCan(actor, "plan.reimport");
  const parsed = parsePlanInput(input);
  const { view } = await loadPlan(actor, planId);
  return describe(view, matchPlans(view, parsed.plan));
}

/**
 * Applies a newer version of the plan's markdown: matched tasks and items keep their ids, history
 * and (for items) their done state; new ones are added, vanished ones deleted. One transaction,
 * one plan version bump, one activity row carrying the diff summary.
 */
export async function applyReimport(actor: Actor, planId: string, input: string | Uint8Array): Promise<{ diff: ReimportDiff; plan: ApiPlan }> {
  assertCan(actor, "plan.reimport");
  const parsed = parsePlanInput(input);
  const diff = await db.$transaction(async (tx) => {
    await lockWorkspaceImports(tx, actor.workspaceId);
    // Lock the plan row: every edit bumps the plan version, so edits wait for us and vice versa.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM plans WHERE id = ${planId} AND workspace_id = ${actor.workspaceId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("not_found", "No such plan.");
    const { view } = await loadPlanInTx(tx, actor, planId);
    const match = matchPlans(view, parsed.plan);
    const diff = describe(view, match);
    await applyMatch(tx, planId, match);
    await tx.plan.update({
      where: { id: planId },
      data: {
        ...planSourceColumns(parsed),
        version: { increment: 1 },
      },
    });
    await recordActivity(tx, actor, {
      planId,
      action: "plan.reimported",
      entityType: "plan",
      entityId: planId,
      after: summary(diff),
    });
    return diff;
  }, BULK_TX);
  return { diff, plan: (await loadPlan(actor, planId)).view };
}

function summary(d: ReimportDiff): Prisma.InputJsonObject {
  return {
    addedTasks: d.addedTasks.length,
    removedTasks: d.removedTasks.length,
    changedTasks: d.changedTasks.length,
    addedItems: d.addedItems.length,
    removedItems: d.removedItems.length,
  };
}

function describe(view: ApiPlan, m: PlanMatch): ReimportDiff {
  const phaseTitle = new Map(view.phases.map((p) => [p.id, p.title]));
  const changedTasks: ReimportDiff["changedTasks"] = [];
  let unchangedTasks = 0;
  for (const tm of m.tasks) {
    if (!tm.current) continue;
    const changes = taskChanges(tm).map((c) => (c.field === "phase" ? { ...c, before: phaseTitle.get(String(c.before)) ?? c.before } : c));
    if (changes.length) changedTasks.push({ id: tm.current.id, key: tm.next.key, title: tm.next.title, changes });
    else unchangedTasks++;
  }
  return {
    addedPhases: m.phases.filter((p) => !p.current).map((p) => ({ key: p.next.key, title: p.next.title })),
    removedPhases: m.removedPhases.map((p) => ({ id: p.id, key: p.key, title: p.title })),
    addedTasks: m.tasks.filter((t) => !t.current).map((t) => ({ key: t.next.key, title: t.next.title, phase: t.phase.next.title })),
    removedTasks: m.removedTasks.map((t) => ({ id: t.id, key: t.key, title: t.title })),
    changedTasks,
    addedItems: m.items.filter((i) => !i.current).map((i) => ({ text: i.next.text, done: i.next.done, owner: ownerLabel(i.owner) })),
    removedItems: m.removedItems.map((i) => ({ id: i.id, text: i.text, done: i.done })),
    unchanged: { tasks: unchangedTasks, items: m.items.filter((i) => i.current).length },
  };
}

async function applyMatch(tx: Tx, planId: string, m: PlanMatch): Promise<void> {
  // Phases: keep matched ids, add new ones. Removed ones go last, after their tasks moved away.
  const phaseIds = new Map(m.phases.map((pm) => [pm, pm.current?.id ?? newId()]));
  const newPhases = m.phases.filter((pm) => !pm.current).map((pm) => phaseRow(planId, pm.next, pm.position, phaseIds.get(pm)!));
  if (newPhases.length) await tx.phase.createMany({ data: newPhases });
  for (const pm of m.phases.filter((p) => p.current)) {
    const { id: _id, planId: _plan, ...fields } = phaseRow(planId, pm.next, pm.position, pm.current!.id);
    await tx.phase.update({ where: { id: pm.current!.id }, data: { ...fields, version: { increment: 1 } } });
  }

  // Tasks: new → insert; matched with changed fields → update (version bump); all matched get
  // their new line/position in one statement.
  const taskIds = new Map(m.tasks.map((tm) => [tm, tm.current?.id ?? newId()]));
  const newTasks = m.tasks.filter((tm) => !tm.current).map((tm) => taskRow(planId, phaseIds.get(tm.phase)!, tm.next, tm.position, taskIds.get(tm)!));
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
  await bulkSetLineAndPosition(tx, "tasks", matchedTasks.map((tm) => ({ id: tm.current!.id, line: tm.next.line, position: tm.position })));
  if (m.removedTasks.length) await tx.task.deleteMany({ where: { id: { in: m.removedTasks.map((t) => t.id) } } });
  if (m.removedPhases.length) await tx.phase.deleteMany({ where: { id: { in: m.removedPhases.map((p) => p.id) } } });

  // Dependencies are derived from the text; rebuild them against the final task ids.
  await tx.taskDependency.deleteMany({ where: { task: { planId } } });
  const byKey = keyIndex(m.tasks.map((tm) => ({ id: taskIds.get(tm)!, key: tm.next.key })));
  const deps = m.tasks.flatMap((tm) => dependencyRows(taskIds.get(tm)!, tm.next.dependsOn, byKey));
  if (deps.length) await tx.taskDependency.createMany({ data: deps });

  // Items: matched keep id and done state; text, kind, line and position follow the file.
  const newItems = m.items
    .filter((im) => !im.current)
    .map((im) => {
      const owner = im.owner.type === "task" ? { taskId: taskIds.get(im.owner.task)! } : im.owner.type === "phase" ? { phaseId: phaseIds.get(im.owner.phase)! } : {};
      return itemRow(planId, owner, im.kind, im.next, im.position);
    });
  const removedItemIds = m.removedItems.map((i) => i.id);
  if (removedItemIds.length) await tx.item.deleteMany({ where: { id: { in: removedItemIds } } });
  if (newItems.length) await tx.item.createMany({ data: newItems });
  const matchedItems = m.items.filter((im) => im.current);
  for (const im of matchedItems.filter((i) => i.current!.text !== i.next.text || i.current!.kind !== i.kind)) {
    await tx.item.update({ where: { id: im.current!.id }, data: { text: im.next.text, kind: im.kind, version: { increment: 1 } } });
  }
  await bulkSetLineAndPosition(tx, "items", matchedItems.map((im) => ({ id: im.current!.id, line: im.next.line, position: im.position })));

  // Decisions and metrics: matched keep ids (decision rationale, metric measurements).
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
  if (m.removedDecisions.length) await tx.decision.deleteMany({ where: { id: { in: m.removedDecisions.map((d) => d.id) } } });
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
async function bulkSetLineAndPosition(tx: Tx, table: "tasks" | "items", rows: { id: string; line: number | null; position: number }[]): Promise<void> {
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
