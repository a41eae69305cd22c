import type { PlanListEntry } from "@/lib/api/types";
import type { PlanSummary } from "@/lib/server/plan-types";

/** What `listPlans` returns, narrowed to what the list renders (plain, serializable data). */
export function toPlanListEntries(rows: PlanSummary[]): PlanListEntry[] {
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    fileName: r.fileName,
    updatedAt: r.updatedAt,
    progress: {
      items: { done: r.items.done, total: r.items.total },
      tasks: { ...r.tasks.byStatus },
      hours: {
        min: r.estimateHours.min,
        max: r.estimateHours.max,
        remainingMin: r.estimateHours.remainingMin,
        remainingMax: r.estimateHours.remainingMax,
      },
    },
  }));
}
