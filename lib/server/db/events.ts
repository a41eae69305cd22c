import "server-only";
import {
  ActivityEventSchema,
  EVENT_KINDS,
  parseEvent,
  type ActivityAction,
  type ActivityEvent,
  type EventEntity,
  type PlanChangeAction,
  type StoredActivityEvent,
} from "@/lib/plan/contract/events";
import { newId } from "@/lib/server/ids";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { bulkQuery } from "./pools";
import { rowsOf, type Tx } from "./tx";

/**
 * The event log's writer: the ONE way a change is recorded (table `activity`). Every plan change
 * (ticks, task edits, new tasks and items, decisions, measurements, roadmap settings, weekly
 * overrides, re-imports) writes its rows and then its event(s) here, in the same transaction.
 *
 * The database does the rest, so no driver and no statement can skip it: the trigger
 * `activity_plan_change` (migration 20261207120000_typed_events) bumps plans.version once per
 * transaction and plan for a kind that `changesPlan` (lib/plan/contract/events.ts), stamps the
 * event with that version (`plan_version`, which the change feed reads) and sends
 * NOTIFY flightplan_plan `{ planId, version }`, which PostgreSQL delivers at commit (never for a
 * rolled-back change, never before the change is readable). Its CHECK constraint refuses a kind
 * the code does not know.
 */

/** The NOTIFY channel of plan changes (named in the trigger too); its payload is `{ planId, version }`. */
export const PLAN_CHANNEL = "flightplan_plan";

/** Who made the change, in which workspace (an event without an account, e.g. sign-up, names the new user). */
export type EventActor = { userId: string | null; workspaceId: string };

/** An event to record: the typed event and the plan it belongs to (none for workspace-level kinds). */
export type NewEvent = ActivityEvent & { planId: string | null };
/** An event of a kind that changes a plan: recording it yields the plan's new version. */
export type PlanChange = Extract<ActivityEvent, { action: PlanChangeAction }> & { planId: string };

/** The columns of an event row in the order eventParams gives their values, with their SQL types. */
const EVENT_COLUMNS = [
  ["id", "text"],
  ["workspace_id", "text"],
  ["plan_id", "text"],
  ["actor_id", "text"],
  ["action", "text"],
  ["entity_type", "text"],
  ["entity_id", "text"],
  ["before", "jsonb"],
  ["after", "jsonb"],
] as const;

export const EVENT_COLUMN_LIST = EVENT_COLUMNS.map(([c]) => c).join(", ");

/** `$n::type, ...` for the event columns, the first at `$first` (a statement that writes the event itself). */
export function eventPlaceholders(first: number): string {
  return EVENT_COLUMNS.map(([, type], i) => `$${first + i}::${type}`).join(", ");
}

/** Checks the event against its schema; the values of its row, in EVENT_COLUMNS order, before/after as values. */
function eventValues(actor: EventActor, event: NewEvent): unknown[] {
  const { planId, ...rest } = event;
  const checked = ActivityEventSchema.parse(rest);
  const kind = EVENT_KINDS[checked.action];
  if (kind.changesPlan && planId === null) throw new Error(`An event ${checked.action} needs the plan it changes.`);
  return [
    newId(),
    actor.workspaceId,
    planId,
    actor.userId,
    checked.action,
    kind.entity,
    checked.entityId,
    checked.before ?? null,
    checked.after ?? null,
  ];
}

/** The values of the event's row as statement parameters, in EVENT_COLUMNS order (JSON as text). */
export function eventParams(actor: EventActor, event: NewEvent): unknown[] {
  const values = eventValues(actor, event);
  return values.map((v, i) => (EVENT_COLUMNS[i]![1] === "jsonb" && v !== null ? JSON.stringify(v) : v));
}

/**
 * Records one event in the caller's transaction. Returns the plan version the change produced
 * (null for kinds that do not change a plan).
 */
export async function recordEvent(tx: Tx, actor: EventActor, event: PlanChange): Promise<number>;
export async function recordEvent(tx: Tx, actor: EventActor, event: NewEvent): Promise<number | null>;
export async function recordEvent(tx: Tx, actor: EventActor, event: NewEvent): Promise<number | null> {
  const [row] = await rowsOf<{ plan_version: number | null }>(
    tx,
    `INSERT INTO activity (${EVENT_COLUMN_LIST}) VALUES (${eventPlaceholders(1)}) RETURNING plan_version`,
    eventParams(actor, event),
  );
  const version = row?.plan_version ?? null;
  if (version === null && EVENT_KINDS[event.action].changesPlan)
    throw new Error(`recordEvent: ${event.action} gave no plan version (is the typed_events migration applied?)`);
  return version;
}

