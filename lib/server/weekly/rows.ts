import "server-only";
import { db } from "@/lib/db";
import type { WeeklyActivity } from "@/lib/plan/weekly/types";
import { shiftWeek, type IsoWeek } from "@/lib/plan/weekly/week";

/** The burn-down replays task changes backwards from now, so it needs these after the week too. */
const BURNDOWN_ACTIONS = ["task.updated", "task.created"];

/**
 * The rows a week's summary reads, and no others: every row of the week (its lists), and the
 * task changes from the start of the week before to now outside it (the burn-down's replay).
 * Both are index range scans (activity (plan_id, created_at, id) and (plan_id, action,
 * created_at)), so the cost follows the week's changes, not the size of the log.
 */
export async function readWeekActivity(workspaceId: string, planId: string, week: IsoWeek): Promise<WeeklyActivity[]> {
  const [inWeek, around] = await Promise.all([
    db.activity.findMany({
      where: { planId, workspaceId, createdAt: { gte: week.start, lt: week.end } },
      select: { action: true, entityId: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.activity.findMany({
      where: {
        planId,
        workspaceId,
        action: { in: BURNDOWN_ACTIONS },
        OR: [{ createdAt: { gte: shiftWeek(week, -1).start, lt: week.start } }, { createdAt: { gte: week.end } }],
      },
      select: { action: true, entityId: true, before: true, createdAt: true },
    }),
  ]);
  const row = (r: { action: string; entityId: string; before: unknown; createdAt: Date }, by: string | null, after: unknown): WeeklyActivity => ({
    action: r.action,
    entityId: r.entityId,
    by,
    at: r.createdAt.toISOString(),
    before: (r.before ?? null) as Record<string, unknown> | null,
    after: (after ?? null) as Record<string, unknown> | null,
  });
  return [...inWeek.map((r) => row(r, r.actor?.name ?? null, r.after)), ...around.map((r) => row(r, null, null))];
}
