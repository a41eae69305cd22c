import "server-only";
import { db } from "@/lib/db";
import { parseEvent } from "@/lib/plan/contract";
import type { WeeklyActivity } from "@/lib/plan/weekly/types";
import { shiftWeek, type IsoWeek } from "@/lib/plan/weekly/week";

type Row = { action: string; entity_id: string; created_at: Date; by: string | null; before: unknown; after: unknown };

/**
 * The rows a week's summary reads, and no others: every row of the week (its lists), and the
 * task changes (task.updated, task.created) from the start of the week before to now outside it,
 * which the burn-down replays backwards from today. Both are index range scans (activity
 * (plan_id, created_at, id) and (plan_id, action, created_at)), so the cost follows the week's
 * changes, not the size of the log. Raw SQL: at 10,000 rows the ORM's row mapping cost more than
 * the query. Each row is parsed as its kind of event.
 */
export async function readWeekActivity(workspaceId: string, planId: string, week: IsoWeek): Promise<WeeklyActivity[]> {
  const [inWeek, around] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT a.action, a.entity_id, a.created_at, u.name AS by, a.before, a.after
        FROM activity AS a LEFT JOIN users AS u ON u.id = a.actor_id
       WHERE a.plan_id = ${planId} AND a.workspace_id = ${workspaceId}
         AND a.created_at >= ${week.start} AND a.created_at < ${week.end}`,
    db.$queryRaw<Row[]>`
      SELECT a.action, a.entity_id, a.created_at, NULL AS by, a.before, a.after
        FROM activity AS a
       WHERE a.plan_id = ${planId} AND a.workspace_id = ${workspaceId}
         AND a.action IN ('task.updated', 'task.created')
         AND ((a.created_at >= ${shiftWeek(week, -1).start} AND a.created_at < ${week.start}) OR a.created_at >= ${week.end})`,
  ]);
  return [...inWeek, ...around].map((r) => ({
    ...parseEvent({ action: r.action, entityId: r.entity_id, before: r.before, after: r.after }),
    by: r.by,
    at: r.created_at.toISOString(),
  }));
}
