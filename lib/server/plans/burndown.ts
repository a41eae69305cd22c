import "server-only";
import { addDays, format } from "date-fns";
import { burndownSeries, isOpenStatus, remainingHours, type BurndownEvent } from "@/lib/plan/burndown";
import type { ApiPlan, Burndown } from "@/lib/plan/contract";
import { allTasks } from "@/lib/plan/items";
import { dayIn } from "@/lib/plan/day-in-zone";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { lastEventAt, readPlanEvents } from "@/lib/server/db/events";
import { getRoadmap } from "@/lib/server/roadmap";
import { readWorkspaceTimeZone } from "@/lib/server/workspaces/settings";
import { getPlan } from "./get";

/**
 * Remaining hours per day since the plan was (re-)imported, replayed from the activity log, with
 * the ideal line and the roadmap's P50 forecast. Days are calendar days in the workspace's time
 * zone, as the roadmap's "today" is.
 */
export async function getBurndown(actor: Actor, planId: string, now = new Date()): Promise<Burndown> {
  assertCan(actor, "plan.read");
  const [plan, timeZone] = await Promise.all([getPlan(actor, planId), readWorkspaceTimeZone(actor)]);
  const today = dayIn(now, timeZone);
  const since = await historyStart(planId, plan);
  const rows = await readPlanEvents(planId, ["task.updated", "task.created"], { since });
  const events: BurndownEvent[] = rows.map((e) => ({
    at: e.at.toISOString(),
    taskId: e.entityId,
    action: e.action,
    before: e.action === "task.updated" ? e.before : {},
  }));
  const tasks = allTasks(plan);
  const points = burndownSeries(tasks, events, dayIn(since, timeZone), today, { timeZone });
  const open = tasks.filter((t) => isOpenStatus(t.status));
  const start = points[0]!;
  // The roadmap's forecast with the plan's roadmap settings (cached there by plan version and day).
  const { roadmap, settings } = await getRoadmap(actor, planId, now);
  const forecast =
    open.length > 0 && remainingHours(tasks) > 0 ? { today, p50: roadmap.finish.p50, p85: roadmap.finish.p85 } : null;
  const people = new Set(open.map((t) => t.owner).filter(Boolean)).size + settings.unnamedPeople;
  return {
    points,
    ideal: idealLine(start, settings.targetDate, settings.hoursPerWeek, people),
    forecast,
    unestimatedTasks: open.filter((t) => !t.estimate).length,
    openTasks: open.length,
  };
}

/** The last import or re-import: before it the tasks were other rows. */
async function historyStart(planId: string, plan: ApiPlan): Promise<Date> {
  return (await lastEventAt(planId, ["plan.imported", "plan.reimported"])) ?? new Date(plan.createdAt);
}

function idealLine(
  start: { date: string; remaining: number },
  target: string | null,
  hoursPerWeek: number,
  people: number,
): Burndown["ideal"] {
  if (start.remaining <= 0) return null;
  if (target && target > start.date) return { from: start.date, to: target, hours: start.remaining, basis: "target" };
  // No target: the pace the plan's people can keep (named owners plus the unnamed people).
  const perDay = (hoursPerWeek / 7) * Math.max(1, people);
  const days = Math.ceil(start.remaining / perDay);
  return {
    from: start.date,
    to: format(addDays(new Date(`${start.date}T00:00:00Z`), days), "yyyy-MM-dd"),
    hours: start.remaining,
    basis: "capacity",
  };
}
