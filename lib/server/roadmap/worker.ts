/**
 * The roadmap worker: builds a plan's roadmap and its baseline (compile, Monte Carlo, dates),
 * packs them (lib/plan/schedule/compact.ts) and serialises the response body, in a
 * worker thread of the pool in ./pool.ts. A 5,000-task plan takes the better part of a second
 * of CPU; on the event loop it would stall every other request meanwhile. Bundled by
 * scripts/build-worker.mjs into .build/roadmap-worker.mjs, so it imports only the pure schedule
 * (types from elsewhere are erased); never the database or `server-only`.
 */
import { buildRoadmap, scheduleInputFromPlan, type RoadmapSettings } from "@/lib/plan/schedule";
import { packRoadmap, type PackedRoadmap } from "@/lib/plan/schedule/compact";
import type { PlanLike } from "@/lib/plan/schedule/from-plan";

export interface RoadmapJob {
  /** Sent as is at the top of the body (plan id, title, version, settings, owners). */
  head: Record<string, unknown>;
  now: ForecastJob;
  /** The plan as it stood seven days ago, with its settings then; null for a younger plan. */
  then: ForecastJob | null;
  timeZone: string;
}

interface ForecastJob {
  plan: PlanLike;
  settings: RoadmapSettings;
  today: string;
}

const forecast = (job: ForecastJob, timeZone: string): PackedRoadmap =>
  packRoadmap(buildRoadmap(scheduleInputFromPlan(job.plan, job.settings, job.today, timeZone)));

/** The response body, utf-8 JSON: `head` plus `roadmap` and `baseline`, packed. */
export default function buildRoadmapBody(job: RoadmapJob): Uint8Array<ArrayBuffer> {
  const body = {
    ...job.head,
    roadmap: forecast(job.now, job.timeZone),
    baseline: job.then ? forecast(job.then, job.timeZone) : null,
  };
  return Buffer.from(JSON.stringify(body));
}
