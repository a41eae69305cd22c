import "server-only";
import type { ActivityNames, ActivityRow } from "@/lib/plan/activity/describe";
import { ActivityEventSchema } from "@/lib/plan/contract";
import { readNames } from "@/lib/server/db/plans";

const ENTITY_OF: Record<string, keyof ActivityNames> = {
  task: "tasks",
  item: "items",
  decision: "decisions",
  measurement: "metrics",
};

/** The current names of what a page's rows point at, scoped to the plan. */
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
  const names = await readNames(planId, {
    tasks: [...ids.tasks],
    items: [...ids.items],
    decisions: [...ids.decisions],
    metrics: [...ids.metrics],
  });
  return {
    tasks: new Map(names.tasks.map((t) => [t.id, { key: t.key, title: t.title }])),
    items: new Map(names.items.map((i) => [i.id, { text: i.text, taskId: i.taskId }])),
    decisions: new Map(names.decisions.map((d) => [d.id, d.title])),
    metrics: new Map(names.metrics.map((m) => [m.id, m.name])),
  };
}
