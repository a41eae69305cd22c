import "server-only";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { DEFAULT_TIME_ZONE } from "@/lib/plan/time-zone";
import { buildWeeklySummary } from "@/lib/plan/weekly/summary";
import type { StatusOverride, WeeklySummary } from "@/lib/plan/weekly/types";
import { isIsoWeekLabel, isoWeek, lastCompleteWeek, type IsoWeek } from "@/lib/plan/weekly/week";
import { assertPlanInScope, type ReadActor } from "@/lib/server/actor";
import { readOverrides } from "@/lib/server/db/weekly";
import { getPlan } from "@/lib/server/plans";
import { getRoadmap, getWeekEndRoadmap } from "@/lib/server/roadmap";
import { readWorkspaceTimeZone } from "@/lib/server/workspaces/settings";
import { readWeekActivity } from "./rows";

/** The week a request names (`2026-W49`), or the last complete week, in the zone; a week not begun yet is refused. */
export function resolveWeek(label: string | null | undefined, now: Date, timeZone = DEFAULT_TIME_ZONE): IsoWeek {
  if (!label) return lastCompleteWeek(now, timeZone);
  if (!isIsoWeekLabel(label)) throw new AppError("bad_request", "week must be an ISO week such as 2026-W49.");
  const week = isoWeek(label, timeZone);
  if (week.start > now) throw new AppError("bad_request", `The week ${label} has not begun yet.`);
  return week;
}

/** The week a request names, cut in the actor's workspace's time zone. */
export async function resolveWorkspaceWeek(
  actor: Pick<ReadActor, "workspaceId">,
  label: string | null | undefined,
  now: Date,
): Promise<IsoWeek> {
  return resolveWeek(label, now, await readWorkspaceTimeZone(actor));
}

/** Owners' overrides of one week, by plan id (one plan, or every plan of the workspace). */
export async function readStatusOverrides(
  actor: Pick<ReadActor, "workspaceId">,
  week: string,
  planId?: string,
): Promise<Map<string, StatusOverride>> {
  const rows = await readOverrides(actor.workspaceId, week, planId);
  return new Map(
    [...rows].map(([id, r]) => [
      id,
      { status: r.status, reason: r.reason, by: r.createdBy, at: r.createdAt.toISOString() },
    ]),
  );
}

/**
 * The weekly summary of a plan for a resolved week. The forecast "now" is the roadmap as of the
 * week's last moment (or now, for the running week) and "then" its baseline a week earlier, both
 * from the roadmap domain; a complete week's pair is kept as first computed after the week ended
 * (what the forecast said of that week). The lists come from the activity log of the week.
 */
export async function summarizeWeek(
  actor: ReadActor,
  planId: string,
  week: IsoWeek,
  now: Date,
  override: StatusOverride | null,
): Promise<WeeklySummary> {
  const complete = week.end.getTime() <= now.getTime();
  const asOf = new Date(Math.min(now.getTime(), week.end.getTime() - 1));
  const [plan, view, activity] = await Promise.all([
    getPlan(actor, planId, "weekly.read"),
    complete ? getWeekEndRoadmap(actor, planId, asOf) : getRoadmap(actor, planId, asOf),
    readWeekActivity(actor.workspaceId, planId, week),
  ]);
  return buildWeeklySummary({ plan, week, activity, now: view.roadmap, then: view.baseline, clock: now, override });
}

/** The weekly summary of a plan (`2026-W49`, default the last complete week in the workspace's zone). */
export async function getWeeklySummary(
  actor: ReadActor,
  planId: string,
  label: string | null | undefined,
  now = new Date(),
): Promise<WeeklySummary> {
  assertCan(actor, "weekly.read");
  assertPlanInScope(actor, planId);
  const week = await resolveWorkspaceWeek(actor, label, now);
  const overrides = await readStatusOverrides(actor, week.label, planId);
  return summarizeWeek(actor, planId, week, now, overrides.get(planId) ?? null);
}
