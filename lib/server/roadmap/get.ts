import "server-only";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { assertCan } from "@/lib/permissions";
import { buildRoadmapAsync, scheduleInputFromPlan, type Roadmap } from "@/lib/plan/schedule";
import type { PlanLike } from "@/lib/plan/schedule/from-plan";
import { assertPlanInScope, type ReadActor } from "@/lib/server/actor";
import { getPlan } from "@/lib/server/plans";
import { baselineMoment, planAsOf, readChangesSince } from "./baseline";
import { effectiveSettings, readSettingsRow, storedSettings, type EffectiveSettings } from "./settings";

/** Dates of the roadmap are days in this zone (workspaces have no zone of their own yet). */
export const ROADMAP_TIME_ZONE = "UTC";

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

/**
 * Forecasts by plan version and day, per process: every change to a plan (its settings too)
 * bumps plans.version, so an entry for the current version and today is what a fresh build
 * would give. A handful only: a 5,000-task roadmap with its baseline is a few MB of JSON.
 */
const MAX_ENTRIES = 12;
/** The JSON is kept as bytes: a 5,000-task roadmap is 2 MB, and encoding it per request costs more than the rest of the read. */
type Entry = { view: RoadmapView; key: string; body: Uint8Array<ArrayBuffer> };
const entries = new Map<string, Entry>();
const inflight = new Map<string, Promise<Entry>>();

const entryKey = (planId: string, version: number, now: Date) => `${planId}@${version}@${todayIn(now)}`;
const todayIn = (now: Date) => format(new TZDate(now.getTime(), ROADMAP_TIME_ZONE), "yyyy-MM-dd");
const owners = (plan: PlanLike) => [...new Set(plan.phases.flatMap((p) => p.tasks.flatMap((t) => (t.owner?.trim() ? [t.owner.trim()] : []))))].sort();

async function build(actor: ReadActor, planId: string, now: Date): Promise<Entry> {
  const [row, plan] = await Promise.all([readSettingsRow(actor, planId), getPlan(actor, planId, "roadmap.read")]);
  const meta = plan.meta;
  const settings = effectiveSettings(storedSettings(row), meta, row.createdAt);
  const today = todayIn(now);
  const roadmap = await buildRoadmapAsync(scheduleInputFromPlan(plan, settings, today, ROADMAP_TIME_ZONE));
  const since = baselineMoment(now);
  const changes = row.createdAt < since ? await readChangesSince(planId, since) : null;
  let baseline: Roadmap | null = null;
  if (changes) {
    const then = effectiveSettings(changes.settingsBefore ?? settings.stored, meta, row.createdAt);
    baseline = await buildRoadmapAsync(scheduleInputFromPlan(planAsOf(plan, changes), then, todayIn(since), ROADMAP_TIME_ZONE));
  }
  const view: RoadmapView = { planId, title: plan.title, version: plan.version, settings, owners: owners(plan), roadmap, baseline };
  const body = new TextEncoder().encode(JSON.stringify(view));
  return { view, key: entryKey(planId, plan.version, now), body };
}

async function getEntry(actor: ReadActor, planId: string, now: Date): Promise<Entry> {
  assertCan(actor, "roadmap.read");
  assertPlanInScope(actor, planId);
  const row = await readSettingsRow(actor, planId);
  const key = entryKey(planId, row.version, now);
  const hit = entries.get(key);
  if (hit) {
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  }
  let pending = inflight.get(key);
  if (!pending) {
    pending = build(actor, planId, now)
      .then((entry) => {
        // The plan may have moved on while this was built: keep it under the version it has.
        entries.set(entry.key, entry);
        while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        return entry;
      })
      .finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  return pending;
}

/** The schedule, forecast and last week's baseline of a plan. */
export async function getRoadmap(actor: ReadActor, planId: string, now = new Date()): Promise<RoadmapView> {
  return (await getEntry(actor, planId, now)).view;
}

/** The same as JSON bytes, serialised once per version; `etag` names the version and day. */
export async function getRoadmapBody(actor: ReadActor, planId: string, now = new Date()): Promise<{ etag: string; body: Uint8Array<ArrayBuffer> }> {
  const entry = await getEntry(actor, planId, now);
  return { etag: `W/"roadmap-${entry.key}"`, body: entry.body };
}
