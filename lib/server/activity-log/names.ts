import "server-only";
import { db } from "@/lib/db";
import type { ActivityNames, ActivityRow } from "@/lib/plan/activity/describe";
import { ActivityEventSchema } from "@/lib/plan/contract";

const ENTITY_OF: Record<string, keyof ActivityNames> = {
  task: "tasks",
  item: "items",
  decision: "decisions",
  measurement: "metrics",
};

/** The current names of what a page's rows point at: four small `id IN (...)` reads, scoped to the plan. */
export async function loadActivityNames(planId: string, rows: ActivityRow[]): Promise<ActivityNames> {
  const ids: Record<keyof ActivityNames, Set<string>> = {
    tasks: new Set(),
    items: new Set(),
    decisions: new Set(),
    metrics: new Set(),
  };
  for (const r of rows) {
    const entity = ENTITY_OF[r.action.split(".")[0] ?? ""];
    if (entity) ids[entity].add(r.entityId);
    const e = ActivityEventSchema.safeParse(r);
    if (e.success && e.data.action === "item.created" && e.data.after.taskId) ids.tasks.add(e.data.after.taskId);
  }
  const items = ids.items.size
    ? await db.item.findMany({
        where: { planId, id: { in: [...ids.items] } },
        select: { id: true, text: true, taskId: true },
      })
    : [];
  for (const i of items) if (i.taskId) ids.tasks.add(i.taskId);
  const [tasks, decisions, metrics] = await Promise.all([
    ids.tasks.size
      ? db.task.findMany({
          where: { planId, id: { in: [...ids.tasks] } },
          select: { id: true, key: true, title: true },
        })
      : [],
    ids.decisions.size
      ? db.decision.findMany({ where: { planId, id: { in: [...ids.decisions] } }, select: { id: true, title: true } })
      : [],
    ids.metrics.size
      ? db.metric.findMany({ where: { planId, id: { in: [...ids.metrics] } }, select: { id: true, name: true } })
      : [],
  ]);
  return {
    tasks: new Map(tasks.map((t) => [t.id, { key: t.key, title: t.title }])),
    items: new Map(items.map((i) => [i.id, { text: i.text, taskId: i.taskId }])),
    decisions: new Map(decisions.map((d) => [d.id, d.title])),
    metrics: new Map(metrics.map((m) => [m.id, m.name])),
  };
}
