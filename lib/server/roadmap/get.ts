import "server-only";
import { assertCan } from "@/lib/permissions";
import { dayIn } from "@/lib/plan/day-in-zone";
import type { Roadmap } from "@/lib/plan/schedule";
import { unpackRoadmap, type PackedRoadmap } from "@/lib/plan/schedule/compact";
import { assertPlanInScope, type ReadActor } from "@/lib/server/actor";
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
import { prepareForecast, settingsOf, zoneOf } from "./inputs";
import { buildRoadmapInWorker } from "./pool";
import { readSettingsRow, type EffectiveSettings } from "./settings";
import type { WeekNumbers } from "./worker";

export { ROADMAP_FORMAT } from "./inputs";

export interface RoadmapView {
  planId: string;
  title: string;
  version: number;
  /** The moment the forecast is of (ISO instant). */
  asOf: string;
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
 * Builds the bodies of the plan at `now` in the worker (a complete week's snapshot also says why
 * its forecast moved); `stable` is false when the plan moved on while it was read.
 */
async function build(
  actor: ReadActor,
  planId: string,
  now: Date,
  explain = false,
): Promise<CachedRoadmap & { stable: boolean }> {
  const p = await prepareForecast(actor, planId, now, explain);
  const { json, week } = await buildRoadmapInWorker({
    head: p.head,
    now: p.now,
    then: p.then,
    timeZone: p.timeZone,
    explain,
  });
  return {
    key: cacheKey(p.plan.version, p.today, p.settings, p.timeZone),
    version: p.plan.version,
    json: bytes(json),
    week,
    stable: p.row.version === p.plan.version,
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

/** The key of a complete week's snapshot: the week's last moment, the settings, the engine build. */
export const weekKey = (weekEnd: Date, settings: string) => `week.${weekEnd.toISOString()}.${settings}`;

/**
 * A complete week's roadmap, kept as first computed after the week ended: the plan as it stood at
 * the week's last moment (rebuilt from the activity log when computed later), with why its
 * forecast moved over the week. A past week's summary says what the forecast was then, and a
 * tick today neither changes it nor makes every past summary (and the share feed) rebuild two
 * forecasts. New settings or another engine build make a new entry.
 */
async function weekEntry(actor: ReadActor, planId: string, weekEnd: Date): Promise<CachedRoadmap> {
  assertCan(actor, "roadmap.read");
  assertPlanInScope(actor, planId);
  const row = await readSettingsRow(actor, planId);
  const key = weekKey(weekEnd, settingsKey(settingsOf(row), zoneOf(row)));
  const hit = getCached(planId, key) ?? (await readWeekSnapshot(planId, key));
  if (hit?.week) {
    setCached(planId, hit);
    return hit;
  }
  const flight = `${planId}/${key}`;
  let pending = inflight.get(flight);
  if (!pending) {
    pending = (async () => {
      const { stable: _stable, ...built } = await build(actor, planId, weekEnd, true);
      const entry = { ...built, key };
      setCached(planId, entry);
      await storeWeekSnapshot(planId, entry).catch((e: unknown) =>
        console.error(`weekly forecast: could not store ${planId} ${key}: ${e instanceof Error ? e.message : e}`),
      );
      return entry;
    })().finally(() => inflight.delete(flight));
    inflight.set(flight, pending);
  }
  return pending;
}

export async function getWeekEndRoadmap(actor: ReadActor, planId: string, weekEnd: Date): Promise<RoadmapView> {
  return viewOf(await weekEntry(actor, planId, weekEnd));
}

/** A complete week's P50 / P85, the week before's and why it moved (computed once, as its roadmap). */
export async function getWeekEndNumbers(actor: ReadActor, planId: string, weekEnd: Date): Promise<WeekNumbers> {
  return (await weekEntry(actor, planId, weekEnd)).week!;
}

/** The live roadmap's entry (its numbers come with it when this process built it). */
export { getEntry as getRoadmapEntry, viewOf as roadmapViewOf };

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
