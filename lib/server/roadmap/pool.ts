import "server-only";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Piscina from "piscina";
import { AppError } from "@/lib/errors";
import type { ForecastSummary, Move } from "@/lib/plan/schedule";
import type { Job, MoveJob, RoadmapJob, RoadmapResult, WhatIfJob } from "./worker";

/** Built by scripts/build-worker.mjs (npm run build, npm start, the test set-ups), beside the parse worker. */
export const ROADMAP_WORKER_FILE = path.join(process.cwd(), ".build", "roadmap-worker.mjs");

/** Waiting builds beyond this are refused (503): each is a plan loaded in memory. */
const MAX_QUEUE = 32;

let pool: Piscina | undefined;
let build: string | undefined;

function getPool(): Piscina {
  if (pool) return pool;
  if (!existsSync(ROADMAP_WORKER_FILE)) {
    throw new Error(
      `The roadmap worker ${ROADMAP_WORKER_FILE} is missing: run \`npm run build:worker\` (npm run build and npm start do).`,
    );
  }
  pool = new Piscina({
    filename: pathToFileURL(ROADMAP_WORKER_FILE).href,
    // One build at a time per spare core, and never every core: the event loop keeps one.
    maxThreads: Math.max(1, Math.min(2, os.availableParallelism() - 1)),
    minThreads: 0,
    idleTimeout: 60_000,
    maxQueue: MAX_QUEUE,
  });
  return pool;
}

/**
 * A name of the worker's code (the schedule, the packing): part of every cache key, so that
 * instances running another build of the engine never serve each other's numbers.
 */
export function roadmapBuild(): string {
  if (build === undefined)
    build = existsSync(ROADMAP_WORKER_FILE)
      ? createHash("sha256").update(readFileSync(ROADMAP_WORKER_FILE)).digest("hex").slice(0, 12)
      : "none";
  return build;
}

/** The roadmap response body of one plan (utf-8 JSON) and its numbers, built in a worker thread. */
export function buildRoadmapInWorker(job: Omit<RoadmapJob, "kind">): Promise<RoadmapResult> {
  return runJob({ ...job, kind: "roadmap" });
}

/** Why the forecast moved between two states of a plan, in a worker thread. */
export function explainMoveInWorker(job: Omit<MoveJob, "kind">): Promise<Move> {
  return runJob({ ...job, kind: "move" });
}

/** A what-if's forecast, in a worker thread. */
export function whatIfInWorker(job: Omit<WhatIfJob, "kind">): Promise<ForecastSummary> {
  return runJob({ ...job, kind: "whatIf" });
}

async function runJob<T>(job: Job): Promise<T> {
  try {
    return await getPool().run(job);
  } catch (e) {
    if (e instanceof Error && e.message === "Task queue is at limit")
      throw new AppError("unavailable", "The server is busy computing other roadmaps; try again in a minute.");
    throw e;
  }
}
