import "server-only";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { buildWeeklySummary } from "@/lib/plan/weekly/summary";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import { isIsoWeekLabel, isoWeek, lastCompleteWeek, type IsoWeek } from "@/lib/plan/weekly/week";
import { assertPlanInScope, type ReadActor } from "@/lib/server/actor";
import { getPlan } from "@/lib/server/plans";
import { getRoadmap, ROADMAP_TIME_ZONE } from "@/lib/server/roadmap";
import { readWeekActivity } from "./rows";

/** The week a request names (`2026-W49`), or the last complete week; a week not begun yet is refused. */
export function resolveWeek(label: string | null | undefined, now: Date): IsoWeek {
  if (!label) return lastCompleteWeek(now, ROADMAP_TIME_ZONE);
  if (!isIsoWeekLabel(label)) throw new AppError("bad_request", "week must be an ISO week such as 2026-W49.");
  const week = isoWeek(label, ROADMAP_TIME_ZONE);
  if (week.start > now) throw new AppError("bad_request", `The week ${label} has not begun yet.`);
  return week;
}

/**
 * The weekly summary of a plan. The forecast "now" is the roadmap as of the week's last moment
 * (or now, for the running week) and "then" its baseline a week earlier, both from the roadmap
 * domain; the lists come from the activity log of the week.
 */
export async function getWeeklySummary(actor: ReadActor, planId: string, label: string | null | undefined, now = new Date()): Promise<WeeklySummary> {
  assertCan(actor, "weekly.read");
  assertPlanInScope(actor, planId);
  const week = resolveWeek(label, now);
  const asOf = new Date(Math.min(now.getTime(), week.end.getTime() - 1));
  const [plan, view, activity] = await Promise.all([
    getPlan(actor, planId, "weekly.read"),
    getRoadmap(actor, planId, asOf),
    readWeekActivity(actor.workspaceId, planId, week),
  ]);
  return buildWeeklySummary({ plan, week, activity, now: view.roadmap, then: view.baseline, clock: now });
}
