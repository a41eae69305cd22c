import { compile, type Compiled, type Model } from "./model";
import { EPS, makeBuffers, runPass, type PassBuffers } from "./pass";
import { Sfc32 } from "./rng";
import { DEFAULT_RUNS, DEFAULT_SEED, type ForecastOptions, type ScheduleInput } from "./types";

/** The numbers of a forecast in working days since the calendar's epoch (see roadmap.ts for dates). */
export interface ForecastCore {
  runs: number;
  seed: number;
  earliest: number;
  latest: number;
  p50: number;
  p85: number;
  /** Share of runs finishing on or before the target; null without a target. */
  pTarget: number | null;
  phaseP50: (number | null)[];
  phaseP85: (number | null)[];
  /** Per node of the model. */
  criticality: Float64Array;
  /** The P50 run: its schedule and its critical path (nodes, in order). */
  p50Run: { start: Float64Array; finish: Float64Array; lateFinish: Float64Array; finishAt: number; path: number[] };
}

/** Every node's duration at the low end, the high end or the mode of its range. */
export function setDurations(m: Model, b: PassBuffers, at: "lo" | "mode" | "hi"): void {
  b.duration.set(at === "lo" ? m.lo : at === "hi" ? m.hi : m.mode);
}

/** One deterministic pass (every estimate at its most likely value): the bench's unit of work. */
export function deterministicPass(m: Model, b: PassBuffers = makeBuffers(m)): number {
  setDurations(m, b, "mode");
  return runPass(m, b);
}

const rankOf = (n: number, q: number) => Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
const nearestRank = (sorted: Float64Array, q: number) => sorted[rankOf(sorted.length, q)]!;

/**
 * Puts the k-th smallest of a[lo..hi] at a[k], smaller ones before it and larger ones after
 * (Hoare's selection with the middle element as pivot): the nearest-rank percentile without sorting.
 */