/**
 * Records the events of one change at once (a re-import's hundreds of added and removed tasks),
 * in one statement; they share the plan version, which is returned.
 */
export async function recordEvents(tx: Tx, actor: EventActor, events: [PlanChange, ...PlanChange[]]): Promise<number> {
  const rows = events.map((e) => {
    const values = eventValues(actor, e);
    return Object.fromEntries(EVENT_COLUMNS.map(([c], i) => [c, values[i]]));
  });
  const defs = EVENT_COLUMNS.map(([c, t]) => `"${c}" ${t}`).join(", ");
  const out = await rowsOf<{ plan_version: number | null }>(
    tx,
    `INSERT INTO activity (${EVENT_COLUMN_LIST})
     SELECT ${EVENT_COLUMN_LIST} FROM jsonb_to_recordset($1::jsonb) AS r(${defs}) RETURNING plan_version`,
    [JSON.stringify(rows)],
  );
  const version = out[0]?.plan_version;
  if (typeof version !== "number") throw new Error(`recordEvents: no plan version for ${events[0].planId}`);
  return version;
}

// ── Readers: every row comes back parsed against its kind's schema (no casts) ─────────────────

type EventRow = {
  id: string;
  action: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  created_at: Date;
  actor_id: string | null;
  plan_version: number | null;
};

/** A row as the event it records; a row that does not match its kind's schema throws (ZodError). */
export function toStoredEvent(r: EventRow): StoredActivityEvent {
  const event = parseEvent({ action: r.action, entityId: r.entity_id, before: r.before, after: r.after });
  return { ...event, id: r.id, at: r.created_at, actorId: r.actor_id, planVersion: r.plan_version };
}

const EVENT_SELECT = `a.id, a.action, a.entity_id, a.before, a.after, a.created_at, a.actor_id, a.plan_version`;

/**
 * A plan's events of the given kinds, oldest first (by time, then id), optionally from a moment
 * on (`since`, inclusive) or after it (`after`, exclusive). One index range scan (activity
 * (plan_id, action, created_at)).
 */
export async function readPlanEvents<A extends ActivityAction>(
  planId: string,
  actions: readonly A[],
  range: { since?: Date; after?: Date } = {},
): Promise<Array<StoredActivityEvent & { action: A }>> {
  const rows = await bulkQuery<EventRow>(
    `SELECT ${EVENT_SELECT} FROM activity AS a
      WHERE a.plan_id = $1 AND a.action = ANY($2::text[])
        AND ($3::timestamptz IS NULL OR a.created_at >= $3) AND ($4::timestamptz IS NULL OR a.created_at > $4)
      ORDER BY a.created_at, a.id`,
    [planId, actions, range.since ?? null, range.after ?? null],
  );
  const wanted = new Set<string>(actions);
  return rows.map(toStoredEvent).filter((e): e is StoredActivityEvent & { action: A } => wanted.has(e.action));
}

/** When the plan's newest event of these kinds happened (the last import or re-import), if any. */
export async function lastEventAt(planId: string, actions: readonly ActivityAction[]): Promise<Date | null> {
  const [row] = await bulkQuery<{ at: Date | null }>(
    `SELECT max(created_at) AS at FROM activity WHERE plan_id = $1 AND action = ANY($2::text[])`,
    [planId, actions],
  );
  return row?.at ?? null;
}

/** The kinds about these entities (EVENT_KINDS' `entity`). */
export const actionsAbout = (...entities: EventEntity[]): ActivityAction[] =>
  (Object.keys(EVENT_KINDS) as ActivityAction[]).filter((a) => entities.includes(EVENT_KINDS[a].entity));

/**
 * The rows a week's summary reads, and no others: every event of the week (its lists), and the
 * task changes (task.updated, task.created) from the start of the week before to now outside it,
 * which the burn-down replays backwards from today. Both are index range scans (activity
 * (plan_id, created_at, id) and (plan_id, action, created_at)), so the cost follows the week's
 * changes, not the size of the log. Raw SQL on the bulk pool: at 10,000 rows the ORM's row
 * mapping cost more than the query. `by` is the display name of who made the change.
 */
