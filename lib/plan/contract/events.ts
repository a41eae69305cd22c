import { z } from "zod";
import { RoleSchema } from "@/lib/permissions";
import { WEEKLY_STATUSES } from "@/lib/plan/weekly/status";
import { PrioritySchema, StatusSchema } from "./plan";

/**
 * The event log (table `activity`): one zod schema per kind of event, the one writer
 * (`recordEvent`, lib/server/db/events.ts) checks every event against it and every reader parses
 * with it (the burn-down, the roadmap baseline, the weekly summary, the change feed, the legacy
 * export, the activity log). `before` / `after` are the changed fields as they were and became.
 *
 * A new kind of event:
 *   1. its schema below (`event("comment.added", Before, After)`) and its line in EVENT_KINDS;
 *   2. a migration that adds it to the database's list (`activity_kind_changes_plan`, see
 *      prisma/migrations/*_typed_events): the CHECK constraint refuses unknown kinds, and a kind
 *      that `changesPlan` bumps the plan's version and notifies open pages when it is recorded.
 * events.int.test.ts fails until both sides agree.
 */

/** Estimates as the log stored them (older rows may lack the text). */
const StoredEstimate = z.object({ minHours: z.number(), maxHours: z.number(), text: z.string().nullish() });

/** A task's fields as a task.updated event carries them: only the ones that changed. */
export const TaskFieldsSchema = z
  .object({
    status: StatusSchema,
    owner: z.string().nullable(),
    priority: PrioritySchema.nullable(),
    title: z.string(),
    estimate: StoredEstimate.nullable(),
    dependsOn: z.array(z.string()),
  })
  .partial();

/** A plan's stored roadmap settings (null dates: the plan's own). */
export const StoredSettingsSchema = z.object({
  startDate: z.string().nullable(),
  targetDate: z.string().nullable(),
  hoursPerWeek: z.number(),
  unnamedPeople: z.number(),
  ownerHours: z.record(z.string(), z.number()),
});

const Done = z.object({ done: z.boolean() });
const Choice = z.object({ chosen: z.string().nullable(), rationale: z.string().nullable() });
const WeekShown = z.object({
  week: z.string(),
  status: z.enum(WEEKLY_STATUSES),
  reason: z.string().nullable(),
  computed: z.enum(WEEKLY_STATUSES),
});
const RoleOnly = z.object({ role: RoleSchema });
const Member = z.object({ email: z.string(), role: RoleSchema });
const NoValues = z.null();

const event = <A extends string, B extends z.ZodType, C extends z.ZodType>(action: A, before: B, after: C) =>
  z.object({ action: z.literal(action), entityId: z.string(), before, after });

/** Every kind of event, discriminated by `action`. */
export const ActivityEventSchema = z.discriminatedUnion("action", [
  event("item.checked", Done, Done),
  event("item.unchecked", Done, Done),
  event("item.created", NoValues, z.object({ text: z.string(), taskId: z.string().nullable() })),
  event("task.created", NoValues, z.object({ title: z.string(), phaseId: z.string() })),
  event("task.updated", TaskFieldsSchema, TaskFieldsSchema),
  event(
    "task.removed",
    z.object({ title: z.string(), key: z.string().nullable().optional(), status: StatusSchema.optional() }),
    NoValues,
  ),
  event(
    "plan.imported",
    NoValues,
    z.object({
      title: z.string(),
      fileName: z.string().nullable(),
      phases: z.number(),
      tasks: z.number(),
      items: z.number(),
      decisions: z.number(),
      metrics: z.number(),
    }),
  ),
  event(
    "plan.reimported",
    NoValues,
    z.object({
      addedTasks: z.number(),
      removedTasks: z.number(),
      changedTasks: z.number(),
      addedItems: z.number(),
      removedItems: z.number(),
    }),
  ),
  event("decision.decided", Choice, Choice),
  event("decision.reopened", Choice, Choice),
  event("measurement.recorded", NoValues, z.array(z.object({ value: z.number(), at: z.string() }))),
  event("roadmap.updated", StoredSettingsSchema, StoredSettingsSchema),
  event("weekly.status_overridden", WeekShown, WeekShown),
  event("weekly.status_override_cleared", WeekShown, WeekShown),
  event("share_link.created", NoValues, z.object({ label: z.string(), expiresAt: z.string().nullable() })),
  event(
    "share_link.revoked",
    z.object({ revokedAt: z.null() }),
    z.object({ label: z.string(), revokedAt: z.string().nullable() }),
  ),
  event("workspace.created", NoValues, z.object({ name: z.string(), owner: z.string() })),
  event("workspace.updated", z.object({ timeZone: z.string() }), z.object({ timeZone: z.string() })),
  event("member.joined", NoValues, Member),
  event("member.role_changed", RoleOnly, RoleOnly),
  event("member.removed", Member, NoValues),
  event("invite.created", NoValues, Member),
  event("token.created", NoValues, z.object({ name: z.string(), prefix: z.string() })),
  event("token.revoked", z.object({ revokedAt: z.null() }), z.object({ revokedAt: z.string() })),
]);

