import "server-only";
import { TZDate } from "@date-fns/tz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { describeActivity, kindOf, type ActivityRow } from "@/lib/plan/activity/describe";
import type { ActivityPage } from "@/lib/plan/activity/types";
import { encodeCursor, type ActivityCursor, type ActivityQuery } from "@/lib/plan/activity/query";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { loadActivityNames } from "./names";

type LogRow = ActivityRow & { id: string; created_at: Date; actor_id: string | null; actor_name: string | null };

/**
 * One page of a plan's activity log, newest first, by keyset on (created_at, id): every page is
 * one index range scan of `limit + 1` rows whatever its depth (the indexes of migration
 * 20261202011000_activity_indexes), and rows written while someone pages appear only on the newer
 * side, so paging older never repeats or skips a row.
 */
export async function listActivity(actor: Actor, planId: string, q: ActivityQuery): Promise<ActivityPage> {
  assertCan(actor, "activity.read");
  const plan = await db.plan.findFirst({
    where: { id: planId, workspaceId: actor.workspaceId },
    select: { id: true, title: true, workspace: { select: { timeZone: true } } },
  });
  if (!plan) throw new AppError("not_found", "No such plan.");
  const timeZone = plan.workspace.timeZone;
  const filters = filterSql(planId, q, timeZone);
  const newer = q.cursor?.dir === "newer";
  const rows = await readRows(filters, q.cursor, q.limit + 1);
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
  const hasOlder = newer ? !!bottom && (await exists(filters, { dir: "older", ...bottom })) : more;
  const hasNewer = newer ? more : !!top && !!q.cursor && (await exists(filters, { dir: "newer", ...top }));
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

/** The WHERE of the filters (days in the workspace's zone); the kind uses the exact expression of its index. */
function filterSql(planId: string, q: ActivityQuery, timeZone: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a.plan_id = ${planId}`];
  if (q.actor) parts.push(Prisma.sql`a.actor_id = ${q.actor}`);
  if (q.kind) parts.push(Prisma.sql`split_part(a.action, '.', 1) = ${q.kind}`);
  if (q.from) parts.push(Prisma.sql`a.created_at >= ${dayStart(q.from, timeZone)}`);
  if (q.to) parts.push(Prisma.sql`a.created_at < ${dayStart(q.to, timeZone, 1)}`);
  return Prisma.join(parts, " AND ");
}

function keyset(c: ActivityCursor | null): Prisma.Sql {
  if (!c) return Prisma.empty;
  const at = new Date(c.at);
  return c.dir === "older"
    ? Prisma.sql`AND (a.created_at, a.id) < (${at}, ${c.id})`
    : Prisma.sql`AND (a.created_at, a.id) > (${at}, ${c.id})`;
}

const orderOf = (c: ActivityCursor | null) =>
  c?.dir === "newer" ? Prisma.sql`a.created_at ASC, a.id ASC` : Prisma.sql`a.created_at DESC, a.id DESC`;

async function readRows(where: Prisma.Sql, cursor: ActivityCursor | null, take: number): Promise<LogRow[]> {
  return db.$queryRaw<LogRow[]>`
    SELECT a.id, a.created_at, a.action, a.entity_id AS "entityId", a.before, a.after, a.actor_id, u.name AS actor_name
      FROM activity AS a LEFT JOIN users AS u ON u.id = a.actor_id
     WHERE ${where} ${keyset(cursor)}
     ORDER BY ${orderOf(cursor)}
     LIMIT ${take}`;
}

async function exists(where: Prisma.Sql, cursor: ActivityCursor): Promise<boolean> {
  const rows = await db.$queryRaw<unknown[]>`SELECT 1 FROM activity AS a WHERE ${where} ${keyset(cursor)} LIMIT 1`;
  return rows.length > 0;
}

/** The SQL a page runs, for EXPLAIN in the benchmark and the index test. */
export function activityPageSql(planId: string, q: ActivityQuery, timeZone = "UTC"): Prisma.Sql {
  return Prisma.sql`SELECT a.id FROM activity AS a WHERE ${filterSql(planId, q, timeZone)} ${keyset(q.cursor)} ORDER BY ${orderOf(q.cursor)} LIMIT ${q.limit + 1}`;
}
