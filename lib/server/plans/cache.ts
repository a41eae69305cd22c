import "server-only";
import { getEnv } from "@/lib/env";
import type { ApiPlan } from "@/lib/plan/contract";

/**
 * Recently read plans, per process, keyed by id and version. Every change to a plan bumps
 * plans.version in the same transaction (an invariant of lib/server: setItemDone, updateTask,
 * applyReimport), so an entry whose version matches the database is exactly what a fresh load
 * would return, and checking that costs one indexed single-row query instead of nine queries over
 * thousands of rows. Entries are frozen: callers share them and must not mutate them.
 */

const MAX_ROWS = 120_000; // tasks + items kept across entries (~ five 5,000-task plans)

type Entry = { version: number; view: ApiPlan; rows: number };
const entries = new Map<string, Entry>();
let totalRows = 0;

export function getCachedPlan(planId: string, version: number): ApiPlan | null {
  if (getEnv().PLAN_CACHE === "off") return null;
  const hit = entries.get(planId);
  if (!hit || hit.version !== version) return null;
  // Re-insert to mark as most recently used (Map keeps insertion order).
  entries.delete(planId);
  entries.set(planId, hit);
  return hit.view;
}

/** The cached view of a plan at whatever version it is (the base an incremental update starts from). */
export function peekCachedPlan(planId: string): ApiPlan | null {
  if (getEnv().PLAN_CACHE === "off") return null;
  return entries.get(planId)?.view ?? null;
}

export function cachePlan(view: ApiPlan): ApiPlan {
  const rows = view.phases.reduce(
    (n, p) => n + 1 + p.checklist.length + p.tasks.reduce((m, t) => m + 1 + t.checklist.length + t.criteria.length, 0),
    0,
  );
  if (rows > MAX_ROWS) return view;
  forget(view.id);
  deepFreeze(view);
  entries.set(view.id, { version: view.version, view, rows });
  totalRows += rows;
  for (const [id] of entries) {
    if (totalRows <= MAX_ROWS) break;
    forget(id);
  }
  return view;
}

function forget(planId: string): void {
  const old = entries.get(planId);
  if (!old) return;
  entries.delete(planId);
  totalRows -= old.rows;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

const inflight = new Map<string, Promise<ApiPlan>>();

/**
 * Single flight: concurrent cold reads of the same plan version share one load. Without it, the
 * first read after every change would send every waiting client to the database at once (50
 * parallel 5,000-task loads exhaust the connection pool and time out).
 */
export function loadPlanOnce(planId: string, version: number, load: () => Promise<ApiPlan>): Promise<ApiPlan> {
  if (getEnv().PLAN_CACHE === "off") return load();
  const key = `${planId}@${version}`;
  let pending = inflight.get(key);
  if (!pending) {
    pending = load()
      .then(cachePlan)
      .finally(() => inflight.delete(key));
    inflight.set(key, pending);
  }
  return pending;
}
