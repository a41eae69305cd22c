import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
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

/** A complete week's roadmap as first computed (never replaced, gone with the plan), and its numbers. */
export async function readWeekRoadmap(planId: string, key: string): Promise<{ body: Bytes; summary: unknown } | null> {
  const row = await db.weeklyForecast.findUnique({
    where: { planId_key: { planId, key } },
    select: { body: true, summary: true },
  });
  return row ? { body: bytes(row.body), summary: row.summary } : null;
}

/** The numbers of the complete weeks stored under these keys (the history reads these, not the bodies). */
export async function readWeekSummaries(planId: string, keys: string[]): Promise<Map<string, unknown>> {
  const rows = await db.weeklyForecast.findMany({
    where: { planId, key: { in: keys } },
    select: { key: true, summary: true },
  });
  return new Map(rows.flatMap((r) => (r.summary ? [[r.key, r.summary] as const] : [])));
}

/**
 * Another instance may have stored the week first: its entry stays (both computed the same week
 * end). A row from before the numbers were kept gets these.
 */
export async function storeWeekRoadmap(planId: string, key: string, body: Bytes, summary?: object): Promise<void> {
  const json = summary as Prisma.InputJsonValue | undefined;
  await db.weeklyForecast.createMany({ data: [{ planId, key, body, summary: json }], skipDuplicates: true });
  if (json)
    await db.weeklyForecast.updateMany({
      where: { planId, key, summary: { equals: Prisma.DbNull } },
      data: { summary: json },
    });
}
