import "server-only";
import { db } from "@/lib/db";
import { addItems, addTasks, emptyProgress } from "@/lib/plan/stats";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import type { PlanOverview } from "@/lib/plan/contract";

/**
 * The workspace's plans, newest first, with progress: checkbox counts, tasks per status and hour
 * sums folded by lib/plan/stats.ts. Three aggregate queries whatever the plan count.
 */
export async function listPlans(actor: Actor): Promise<PlanOverview[]> {
  assertCan(actor, "plan.read");
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
