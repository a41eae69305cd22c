import "server-only";
import { assertCan } from "@/lib/permissions";
import type { FinishPair, ForecastWeek, Move, Roadmap } from "@/lib/plan/schedule";
import { isoWeek, shiftWeek, weekOf, type IsoWeek } from "@/lib/plan/weekly/week";
import { isAppError } from "@/lib/errors";
import { assertPlanInScope, type ReadActor } from "@/lib/server/actor";
import { bytes, getCached, readStored, readWeekSummaries, setCached, settingsKey, store } from "./cache";
import { getRoadmapEntry, getWeekEndNumbers, roadmapViewOf, weekKey, type RoadmapView } from "./get";
import { prepareForecast, settingsOf, zoneOf } from "./inputs";
import { explainMoveInWorker } from "./pool";
import { readSettingsRow } from "./settings";
import type { WeekNumbers } from "./worker";

/** Weeks the history shows: a quarter. */
export const HISTORY_WEEKS = 13;
/**
 * Complete weeks without a stored forecast (before this was kept, or nobody looked) computed per
 * request, newest first: each is two forecasts and a replay, so a large plan's first history
 * does not take a minute; later requests fill in the rest.
 */
const MAX_BACKFILL = 4;

export interface ForecastHistory {
  planId: string;
  timeZone: string;
  /** Oldest first; the last is the running week unless the history ends at a complete week. */
  weeks: ForecastWeek[];
  /** Complete weeks in the range not computed yet (the next requests compute them). */
  pending: number;
}

const pair = (r: Roadmap): FinishPair => ({ p50: r.finish.p50, p85: r.finish.p85 });
/** The moment a week's forecast is of: its last millisecond (as the weekly summary takes it). */
const lastMoment = (w: IsoWeek) => new Date(w.end.getTime() - 1);

/**
 * Why the live forecast moved from its baseline, computed once per roadmap entry (plan version,
 * day, settings, engine) in the worker, from the same two states the entry was built from, and
 * kept beside it (LRU and roadmap_cache, key `why.` + the entry's key).
 */
async function liveMove(actor: ReadActor, planId: string, entryKey: string, view: RoadmapView): Promise<Move | null> {
  if (!view.baseline) return null;
  const key = `why.${entryKey}`;
  const hit = getCached(planId, key) ?? (await readStored(planId, key));
  if (hit) {
    setCached(planId, hit);
    return JSON.parse(hit.json.toString("utf8")) as Move;
  }
  const p = await prepareForecast(actor, planId, new Date(view.asOf));
  if (!p.then) return null;
  const move = await explainMoveInWorker({
    now: p.now,
    then: p.then,
    known: { from: pair(view.baseline), to: pair(view.roadmap) },
    timeZone: p.timeZone,
  });
  const entry = { key, version: view.version, json: bytes(Buffer.from(JSON.stringify(move))) };
  if (p.plan.version === view.version) {
    setCached(planId, entry);
    await store(planId, entry).catch((e: unknown) =>
      console.error(`roadmap history: could not store ${planId} ${key}: ${e instanceof Error ? e.message : e}`),
    );
  }
  return move;
}

/** The running week: the live forecast, its baseline and why it moved. */
async function runningWeek(actor: ReadActor, planId: string, week: IsoWeek, now: Date): Promise<ForecastWeek> {
  const entry = await getRoadmapEntry(actor, planId, now);
  const view = roadmapViewOf(entry);
  const r = view.roadmap;
  return {
    week: week.label,
    asOf: r.today,
    complete: false,
    ...pair(r),
    targetDate: r.targetDate,
    pTarget: r.pTarget,
    then: view.baseline ? pair(view.baseline) : null,
    move: await liveMove(actor, planId, entry.key, view),
  };
}

/**
 * The history through a weekly summary's week (its page and its share page): null when the
 * worker pool is too busy to compute it now (the summary shows without it).
 */
export async function getHistoryThrough(
  actor: ReadActor,
  planId: string,
  week: { label: string; timeZone: string },
): Promise<ForecastHistory | null> {
  return getForecastHistory(actor, planId, { through: isoWeek(week.label, week.timeZone) }).catch((err: unknown) => {
    if (isAppError(err)) return null;
    throw err;
  });
}

/**
 * A plan's forecast week by week (GET /api/plans/:id/roadmap/history, the roadmap page, the
 * weekly summary, the digest): each complete week's P50 and P85 at its end, the week before's and
 * why it moved, kept as first computed (weekly_forecasts); then the running week, live. `through`
 * ends the history at an earlier week (a past week's summary).
 */
export async function getForecastHistory(
  actor: ReadActor,
  planId: string,
  options: { now?: Date; through?: IsoWeek; weeks?: number } = {},
): Promise<ForecastHistory> {
  assertCan(actor, "roadmap.read");
  assertPlanInScope(actor, planId);
  const now = options.now ?? new Date();
  const row = await readSettingsRow(actor, planId);
  const timeZone = zoneOf(row);
  const current = weekOf(now, timeZone);
  const last = options.through && options.through.end <= current.start ? options.through : current;
  const running = last.label === current.label;
  const count = Math.max(1, options.weeks ?? HISTORY_WEEKS);
  // Complete weeks the plan existed at the end of, oldest first.
  const complete = Array.from({ length: running ? count - 1 : count }, (_, i) =>
    shiftWeek(last, i - (count - 1)),
  ).filter((w) => w.end <= current.start && w.end > row.createdAt);
  const settings = settingsKey(settingsOf(row), timeZone);
  const keyOf = (w: IsoWeek) => weekKey(lastMoment(w), settings);
  const stored = await readWeekSummaries(planId, complete.map(keyOf));
  const numbers = new Map<string, WeekNumbers>(
    complete.flatMap((w) => {
      const s = stored.get(keyOf(w));
      return s ? [[w.label, s] as const] : [];
    }),
  );
  const missing = complete.filter((w) => !numbers.has(w.label)).reverse();
  for (const w of missing.slice(0, MAX_BACKFILL))
    numbers.set(w.label, await getWeekEndNumbers(actor, planId, lastMoment(w)));
  const weeks: ForecastWeek[] = complete.flatMap((w) => {
    const n = numbers.get(w.label);
    return n ? [{ week: w.label, complete: true, ...n }] : [];
  });
  if (running) weeks.push(await runningWeek(actor, planId, current, now));
  return { planId, timeZone, weeks, pending: Math.max(0, missing.length - MAX_BACKFILL) };
}
