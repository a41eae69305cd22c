import "server-only";
import { db } from "@/lib/db";
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
import { rowsOf, type AnyTx } from "./sql";

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
export async function recordEvent(tx: AnyTx, actor: EventActor, event: PlanChange): Promise<number>;
export async function recordEvent(tx: AnyTx, actor: EventActor, event: NewEvent): Promise<number | null>;
export async function recordEvent(tx: AnyTx, actor: EventActor, event: NewEvent): Promise<number | null> {
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
export async function recordEvents(
  tx: AnyTx,
  actor: EventActor,
  events: [PlanChange, ...PlanChange[]],
): Promise<number> {
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

/** The kinds that change a plan (what the database's `activity_kind_changes_plan` says too). */
export const PLAN_CHANGING_ACTIONS = (Object.keys(EVENT_KINDS) as ActivityAction[]).filter(
  (a) => EVENT_KINDS[a].changesPlan,
);

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
  const rows = await db.$queryRawUnsafe<EventRow[]>(
    `SELECT ${EVENT_SELECT} FROM activity AS a
      WHERE a.plan_id = $1 AND a.action = ANY($2::text[])
        AND ($3::timestamptz IS NULL OR a.created_at >= $3) AND ($4::timestamptz IS NULL OR a.created_at > $4)
      ORDER BY a.created_at, a.id`,
    planId,
    actions,
    range.since ?? null,
    range.after ?? null,
  );
  const wanted = new Set<string>(actions);
  return rows.map(toStoredEvent).filter((e): e is StoredActivityEvent & { action: A } => wanted.has(e.action));
}

/** When the plan's newest event of these kinds happened (the last import or re-import), if any. */
export async function lastEventAt(planId: string, actions: readonly ActivityAction[]): Promise<Date | null> {
  const [row] = await db.$queryRawUnsafe<{ at: Date }[]>(
    `SELECT max(created_at) AS at FROM activity WHERE plan_id = $1 AND action = ANY($2::text[])`,
    planId,
    actions,
  );
  return row?.at ?? null;
}

/** The kinds about these entities (EVENT_KINDS' `entity`). */
export const actionsAbout = (...entities: EventEntity[]): ActivityAction[] =>
  (Object.keys(EVENT_KINDS) as ActivityAction[]).filter((a) => entities.includes(EVENT_KINDS[a].entity));
