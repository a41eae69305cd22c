import "server-only";
import { createHash } from "node:crypto";
import {
  readRoadmap,
  readWeekRoadmap,
  storeRoadmap,
  storeWeekRoadmap,
  type Bytes,
} from "@/lib/server/db/roadmap-cache";
import type { RoadmapSettings } from "@/lib/plan/schedule";
import { roadmapBuild } from "./pool";

/**
 * Computed roadmaps, by (plan, version, day, settings, time zone, engine build): in PostgreSQL, so that every
 * instance serves what one of them computed, and in a small per-process LRU in front of it. Every
 * change to a plan (its roadmap settings too) bumps plans.version, so an entry under the current
 * version and today is what a fresh build would give; storing a version deletes the plan's older
 * ones. The day is part of the key because "today" moves the schedule; the settings and the
 * engine build because an entry must never outlive the numbers it was computed with.
 */
export interface CachedRoadmap {
  key: string;
  version: number;
  json: Bytes;
}

export { bytes, type Bytes } from "@/lib/server/db/roadmap-cache";

/**
 * The settings, the workspace's time zone (its days are the schedule's days) and the engine build:
 * what an entry's numbers were computed with.
 */
export function settingsKey(settings: RoadmapSettings, timeZone: string): string {
  const { startDate, targetDate, hoursPerWeek, unnamedPeople, ownerHours } = settings;
  const owners = Object.fromEntries(Object.entries(ownerHours).sort(([a], [b]) => (a < b ? -1 : 1)));
  const s = createHash("sha256")
    .update(JSON.stringify([startDate, targetDate, hoursPerWeek, unnamedPeople, owners, timeZone]))
    .digest("hex")
    .slice(0, 12);
  return `${s}.${roadmapBuild()}`;
}

export function cacheKey(version: number, today: string, settings: RoadmapSettings, timeZone: string): string {
  return `v${version}.${today}.${settingsKey(settings, timeZone)}`;
}

/** The LRU holds a few plans' roadmaps: a 5,000-task one with its baseline is about 1.5 MB of JSON. */
const MAX_ENTRIES = 16;
const MAX_BYTES = 64 * 1024 * 1024;
const lru = new Map<string, CachedRoadmap>();
let lruBytes = 0;
const lruKey = (planId: string, key: string) => `${planId}/${key}`;
const sizeOf = (e: CachedRoadmap) => e.json.byteLength;

export function getCached(planId: string, key: string): CachedRoadmap | undefined {
  const k = lruKey(planId, key);
  const hit = lru.get(k);
  if (hit) {
    lru.delete(k);
    lru.set(k, hit);
  }
  return hit;
}

export function setCached(planId: string, entry: CachedRoadmap): void {
  const k = lruKey(planId, entry.key);
  const old = lru.get(k);
  if (old) lruBytes -= sizeOf(old);
  lru.delete(k);
  lru.set(k, entry);
  lruBytes += sizeOf(entry);
  while (lru.size > MAX_ENTRIES || (lruBytes > MAX_BYTES && lru.size > 1)) {
    const [oldest, e] = lru.entries().next().value!;
    lru.delete(oldest);
    lruBytes -= sizeOf(e);
  }
}

export async function readStored(planId: string, key: string): Promise<CachedRoadmap | null> {
  const row = await readRoadmap(planId, key);
  return row ? { key, version: row.version, json: row.body } : null;
}

/** Stores an entry (another instance may have stored the same one: then nothing changes) and drops older versions. */
export async function store(planId: string, entry: CachedRoadmap): Promise<void> {
  await storeRoadmap(planId, entry.key, entry.version, entry.json);
}

/** A complete week's roadmap as first computed (table weekly_forecasts; never replaced, gone with the plan). */
export async function readWeekSnapshot(planId: string, key: string): Promise<CachedRoadmap | null> {
  const body = await readWeekRoadmap(planId, key);
  return body ? { key, version: 0, json: body } : null;
}

/** Another instance may have stored the week first: its entry stays (both computed the same week end). */
export async function storeWeekSnapshot(planId: string, entry: CachedRoadmap): Promise<void> {
  await storeWeekRoadmap(planId, entry.key, entry.json);
}

/** Empties this process's LRU: what a freshly started instance has (tests). */
export function forgetCachedRoadmaps(): void {
  lru.clear();
  lruBytes = 0;
}
