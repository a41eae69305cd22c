import "server-only";
import { AppError } from "@/lib/errors";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import { shiftWeek, weekOf } from "@/lib/plan/weekly/week";
import type { ShareActor } from "@/lib/server/actor";
import { readPlanCreated } from "@/lib/server/db/plans";
import { getWeeklySummary } from "@/lib/server/weekly";
import { readWorkspaceTimeZone } from "@/lib/server/workspaces/settings";

/** Complete weeks in the feed, besides the running one. */
export const FEED_WEEKS = 8;

/**
 * Summaries by plan version and day, per process: each one builds two forecasts, and feed readers
 * poll. Every change of a plan bumps its version (a status override too), so a hit is what a fresh
 * build would give.
 */
const MAX_ENTRIES = 8;
const cache = new Map<string, Promise<FeedWeeks>>();

export type FeedWeeks = { summaries: WeeklySummary[]; running: string };

/**
 * The weekly summaries a share link's feed lists, newest first: the running week, then up to
 * FEED_WEEKS complete weeks, none that ended before the plan existed.
 */
export async function getShareFeedWeeks(actor: ShareActor, now = new Date()): Promise<FeedWeeks> {
  const [plan, timeZone] = await Promise.all([
    readPlanCreated(actor.workspaceId, actor.planId),
    readWorkspaceTimeZone(actor),
  ]);
  if (!plan) throw new AppError("not_found", "No such plan.");
  // The weeks of the workspace's zone, as the summaries cut them (a UTC week may not have begun there yet).
  const running = weekOf(now, timeZone);
  const key = `${actor.planId}@${plan.version}@${timeZone}@${running.label}@${now.toISOString().slice(0, 10)}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = build(actor, plan.createdAt, now, timeZone);
    cache.set(key, hit);
    hit.catch(() => cache.delete(key));
    while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return hit;
}

async function build(actor: ShareActor, createdAt: Date, now: Date, timeZone: string): Promise<FeedWeeks> {
  const running = weekOf(now, timeZone);
  const weeks = [running];
  for (let w = shiftWeek(running, -1); weeks.length <= FEED_WEEKS && w.end > createdAt; w = shiftWeek(w, -1))
    weeks.push(w);
  const summaries: WeeklySummary[] = [];
  // One at a time: each summary builds forecasts, and a feed poll must not take both cores.
  for (const w of weeks) summaries.push(await getWeeklySummary(actor, actor.planId, w.label, now));
  return { summaries, running: running.label };
}
