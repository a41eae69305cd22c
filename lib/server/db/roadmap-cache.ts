import "server-only";
import { db } from "./client";

/**
 * Computed roadmaps shared by every instance (tables roadmap_cache and weekly_forecasts; see
 * lib/server/roadmap/cache.ts for what the keys name). Bodies are the API's packed JSON, utf-8.
 */

export type Bytes = Buffer<ArrayBuffer>;
export const bytes = (u: Uint8Array<ArrayBuffer>): Bytes => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

export async function readRoadmap(planId: string, key: string): Promise<{ version: number; body: Bytes } | null> {
  const row = await db.roadmapCache.findUnique({
    where: { planId_key: { planId, key } },
    select: { version: true, body: true },
  });
  return row ? { version: row.version, body: bytes(row.body) } : null;
}

/** Stores an entry (another instance may have stored the same one: then nothing changes) and drops older versions. */
export async function storeRoadmap(planId: string, key: string, version: number, body: Bytes): Promise<void> {
  await db.roadmapCache.createMany({ data: [{ planId, key, version, body }], skipDuplicates: true });
  await db.roadmapCache.deleteMany({ where: { planId, version: { lt: version } } });
}

/** A complete week's roadmap as first computed (never replaced, gone with the plan). */
export async function readWeekRoadmap(planId: string, key: string): Promise<Bytes | null> {
  const row = await db.weeklyForecast.findUnique({ where: { planId_key: { planId, key } }, select: { body: true } });
  return row ? bytes(row.body) : null;
}

/** Another instance may have stored the week first: its entry stays (both computed the same week end). */
export async function storeWeekRoadmap(planId: string, key: string, body: Bytes): Promise<void> {
  await db.weeklyForecast.createMany({ data: [{ planId, key, body }], skipDuplicates: true });
}