export type ActivityEvent = z.infer<typeof ActivityEventSchema>;
export type ActivityAction = ActivityEvent["action"];
export type ActivityEventOf<A extends ActivityAction> = Extract<ActivityEvent, { action: A }>;
export type StoredSettings = z.infer<typeof StoredSettingsSchema>;
export type TaskFields = z.infer<typeof TaskFieldsSchema>;

/**
 * What each kind is about and what recording it does:
 * - `entity`: the kind of row `entityId` names (stored as `entity_type`);
 * - `changesPlan`: recording it bumps the plan's version and notifies every instance (the
 *   database does it, in the event's transaction; lib/server/db/events.ts);
 * - `feed`: what the change feed (GET /api/plans/:id/changes) makes of it: `patch` sends the
 *   entity's current state, `reset` tells clients to load the plan again (a row they cannot
 *   place, such as a new task), `none` changes nothing a plan view shows.
 * Workspace-level kinds carry no plan id.
 */
export type EventKind = {
  entity: EventEntity;
  changesPlan: boolean;
  feed: "patch" | "reset" | "none";
};
export type EventEntity =
  | "item"
  | "task"
  | "decision"
  | "metric"
  | "plan"
  | "week"
  | "share_link"
  | "workspace"
  | "membership"
  | "invite"
  | "api_token";

const kind = <C extends boolean, F extends EventKind["feed"] = "none">(
  entity: EventEntity,
  changesPlan: C,
  feed?: F,
) => ({ entity, changesPlan, feed: feed ?? ("none" as F) });

export const EVENT_KINDS = {
  "item.checked": kind("item", true, "patch"),
  "item.unchecked": kind("item", true, "patch"),
  "item.created": kind("item", true, "reset"),
  "task.created": kind("task", true, "reset"),
  "task.updated": kind("task", true, "patch"),
  "task.removed": kind("task", true, "reset"),
  // A new plan is stored at version 1: nobody watches it yet.
  "plan.imported": kind("plan", false),
  "plan.reimported": kind("plan", true, "reset"),
  "decision.decided": kind("decision", true, "patch"),
  "decision.reopened": kind("decision", true, "patch"),
  "measurement.recorded": kind("metric", true, "patch"),
  "roadmap.updated": kind("plan", true, "reset"),
  // The weekly pages and the share feed show overrides: their version moves, no plan view changes.
  "weekly.status_overridden": kind("week", true),
  "weekly.status_override_cleared": kind("week", true),
  "share_link.created": kind("share_link", false),
  "share_link.revoked": kind("share_link", false),
  "workspace.created": kind("workspace", false),
  "workspace.updated": kind("workspace", false),
  "member.joined": kind("membership", false),
  "member.role_changed": kind("membership", false),
  "member.removed": kind("membership", false),
  "invite.created": kind("invite", false),
  "token.created": kind("api_token", false),
  "token.revoked": kind("api_token", false),
} satisfies Record<ActivityAction, EventKind>;

/** The kinds whose recording changes a plan (and so yields its new version). */
export type PlanChangeAction = {
  [A in ActivityAction]: (typeof EVENT_KINDS)[A]["changesPlan"] extends true ? A : never;
}[ActivityAction];

export const EVENT_ACTIONS = Object.keys(EVENT_KINDS) as ActivityAction[];

export const isEventAction = (action: string): action is ActivityAction => Object.hasOwn(EVENT_KINDS, action);

/** What a kind is about and does (EVENT_KINDS), for a kind read back as text. */
export const eventKind = (action: ActivityAction): EventKind => EVENT_KINDS[action];

/** An event as a row read back: the event plus who and when. */
export type StoredActivityEvent = ActivityEvent & {
  id: string;
  at: Date;
  actorId: string | null;
  planVersion: number | null;
};

/** A row's action, entity id and values as the event they are; throws (ZodError) for a malformed row. */
export function parseEvent(row: { action: string; entityId: string; before: unknown; after: unknown }): ActivityEvent {
  return ActivityEventSchema.parse({
    action: row.action,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
  });
}
