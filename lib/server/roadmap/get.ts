import "server-only";
import { assertCan } from "@/lib/permissions";
import { dayIn } from "@/lib/plan/day-in-zone";
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from "@/lib/plan/time-zone";
import type { ApiPlan } from "@/lib/plan/contract";
import type { Roadmap } from "@/lib/plan/schedule";
import { unpackRoadmap, type PackedRoadmap } from "@/lib/plan/schedule/compact";
import type { PlanLike } from "@/lib/plan/schedule/from-plan";
import { assertPlanInScope, type ReadActor } from "@/lib/server/actor";
import { getPlan } from "@/lib/server/plans";
import { baselineMoment, planAsOf, readChangesSince } from "./baseline";
import {
  bytes,
  cacheKey,
  getCached,
  readStored,
  readWeekSnapshot,
  setCached,
  settingsKey,
  store,
  storeWeekSnapshot,
  type Bytes,
  type CachedRoadmap,
} from "./cache";
import { buildRoadmapInWorker } from "./pool";
import {
  effectiveSettings,
  readSettingsRow,
  storedSettings,
  type EffectiveSettings,
  type SettingsRow,
} from "./settings";

/** The `format` of the API's body; the packed shape is lib/plan/schedule/compact.ts. */
export const ROADMAP_FORMAT = "flightplan.roadmap/v2";

export interface RoadmapView {
  planId: string;
  title: string;
  version: number;
  settings: EffectiveSettings;
  /** Named owners of the plan's tasks, for per-owner hours. */
  owners: string[];
  roadmap: Roadmap;
  /** The forecast of the plan as it stood seven days ago; null for a younger plan. */
  baseline: Roadmap | null;
}

type Body = Omit<RoadmapView, "roadmap" | "baseline"> & {
  format: string;
  roadmap: PackedRoadmap;
  baseline: PackedRoadmap | null;
};

/**
 * The roadmap's dates are days in the workspace's time zone (Settings): "today", and the day a
 * task was done. In UTC, a team in California would see tomorrow's date from 4 pm on.
 */
const zoneOf = (row: SettingsRow): string => canonicalTimeZone(row.timeZone) ?? DEFAULT_TIME_ZONE;
const settingsOf = (row: SettingsRow) => effectiveSettings(storedSettings(row), row.meta, row.createdAt);
const owners = (plan: PlanLike) =>
  [...new Set(plan.phases.flatMap((p) => p.tasks.flatMap((t) => (t.owner?.trim() ? [t.owner.trim()] : []))))].sort();

/** Only what the schedule reads: the worker gets a copy of what it is sent, and a plan's item texts are most of it. */
function leanPlan(plan: PlanLike): PlanLike {
  return {
    meta: plan.meta,
    decisions: plan.decisions.map(({ id, title, status, dueBy }) => ({ id, title, status, dueBy })),
    phases: plan.phases.map((p) => ({
      id: p.id,
      title: p.title,
      key: p.key,
      weeks: p.weeks,
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
        checklist: t.checklist.map((i) => ({ done: i.done })),
      })),
    })),
  };
}

/** Builds the bodies of the plan's current version in the worker; null `key` when the plan moved on while it was read. */
async function build(actor: ReadActor, planId: string, now: Date): Promise<CachedRoadmap & { stable: boolean }> {
  const plan: ApiPlan = await getPlan(actor, planId, "roadmap.read");
  // Read after the plan: when it names the plan's version, its settings are that version's.
  const row = await readSettingsRow(actor, planId);
  const settings = effectiveSettings(storedSettings(row), plan.meta, row.createdAt);
  const timeZone = zoneOf(row);
  const today = dayIn(now, timeZone);
  const since = baselineMoment(now);
  const changes = row.createdAt < since ? await readChangesSince(planId, since) : null;
  const then = changes
    ? {
        plan: leanPlan(planAsOf(plan, changes)),
        settings: effectiveSettings(changes.settingsBefore ?? settings.stored, plan.meta, row.createdAt),
        today: dayIn(since, timeZone),
      }
    : null;
  const head = {
    format: ROADMAP_FORMAT,
    planId,
    title: plan.title,
    version: plan.version,
    settings,
    owners: owners(plan),
  };
  const json = await buildRoadmapInWorker({ head, now: { plan: leanPlan(plan), settings, today }, then, timeZone });
  return {
    key: cacheKey(plan.version, today, settings, timeZone),
    version: plan.version,
    json: bytes(json),
    stable: row.version === plan.version,
  };
}

