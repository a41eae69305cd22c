import "server-only";
import { TZDate } from "@date-fns/tz";
import { AppError } from "@/lib/errors";
import { describeActivity, kindOf } from "@/lib/plan/activity/describe";
import type { ActivityPage } from "@/lib/plan/activity/types";
import { encodeCursor, type ActivityCursor, type ActivityQuery } from "@/lib/plan/activity/query";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { logPageSql, logRowExists, readLogRows, type LogFilters, type LogRow } from "@/lib/server/db/events";
import { readPlanTitle } from "@/lib/server/db/plans";
import { loadActivityNames } from "./names";

/**
 * One page of a plan's activity log, newest first, by keyset on (created_at, id): every page is
 * one index range scan of `limit + 1` rows whatever its depth (the indexes of migration
 * 20261202011000_activity_indexes), and rows written while someone pages appear only on the newer
 * side, so paging older never repeats or skips a row.
 */
export async function listActivity(actor: Actor, planId: string, q: ActivityQuery): Promise<ActivityPage> {
  assertCan(actor, "activity.read");
  const plan = await readPlanTitle(actor.workspaceId, planId);
  if (!plan) throw new AppError("not_found", "No such plan.");
  const { timeZone } = plan;
  const filters = filtersOf(planId, q, timeZone);
  const newer = q.cursor?.dir === "newer";
  const rows = await readLogRows(filters, q.cursor, q.limit + 1);
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  if (newer) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const pos = (r: LogRow | undefined, fallback: ActivityCursor | null) =>
    r ? { at: r.created_at.getTime(), id: r.id } : fallback;
  const top = pos(first, q.cursor);
  const bottom = pos(last, q.cursor);
  // The side the page was read towards is known from the extra row; the other side needs a look.
  const hasOlder = newer ? !!bottom && (await logRowExists(filters, { dir: "older", ...bottom })) : more;
  const hasNewer = newer ? more : !!top && !!q.cursor && (await logRowExists(filters, { dir: "newer", ...top }));
  const names = await loadActivityNames(planId, page);
  return {
    planId,
    title: plan.title,
    timeZone,
    entries: page.map((r) => ({
      id: r.id,
      at: r.created_at.toISOString(),
      actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? "a removed account" } : null,
      action: r.action,
      kind: kindOf(r.action),
      ...describeActivity(r, names),
    })),
    older: hasOlder && bottom ? encodeCursor({ dir: "older", ...bottom }) : null,
    newer: hasNewer && top ? encodeCursor({ dir: "newer", ...top }) : null,
  };
}

/** Midnight at the start of a yyyy-mm-dd day in the zone (`days` later). */
function dayStart(day: string, timeZone: string, days = 0): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + days, timeZone).getTime());
}

/** The filters of a query, its days in the workspace's zone (both included). */
function filtersOf(planId: string, q: ActivityQuery, timeZone: string): LogFilters {
  return {
    planId,
    actor: q.actor ?? undefined,
    kind: q.kind ?? undefined,
    from: q.from ? dayStart(q.from, timeZone) : undefined,
    to: q.to ? dayStart(q.to, timeZone, 1) : undefined,
  };
}

/** The SQL a page runs, for EXPLAIN in the benchmark and the index test. */
export function activityPageSql(planId: string, q: ActivityQuery, timeZone = "UTC") {
  return logPageSql(filtersOf(planId, q, timeZone), q.cursor, q.limit + 1);
}