export async function readWeekEvents(
  workspaceId: string,
  planId: string,
  range: { start: Date; end: Date; weekBefore: Date },
): Promise<Array<StoredActivityEvent & { by: string | null }>> {
  const [inWeek, around] = await Promise.all([
    bulkQuery<EventRow & { by: string | null }>(
      `SELECT ${EVENT_SELECT}, u.name AS by
         FROM activity AS a LEFT JOIN users AS u ON u.id = a.actor_id
        WHERE a.plan_id = $1 AND a.workspace_id = $2 AND a.created_at >= $3 AND a.created_at < $4`,
      [planId, workspaceId, range.start, range.end],
    ),
    bulkQuery<EventRow & { by: string | null }>(
      `SELECT ${EVENT_SELECT}, NULL AS by
         FROM activity AS a
        WHERE a.plan_id = $1 AND a.workspace_id = $2 AND a.action IN ('task.updated', 'task.created')
          AND ((a.created_at >= $3 AND a.created_at < $4) OR a.created_at >= $5)`,
      [planId, workspaceId, range.weekBefore, range.start, range.end],
    ),
  ]);
  return [...inWeek, ...around].map((r) => ({ ...toStoredEvent(r), by: r.by }));
}

// ── The activity log's pages (lib/server/activity-log) ────────────────────────────────────────

/** A row of a log page: the stored row (parsed where it is shown) and who made it. */
export type LogRow = {
  id: string;
  created_at: Date;
  action: string;
  entityId: string;
  before: unknown;
  after: unknown;
  actor_id: string | null;
  actor_name: string | null;
};
export type LogCursor = { dir: "older" | "newer"; at: number; id: string };
export type LogFilters = { planId: string; actor?: string; kind?: string; from?: Date; to?: Date };

/** The WHERE of the filters; the kind uses the exact expression of its index (migration 20261202011000_activity_indexes). */
function filterSql(f: LogFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a.plan_id = ${f.planId}`];
  if (f.actor) parts.push(Prisma.sql`a.actor_id = ${f.actor}`);
  if (f.kind) parts.push(Prisma.sql`split_part(a.action, '.', 1) = ${f.kind}`);
  if (f.from) parts.push(Prisma.sql`a.created_at >= ${f.from}`);
  if (f.to) parts.push(Prisma.sql`a.created_at < ${f.to}`);
  return Prisma.join(parts, " AND ");
}

function keyset(c: LogCursor | null): Prisma.Sql {
  if (!c) return Prisma.empty;
  const at = new Date(c.at);
  return c.dir === "older"
    ? Prisma.sql`AND (a.created_at, a.id) < (${at}, ${c.id})`
    : Prisma.sql`AND (a.created_at, a.id) > (${at}, ${c.id})`;
}

const orderOf = (c: LogCursor | null) =>
  c?.dir === "newer" ? Prisma.sql`a.created_at ASC, a.id ASC` : Prisma.sql`a.created_at DESC, a.id DESC`;

/** `take` rows of the log from the cursor on, newest first (oldest first when reading newer). */
export async function readLogRows(filters: LogFilters, cursor: LogCursor | null, take: number): Promise<LogRow[]> {
  return db.$queryRaw<LogRow[]>`
    SELECT a.id, a.created_at, a.action, a.entity_id AS "entityId", a.before, a.after, a.actor_id, u.name AS actor_name
      FROM activity AS a LEFT JOIN users AS u ON u.id = a.actor_id
     WHERE ${filterSql(filters)} ${keyset(cursor)}
     ORDER BY ${orderOf(cursor)}
     LIMIT ${take}`;
}

/** Whether any row lies beyond the cursor. */
export async function logRowExists(filters: LogFilters, cursor: LogCursor): Promise<boolean> {
  const rows = await db.$queryRaw<
    unknown[]
  >`SELECT 1 FROM activity AS a WHERE ${filterSql(filters)} ${keyset(cursor)} LIMIT 1`;
  return rows.length > 0;
}

/** The SQL a page runs, for EXPLAIN in the benchmark and the index test. */
export function logPageSql(filters: LogFilters, cursor: LogCursor | null, take: number): Prisma.Sql {
  return Prisma.sql`SELECT a.id FROM activity AS a WHERE ${filterSql(filters)} ${keyset(cursor)} ORDER BY ${orderOf(cursor)} LIMIT ${take}`;
}