/** Concurrent requests for the same uncomputed roadmap share one computation (per process). */
const inflight = new Map<string, Promise<CachedRoadmap>>();

async function compute(actor: ReadActor, planId: string, key: string, now: Date): Promise<CachedRoadmap> {
  const stored = await readStored(planId, key);
  if (stored) {
    setCached(planId, stored);
    return stored;
  }
  const { stable, ...entry } = await build(actor, planId, now);
  if (stable) {
    setCached(planId, entry);
    // A failed write costs the other instances a computation, not this answer.
    await store(planId, entry).catch((e: unknown) =>
      console.error(`roadmap cache: could not store ${planId} ${entry.key}: ${e instanceof Error ? e.message : e}`),
    );
  }
  return entry;
}

async function getEntry(actor: ReadActor, planId: string, now: Date): Promise<CachedRoadmap> {
  assertCan(actor, "roadmap.read");
  assertPlanInScope(actor, planId);
  const row = await readSettingsRow(actor, planId);
  const timeZone = zoneOf(row);
  const key = cacheKey(row.version, dayIn(now, timeZone), settingsOf(row), timeZone);
  const hit = getCached(planId, key);
  if (hit) return hit;
  const flight = `${planId}/${key}`;
  let pending = inflight.get(flight);
  if (!pending) {
    pending = compute(actor, planId, key, now).finally(() => inflight.delete(flight));
    inflight.set(flight, pending);
  }
  return pending;
}

/** Decoded views, kept beside their cached bytes: the page, the weekly summary and the burn-down read the objects. */
const views = new WeakMap<Bytes, RoadmapView>();

function viewOf(entry: CachedRoadmap): RoadmapView {
  let view = views.get(entry.json);
  if (!view) {
    const { format: _format, roadmap, baseline, ...head } = JSON.parse(entry.json.toString("utf8")) as Body;
    view = { ...head, roadmap: unpackRoadmap(roadmap), baseline: baseline ? unpackRoadmap(baseline) : null };
    views.set(entry.json, view);
  }
  return view;
}

/** The schedule, forecast and last week's baseline of a plan. */
export async function getRoadmap(actor: ReadActor, planId: string, now = new Date()): Promise<RoadmapView> {
  return viewOf(await getEntry(actor, planId, now));
}

/**
 * The roadmap as of a complete week's last moment, kept as first computed after the week ended:
 * a past week's summary says what the forecast was then, and a tick today neither changes it nor
 * makes every past summary (and the share feed) rebuild two forecasts. New settings or another
 * engine build make a new entry.
 */
export async function getWeekEndRoadmap(actor: ReadActor, planId: string, weekEnd: Date): Promise<RoadmapView> {
  assertCan(actor, "roadmap.read");
  assertPlanInScope(actor, planId);
  const row = await readSettingsRow(actor, planId);
  const key = `week.${weekEnd.toISOString()}.${settingsKey(settingsOf(row), zoneOf(row))}`;
  const hit = getCached(planId, key) ?? (await readWeekSnapshot(planId, key));
  if (hit) {
    setCached(planId, hit);
    return viewOf(hit);
  }
  const entry = { ...(await getEntry(actor, planId, weekEnd)), key };
  setCached(planId, entry);
  await storeWeekSnapshot(planId, entry).catch((e: unknown) =>
    console.error(`weekly forecast: could not store ${planId} ${key}: ${e instanceof Error ? e.message : e}`),
  );
  return viewOf(entry);
}

/**
 * The API's body (README, API table), serialised once per plan version and day: `etag` names the
 * version, day, settings and engine build.
 */
export async function getRoadmapBody(
  actor: ReadActor,
  planId: string,
  now = new Date(),
): Promise<{ etag: string; json: Bytes }> {
  const entry = await getEntry(actor, planId, now);
  return { etag: `W/"roadmap-${planId}-${entry.key}"`, json: entry.json };
}
