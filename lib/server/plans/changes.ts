import "server-only";
import { AppError } from "@/lib/errors";
import { eventKind, isEventAction, type EventEntity, type PlanChanges } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import {
  countTaskChecks,
  readDecisions,
  readFeedEvents,
  readItems,
  readMetrics,
  readPlanVersion,
  readTasks,
} from "@/lib/server/db/plans";

/** Beyond this many changes a client is better off loading the plan again. */
const MAX_CHANGES = 500;

/**
 * What changed in a plan after version `since`, read from the activity log (each row names the
 * plan version it produced): the current state of those items, tasks, decisions and metrics, a
 * few hundred bytes per change instead of the whole plan. `reset` when a patch cannot say it: a
 * re-import, a new task, too many changes, or a version no event names (rows from before events
 * carried their version).
 */
export async function getPlanChanges(actor: Actor, planId: string, since: number): Promise<PlanChanges> {
  assertCan(actor, "plan.read");
  return readPlanChanges(actor.workspaceId, planId, since);
}

/** The same without a permission check, for the data layer's own use (patching the plan cache, get.ts). */
export async function readPlanChanges(workspaceId: string, planId: string, since: number): Promise<PlanChanges> {
  const log = await readFeedEvents(workspaceId, planId, since, MAX_CHANGES);
  if (!log) throw new AppError("not_found", "No such plan.");
  const { version } = log;
  const empty: PlanChanges = { planId, version, reset: false, items: [], tasks: [], decisions: [], metrics: [] };
  if (since >= version) return since > version ? { ...empty, reset: true } : empty;
  if (version - since > MAX_CHANGES) return { ...empty, reset: true };

  const events = log.events.filter((e) => e.planVersion <= version);
  const versions = new Set(events.map((e) => e.planVersion));
  // Every version in between must be an event the feed can say (its kind's `feed`, lib/plan/contract/events.ts).
  const kinds = events.map((e) => (isEventAction(e.action) ? eventKind(e.action) : null));
  if (versions.size < version - since || kinds.some((k) => k === null || k.feed === "reset"))
    return { ...empty, reset: true };

  const ids = (entity: EventEntity) => [
    ...new Set(
      events.filter((_, i) => kinds[i]!.feed === "patch" && kinds[i]!.entity === entity).map((e) => e.entityId),
    ),
  ];
  const [items, tasks, decisions, metrics] = await Promise.all([
    readItems(planId, ids("item")),
    readTasks(planId, ids("task")),
    readDecisions(planId, ids("decision")),
    readMetrics(planId, ids("metric")),
  ]);
  // The task list shows each task's checkbox counts and holds no items to count (lib/plan/views.ts).
  const taskIds = [...new Set(items.flatMap((i) => (i.taskId ? [i.taskId] : [])))];
  return { ...empty, items, tasks, decisions, metrics, checks: await countTaskChecks(planId, taskIds) };
}

/** The plan's current version, for ETags and the event stream's first message. */
export async function getPlanVersion(actor: Actor, planId: string): Promise<number> {
  assertCan(actor, "plan.read");
  const version = await readPlanVersion(actor.workspaceId, planId);
  if (version === null) throw new AppError("not_found", "No such plan.");
  return version;
}
