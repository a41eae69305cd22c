/**
 * The roadmap worker: builds a plan's roadmap and its baseline (compile, Monte Carlo, dates),
 * packs them (lib/plan/schedule/compact.ts) and serialises the response body, in a
 * worker thread of the pool in ./pool.ts; and, on the same inputs, why the forecast moved and
 * what-ifs. A 5,000-task plan takes the better part of a second of CPU per forecast; on the
 * event loop it would stall every other request meanwhile. Bundled by scripts/build-worker.mjs
 * into .build/roadmap-worker.mjs, so it imports only the pure schedule (types from elsewhere are
 * erased); never the database or `server-only`.
 */
import {
  applyWhatIf,
  buildRoadmap,
  explainMove,
  scheduleInputFromPlan,
  summarizeRoadmap,
  type FinishPair,
  type ForecastSummary,
  type ForecastWeek,
  type Move,
  type Roadmap,
  type RoadmapSettings,
  type WhatIf,
} from "@/lib/plan/schedule";
import { packRoadmap } from "@/lib/plan/schedule/compact";
import type { PlanLike } from "@/lib/plan/schedule/from-plan";

export interface ForecastJob {
  plan: PlanLike;
  settings: RoadmapSettings;
  today: string;
}

export interface RoadmapJob {
  kind: "roadmap";
  /** Sent as is at the top of the body (plan id, title, version, settings, owners). */
  head: Record<string, unknown>;
  now: ForecastJob;
  /** The plan as it stood seven days ago, with its settings then; null for a younger plan. */
  then: ForecastJob | null;
  timeZone: string;
  /** Also say why the forecast moved from `then` (a complete week's snapshot). */
  explain: boolean;
}

/** Why the forecast moved from `then` to `now`, whose finishes the caller has. */
export interface MoveJob {
  kind: "move";
  now: ForecastJob;
  then: ForecastJob;
  known: { from: FinishPair; to: FinishPair };
  timeZone: string;
}

export interface WhatIfJob {
  kind: "whatIf";
  now: ForecastJob;
  whatIf: WhatIf;
  timeZone: string;
}

export type Job = RoadmapJob | MoveJob | WhatIfJob;

/** A week's numbers without the week's label (the server knows the week). */
export type WeekNumbers = Omit<ForecastWeek, "week" | "complete">;

export interface RoadmapResult {
  /** The response body, utf-8 JSON: `head` plus `roadmap` and `baseline`, packed. */
  json: Uint8Array<ArrayBuffer>;
  week: WeekNumbers;
}

const inputOf = (job: ForecastJob, timeZone: string) =>
  scheduleInputFromPlan(job.plan, job.settings, job.today, timeZone);
const pair = (r: Roadmap): FinishPair => ({ p50: r.finish.p50, p85: r.finish.p85 });

function roadmap(job: RoadmapJob): RoadmapResult {
  const now = inputOf(job.now, job.timeZone);
  const then = job.then ? inputOf(job.then, job.timeZone) : null;
  const r = buildRoadmap(now);
  const b = then ? buildRoadmap(then) : null;
  const body = { ...job.head, roadmap: packRoadmap(r), baseline: b ? packRoadmap(b) : null };
  const move = job.explain && then && b ? explainMove(then, now, {}, { from: pair(b), to: pair(r) }) : null;
  return {
    json: Buffer.from(JSON.stringify(body)),
    week: {
      asOf: r.today,
      ...pair(r),
      targetDate: r.targetDate,
      pTarget: r.pTarget,
      then: b ? pair(b) : null,
      move,
    },
  };
}

export default function run(job: Job): RoadmapResult | Move | ForecastSummary {
  if (job.kind === "move")
    return explainMove(inputOf(job.then, job.timeZone), inputOf(job.now, job.timeZone), {}, job.known);
  if (job.kind === "whatIf")
    return summarizeRoadmap(buildRoadmap(applyWhatIf(inputOf(job.now, job.timeZone), job.whatIf)));
  return roadmap(job);
}
