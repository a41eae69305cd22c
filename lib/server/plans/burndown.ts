import "server-only";
import { addDays, format } from "date-fns";
import { db } from "@/lib/db";
import { burndownSeries, isOpenStatus, remainingHours, type BurndownEvent } from "@/lib/plan/burndown";
import type { ApiPlan, Burndown, Estimate, Status } from "@/lib/plan/contract";
import { allTasks } from "@/lib/plan/items";
import { buildRoadmap, defaultStartDate, defaultTargetDate, scheduleInputFromPlan } from "@/lib/plan/schedule";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { getPlan } from "./get";

type ForecastLine = NonNullable<Burndown["forecast"]>;

// The forecast of a 5,000-task plan takes a few hundred ms; it only changes with the plan's
// version (and the day), so each instance keeps the last few. Keyed by version: safe to share.
const forecasts = new Map<string, ForecastLine | null>();
const FORECAST_CACHE = 32;

/**
 * Remaining hours per day since the plan was (re-)imported, replayed from the activity log, with
 * the ideal line and the roadmap's P50 forecast. Days are UTC calendar days.
 */
export async function getBurndown(actor: Actor, planId: string, now = new Date()): Promise<Burndown> {
  assertCan(actor, "plan.read");
  const plan = await getPlan(actor, planId);
  const today = format(now, "yyyy-MM-dd");
  const since = await historyStart(planId, plan);
  const rows = await db.activity.findMany({
    where: { planId, action: { in: ["task.updated", "task.created"] }, createdAt: { gte: since } },
    select: { action: true, entityId: true, before: true, createdAt: true },
  });
  const events: BurndownEvent[] = rows.map((r) => ({
    at: r.createdAt.toISOString(),
    taskId: r.entityId,
    action: r.action as BurndownEvent["action"],
    before: (r.before ?? {}) as { status?: Status; estimate?: Estimate | null },
  }));
  const tasks = allTasks(plan);
  const points = burndownSeries(tasks, events, since.toISOString().slice(0, 10), today);
  const open = tasks.filter((t) => isOpenStatus(t.status));
  const start = points[0]!;
  const forecast = forecastLine(plan, today);
  const target = defaultTargetDate(plan.meta, plan.startDate ?? start.date);
  return {
    points,
    ideal: idealLine(start, target, plan, open.length > 0 ? new Set(open.map((t) => t.owner).filter(Boolean)).size : 0),
    forecast,
    unestimatedTasks: open.filter((t) => !t.estimate).length,
    openTasks: open.length,
  };
}

/** The last import or re-import: before it the tasks were other rows. */
async function historyStart(planId: string, plan: ApiPlan): Promise<Date> {
  const last = await db.activity.findFirst({
    where: { planId, action: { in: ["plan.imported", "plan.reimported"] } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return last?.createdAt ?? new Date(plan.createdAt);
}

function idealLine(start: { date: string; remaining: number }, target: string | null, plan: ApiPlan, owners: number): Burndown["ideal"] {
  if (start.remaining <= 0) return null;
  if (target && target > start.date) return { from: start.date, to: target, hours: start.remaining, basis: "target" };
  // No target: the pace the plan's people can keep (named owners plus one unnamed person).
  const perDay = (plan.hoursPerWeek / 7) * Math.max(1, owners + 1);
  const days = Math.ceil(start.remaining / perDay);
  return { from: start.date, to: format(addDays(new Date(`${start.date}T00:00:00Z`), days), "yyyy-MM-dd"), hours: start.remaining, basis: "capacity" };
}

function forecastLine(plan: ApiPlan, today: string): ForecastLine | null {
  const key = `${plan.id}:${plan.version}:${today}`;
  if (forecasts.has(key)) return forecasts.get(key)!;
  let line: ForecastLine | null = null;
  if (remainingHours(allTasks(plan)) > 0) {
    const startDate = plan.startDate ?? defaultStartDate(plan.meta, plan.createdAt.slice(0, 10));
    const input = scheduleInputFromPlan(
      plan,
      { startDate, targetDate: defaultTargetDate(plan.meta, startDate), hoursPerWeek: plan.hoursPerWeek, unnamedPeople: 1, ownerHours: {} },
      today,
    );
    const r = buildRoadmap(input);
    line = { today, p50: r.finish.p50, p85: r.finish.p85 };
  }
  if (forecasts.size >= FORECAST_CACHE) forecasts.delete(forecasts.keys().next().value!);
  forecasts.set(key, line);
  return line;
}
