import "server-only";
import { db } from "@/lib/db";
import { STATUSES, type Status } from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import type { PlanOverview } from "@/lib/plan/contract";

/**
 * The workspace's plans, newest first, with progress: checkbox counts, tasks per status and hour
 * sums (remaining = tasks not done or deferred). Three aggregate queries whatever the plan count.
 */
export async function listPlans(actor: Actor): Promise<PlanOverview[]> {
  const plans = await db.plan.findMany({
    where: { workspaceId: actor.workspaceId },
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
        items: { done: 0, total: 0 },
        tasks: { total: 0, byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number> },
        estimateHours: { min: 0, max: 0, remainingMin: 0, remainingMax: 0 },
      },
    ]),
  );
  for (const row of items) {
    const s = byId.get(row.planId)!;
    s.items.total += row._count._all;
    if (row.done) s.items.done += row._count._all;
  }
  for (const row of tasks) {
    const s = byId.get(row.planId)!;
    const n = row._count._all;
    const min = row._sum.estimateMinHours ?? 0;
    const max = row._sum.estimateMaxHours ?? 0;
    s.tasks.total += n;
    s.tasks.byStatus[row.status] += n;
    s.estimateHours.min += min;
    s.estimateHours.max += max;
    if (row.status !== "done" && row.status !== "deferred") {
      s.estimateHours.remainingMin += min;
      s.estimateHours.remainingMax += max;
    }
  }
  return plans.map((p) => byId.get(p.id)!);
}