function select(a: Float64Array, lo: number, hi: number, k: number): void {
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

interface Simulation {
  m: Model;
  b: PassBuffers;
  rng: Sfc32;
  seed: number;
  finishes: Float64Array;
  phaseFinishes: Float64Array;
}

/** Runs [from, to) of the Monte Carlo; a run only touches its own slots, so runs can be done in chunks. */
function simulate(s: Simulation, from: number, to: number): void {
  const { m, b, rng, seed, finishes, phaseFinishes } = s;
  const phases = m.phases;
  const phaseFinish = b.phaseFinish;
  for (let r = from; r < to; r++) {
    rng.reseed(seed, r);
    finishes[r] = runPass(m, b, rng);
    for (let p = 0, o = r * phases; p < phases; p++) phaseFinishes[o + p] = phaseFinish[p]!;
  }
}

function startSimulation(c: Compiled, options: ForecastOptions) {
  const m = c.model;
  const runs = Math.max(1, Math.floor(options.runs ?? DEFAULT_RUNS));
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const b = makeBuffers(m);
  setDurations(m, b, "lo");
  const earliest = runPass(m, b);
  setDurations(m, b, "hi");
  const latest = runPass(m, b);
  // Nodes without a range keep their one duration; sampling writes only the others.
  setDurations(m, b, "lo");
  // Criticality counts the sampled runs only.
  b.counts.fill(0);
  const sim: Simulation = {
    m,
    b,
    seed,
    rng: new Sfc32(seed),
    finishes: new Float64Array(runs),
    phaseFinishes: new Float64Array(runs * m.phases),
  };
  return { sim, runs, earliest, latest };
}

export function runForecast(c: Compiled, options: ForecastOptions = {}): ForecastCore {
  const { sim, runs, earliest, latest } = startSimulation(c, options);
  simulate(sim, 0, runs);
  return summarize(c, sim, runs, earliest, latest);
}

/**
 * The same forecast, giving the event loop back every `chunk` runs: a server computing a large
 * plan's forecast keeps answering other requests meanwhile. Same numbers as runForecast.
 */
export async function runForecastAsync(c: Compiled, options: ForecastOptions = {}, chunk = 100): Promise<ForecastCore> {
  const { sim, runs, earliest, latest } = startSimulation(c, options);
  for (let r = 0; r < runs; r += chunk) {
    simulate(sim, r, Math.min(runs, r + chunk));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return summarize(c, sim, runs, earliest, latest);
}

function summarize(c: Compiled, sim: Simulation, runs: number, earliest: number, latest: number): ForecastCore {
  const { m, b, finishes, phaseFinishes, seed } = sim;
  const sorted = Float64Array.from(finishes).sort();
  const p50 = nearestRank(sorted, 0.5);
  const p85 = nearestRank(sorted, 0.85);
  const target = c.target;
  const pTarget = target === null ? null : finishes.reduce((k, f) => k + (f <= target + EPS ? 1 : 0), 0) / runs;
  const column = new Float64Array(runs);
  const phaseP50: (number | null)[] = [];
  const phaseP85: (number | null)[] = [];
  for (let p = 0; p < m.phases; p++) {
    let ok = true;
    for (let r = 0; r < runs; r++) {
      const x = phaseFinishes[r * m.phases + p]!;
      column[r] = x;
      if (!Number.isFinite(x)) ok = false;
    }
    // Two ranks of each phase's column: selection, not a sort (a large plan has hundreds of phases).
    const k50 = rankOf(runs, 0.5);
    const k85 = rankOf(runs, 0.85);
    select(column, 0, runs - 1, k50);
    select(column, k50, runs - 1, k85);
    phaseP50.push(ok ? column[k50]! : null);
    phaseP85.push(ok ? column[k85]! : null);
  }
  const criticality = Float64Array.from(b.counts, (k) => k / runs);
  return {
    runs,
    seed,
    earliest,
    latest,
    p50,
    p85,
    pTarget,
    phaseP50,
    phaseP85,
    criticality,
    p50Run: replay(m, b, finishes, p50, seed),
  };
}

/** Runs again the run that finished at the P50 (the first such run) and takes its critical path. */
function replay(m: Model, b: PassBuffers, finishes: Float64Array, p50: number, seed: number): ForecastCore["p50Run"] {
  const run = finishes.indexOf(p50);
  setDurations(m, b, "lo");
  const finishAt = runPass(m, b, new Sfc32(seed, run));
  return {
    start: b.start.slice(),
    finish: b.finish.slice(),
    lateFinish: b.lateFinish.slice(),
    finishAt,
    path: criticalPath(m, b, finishAt),
  };
}

/**
 * The chain of zero-float nodes that ends the plan: from the node that finishes last, back
 * through the dependency or previous task of the same worker that ended exactly when it began.
 * Milestones are walked through but not listed.
 */
export function criticalPath(m: Model, b: PassBuffers, end: number): number[] {
  let cur = -1;
  for (let i = m.n - 1; i >= 0; i--) {
    if (b.finish[i]! >= end - EPS && m.fixedFinish[i] !== m.fixedFinish[i] && (m.milestone[i] === 0 || cur === -1)) {
      cur = i;
      if (m.milestone[i] === 0) break;
    }
  }
  const path: number[] = [];
  while (cur >= 0) {
    if (m.milestone[cur] === 0) path.push(cur);
    let next = -1;
    const s = b.start[cur]!;
    const consider = (p: number) => {
      if (p < 0 || next >= 0 || m.fixedFinish[p] === m.fixedFinish[p]) return;
      if (Math.abs(b.finish[p]! - s) < EPS && b.lateFinish[p]! - b.finish[p]! < EPS) next = p;
    };
    consider(m.workerPrev[cur]!);
    for (let k = m.predStart[cur]!; k < m.predStart[cur + 1]!; k++) consider(m.pred[k]!);
    cur = next;
  }
  return path.reverse();
}

export function forecastPlan(input: ScheduleInput, options: ForecastOptions = {}) {
  const compiled = compile(input);
  return { compiled, forecast: runForecast(compiled, options) };
}
