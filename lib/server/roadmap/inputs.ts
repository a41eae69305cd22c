import "server-only";
import { dayIn } from "@/lib/plan/day-in-zone";
import type { ApiPlan } from "@/lib/plan/contract";
import type { PlanLike } from "@/lib/plan/schedule/from-plan";
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from "@/lib/plan/time-zone";
import type { ReadActor } from "@/lib/server/actor";
import { readTaskStarts } from "@/lib/server/db/events";
import { getPlan } from "@/lib/server/plans";
import { baselineMoment, planAsOf, readChangesSince } from "./baseline";
import {
  effectiveSettings,
  readSettingsRow,
  storedSettings,
  type EffectiveSettings,
  type SettingsRow,
} from "./settings";
import type { ForecastJob } from "./worker";

/** The `format` of the API's body; the packed shape is lib/plan/schedule/compact.ts. */
export const ROADMAP_FORMAT = "flightplan.roadmap/v2";

/**
 * The roadmap's dates are days in the workspace's time zone (Settings): "today", and the day a
 * task was done. In UTC, a team in California would see tomorrow's date from 4 pm on.
 */
export const zoneOf = (row: SettingsRow): string => canonicalTimeZone(row.timeZone) ?? DEFAULT_TIME_ZONE;
export const settingsOf = (row: SettingsRow) => effectiveSettings(storedSettings(row), row.meta, row.createdAt);
export const owners = (plan: PlanLike) =>
  [...new Set(plan.phases.flatMap((p) => p.tasks.flatMap((t) => (t.owner?.trim() ? [t.owner.trim()] : []))))].sort();

/**
 * When each task went in progress, from the activity log (oldest first): with its completion,
 * the plan's own history of how long tasks took against their estimates (the spread, spread.ts).
 */
async function readStartTimes(planId: string, until: Date): Promise<Map<string, Date[]>> {
  const starts = new Map<string, Date[]>();
  for (const r of await readTaskStarts(planId, until)) starts.set(r.taskId, [...(starts.get(r.taskId) ?? []), r.at]);
  return starts;
}

/** The last start before the task was done. */
function startOf(starts: Map<string, Date[]>, taskId: string, completedAt: string | null | undefined): string | null {
  if (!completedAt) return null;
  const done = Date.parse(completedAt);
  const before = (starts.get(taskId) ?? []).filter((d) => d.getTime() <= done);
  return before.length ? before[before.length - 1]!.toISOString() : null;
}

/** Only what the schedule reads: the worker gets a copy of what it is sent, and a plan's item texts are most of it. */
function leanPlan(plan: PlanLike, starts: Map<string, Date[]>, createdAt: string): PlanLike {
  return {
    meta: plan.meta,
    createdAt,
    decisions: plan.decisions.map(({ id, title, status, dueBy }) => ({ id, title, status, dueBy })),
    phases: plan.phases.map((p) => ({
      id: p.id,
      title: p.title,
      key: p.key,
      weeks: p.weeks,
      status: p.status,
      tasks: p.tasks.map((t) => ({
        id: t.id,
        key: t.key,
        title: t.title,
        priority: t.priority,
        status: t.status,
        estimate: t.estimate,
        owner: t.owner,
        dependsOn: t.dependsOn,
        dependencies: t.dependencies?.map(({ text, taskId }) => ({ text, taskId })),
        completedAt: t.completedAt,
        startedAt: t.status === "done" && t.id ? startOf(starts, t.id, t.completedAt) : null,
        checklist: t.checklist.map((i) => ({ done: i.done })),
      })),
    })),
  };
}

export interface Prepared {
  plan: ApiPlan;
  row: SettingsRow;
  /** The settings now (the cache key's); the forecast at a past moment uses the ones it had then. */
  settings: EffectiveSettings;
  timeZone: string;
  today: string;
  head: Record<string, unknown> & { version: number };
  now: ForecastJob;
  /** The plan seven days before `now`; null for a plan younger than that. */
  then: ForecastJob | null;
}

/**
 * What a forecast with today at `now` reads: the plan as it stands (with `rebuild`, as it stood
 * at `now`, rebuilt from the activity log: a complete week's forecast computed after the week),
 * its settings, and the plan and settings seven days earlier.
 */
export async function prepareForecast(actor: ReadActor, planId: string, now: Date, rebuild = false): Promise<Prepared> {
  const plan: ApiPlan = await getPlan(actor, planId, "roadmap.read");
  // Read after the plan: when it names the plan's version, its settings are that version's.
  const row = await readSettingsRow(actor, planId);
  const settings = effectiveSettings(storedSettings(row), plan.meta, row.createdAt);
  const timeZone = zoneOf(row);
  const today = dayIn(now, timeZone);
  const since = baselineMoment(now);
  const [starts, changes, changesNow] = await Promise.all([
    readStartTimes(planId, now),
    row.createdAt < since ? readChangesSince(planId, since) : null,
    rebuild ? readChangesSince(planId, now) : null,
  ]);
  const createdAt = row.createdAt.toISOString();
  const lean = (p: PlanLike) => leanPlan(p, starts, createdAt);
  const settingsAt = (before: EffectiveSettings["stored"] | null) =>
    before ? effectiveSettings(before, plan.meta, row.createdAt) : settings;
  const then = changes
    ? {
        plan: lean(planAsOf(plan, changes)),
        settings: settingsAt(changes.settingsBefore),
        today: dayIn(since, timeZone),
      }
    : null;
  const nowJob = changesNow
    ? { plan: lean(planAsOf(plan, changesNow)), settings: settingsAt(changesNow.settingsBefore), today }
    : { plan: lean(plan), settings, today };
  const head = {
    format: ROADMAP_FORMAT,
    planId,
    title: plan.title,
    version: plan.version,
    // The moment the forecast is of: why it moved and what-ifs rebuild the same two states from it.
    asOf: now.toISOString(),
    settings,
    owners: owners(plan),
  };
  return { plan, row, settings, timeZone, today, head, now: nowJob, then };
}
