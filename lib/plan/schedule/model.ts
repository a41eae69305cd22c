import type { Calendar } from "./calendar";
import { breakCycles, findCycles, indexTasks, resolveWait } from "./graph";
import { completePhases, dates, doneTasks, nodeTimes, workers } from "./nodes";
import { place } from "./placement";
import type { SpreadInfo } from "./spread";
import type { ScheduleInput } from "./types";
import type { Window } from "./windows";

export { medianEstimate } from "./nodes";

/**
 * The compiled schedule: nodes (tasks that are not deferred, then one zero-length milestone per
 * phase, "the phase has ended") renumbered in a processing order in which every dependency and
 * every worker's previous task come first, so one pass of the scheduler is two loops over typed
 * arrays (see pass.ts) and allocates nothing.
 */
export interface Model {
  n: number;
  phases: number;
  /** Input task index of node i, or -1 for a milestone. */
  task: Int32Array;
  /** Phase of node i; milestones count in a spare slot `phases`, so a phase's end is its tasks' end. */
  phase: Int32Array;
  milestone: Uint8Array;
  /** 1 for a task that is not done: one whose dates the schedule decides. */
  floating: Uint8Array;
  release: Float64Array;
  /** Duration range and most likely duration in working days; a milestone and a done task have lo = hi. */
  lo: Float64Array;
  mode: Float64Array;
  hi: Float64Array;
  /**
   * Per node, two coefficients: a run draws a duration as lo + tri[2i] (u + v + 1) + tri[2i + 1]
   * |u - v| of the two 16-bit halves u, v of one random number: triangular between lo and hi with
   * its mode where k = (mode - lo) / (hi - lo) says (pass.ts). tri[2i] = 0: the node is not sampled.
   */
  tri: Float64Array;
  /** NaN unless node i is a done task. */
  fixedStart: Float64Array;
  fixedFinish: Float64Array;
  predStart: Int32Array;
  pred: Int32Array;
  succStart: Int32Array;
  succ: Int32Array;
  workerPrev: Int32Array;
  workerNext: Int32Array;
  worker: Int32Array;
  workerNames: string[];
  milestoneOf: Int32Array;
}

export interface Compiled {
  model: Model;
  calendar: Calendar;
  origin: number;
  windows: (Window | null)[];
  decisionDue: (number | null)[];
  /** Per input task: decisions (indexes) and texts it waits for. */
  heldBy: number[][];
  external: string[][];
  cycles: string[][];
  unestimated: Set<number>;
  target: number | null;
  /** Per input task: 1 when the schedule counts it done (its status, or its phase is complete). */
  done: Uint8Array;
  /** The spread single-number estimates get, and where it comes from. */
  spread: SpreadInfo;
  /** The unnamed people working tasks without an owner, and where their number comes from. */
  people: { unnamed: number; owners: number; source: "settings" | "owners" };
}

/**
 * Nodes 0..active.length-1 are the tasks that are not deferred, then one milestone per phase.
 * Per node: the tasks it waits for (cycles reported and broken) and the phases it waits for;
 * per input task: the decisions and the texts it waits for. A started task waits for nothing:
 * it has begun.
 */
function dependencies(input: ScheduleInput, active: number[]) {
  const { tasks, phases, decisions } = input;
  const nodeOfTask = new Int32Array(tasks.length).fill(-1);
  active.forEach((t, v) => (nodeOfTask[t] = v));
  const byId = indexTasks(tasks);
  const heldBy: number[][] = tasks.map(() => []);
  const external: string[][] = tasks.map(() => []);
  const taskDeps: number[][] = active.map(() => []);
  const phaseDeps: number[][] = active.map(() => []);
  active.forEach((t, v) => {
    const started = tasks[t]!.status === "in_progress";
    for (const id of started ? [] : tasks[t]!.dependsOn) {
      const d = byId.get(id);
      if (d !== undefined && nodeOfTask[d]! >= 0 && d !== t) taskDeps[v]!.push(nodeOfTask[d]!);
      else if (d === t) taskDeps[v]!.push(v);
    }
    for (const text of tasks[t]!.waitsFor) {
      const w = resolveWait(text, phases, decisions);
      if (w.kind === "phase" && w.phase !== tasks[t]!.phase) {
        if (!started) phaseDeps[v]!.push(active.length + w.phase);
      } else if (w.kind === "decision") heldBy[t]!.push(w.decision);
      else if (w.kind === "external") external[t]!.push(w.text);
    }
  });
  const cycleNodes = findCycles(taskDeps);
  const cycles = cycleNodes.map((c) => c.map((v) => tasks[active[v]!]!.id));
  const acyclic = breakCycles(taskDeps, cycleNodes).map((ds, v) => ds.filter((d) => d !== v));
  return { heldBy, external, cycles, preds: acyclic.map((ds, v) => [...ds, ...phaseDeps[v]!]) };
}

type Dates = ReturnType<typeof dates>;

/**
 * A milestone ends each phase (a dated one not before its window, unless the phase is complete);
 * an undated phase follows the one before it, except its started tasks.
 */
function linkPhases(
  input: ScheduleInput,
  active: number[],
  d: Dates,
  preds: number[][],
  key: Float64Array,
  release: Float64Array,
  complete: boolean[],
) {
  const msNode = (p: number) => active.length + p;
  input.phases.forEach((_, p) => {
    const m = msNode(p);
    preds[m] = [];
    key[m] = -1;
    // A complete phase has ended when its tasks did, wherever its window lies.
    if (complete[p]) release[m] = -Infinity;
    else if (d.windows[p]) release[m] = Math.max(d.origin, d.windows[p]!.from);
    if (!d.windows[p] && p > 0) preds[m]!.push(msNode(p - 1));
  });
  active.forEach((t, v) => {
    const task = input.tasks[t]!;
    const p = task.phase;
    preds[msNode(p)]!.push(v);
    const free = preds[v]!.length === 0 && task.status !== "in_progress";
    if (!d.windows[p] && p > 0 && free) preds[v]!.push(msNode(p - 1));
  });
}

export function compile(input: ScheduleInput): Compiled {
  const { tasks, phases } = input;
  const d = dates(input);
  const done = doneTasks(input);
  const active = tasks.flatMap((t, i) => (t.status === "deferred" ? [] : [i]));
  const { heldBy, external, cycles, preds } = dependencies(input, active);
  const w = workers(input, active);
  const times = nodeTimes(input, active, d, w, heldBy, done);
  const { count, lo, mode, hi, release, fixedStart, fixedFinish, group, key } = times;
  linkPhases(input, active, d, preds, key, release, completePhases(input, done));
  const placement = place({
    count,
    preds,
    key,
    release,
    duration: mode,
    fixedStart,
    fixedFinish,
    group,
    namedWorkers: w.workerIndex.size,
    unnamedWorkers: w.unnamed,
  });
  const nodePhase = Int32Array.from({ length: count }, (_, v) =>
    v < active.length ? tasks[active[v]!]!.phase : v - active.length,
  );
  const model = buildModel({
    nodePhase,
    count,
    active,
    phases: phases.length,
    preds,
    release,
    lo,
    mode,
    hi,
    fixedStart,
    fixedFinish,
    placement,
    workerNames: w.workerNames,
  });
  const { calendar, origin, windows, decisionDue, target } = d;
  return {
    model,
    calendar,
    origin,
    windows,
    decisionDue,
    heldBy,
    external,
    cycles,
    unestimated: times.unestimated,
    target,
    done,
    spread: times.spread,
    people: w.people,
  };
}

interface BuildArgs {
  count: number;
  active: number[];
  phases: number;
  preds: number[][];
  release: Float64Array;
  lo: Float64Array;
  mode: Float64Array;
  hi: Float64Array;
  fixedStart: Float64Array;
  fixedFinish: Float64Array;
  placement: ReturnType<typeof place>;
  workerNames: string[];
  nodePhase: Int32Array;
}

/** 2^-16: the draw's 16-bit halves are uniform on [0, 65536). */
const PER_HALF = 1 / 65536;

/** The two coefficients of a triangular draw between lo and hi with its mode at `mode` (see Model.tri). */
function triangle(lo: Float64Array, mode: Float64Array, hi: Float64Array): Float64Array {
  const tri = new Float64Array(lo.length * 2);
  for (let i = 0; i < lo.length; i++) {
    const w = hi[i]! - lo[i]!;
    if (!(w > 0)) continue;
    const k = Math.min(1, Math.max(0, (mode[i]! - lo[i]!) / w));
    // (1 - k) min + k max of two uniforms = their mean + (k - 1/2) |their difference|.
    tri[2 * i] = (w * PER_HALF) / 2;
    tri[2 * i + 1] = (k - 0.5) * w * PER_HALF;
  }
  return tri;
}

function buildModel(a: BuildArgs): Model {
  const { count, placement } = a;
  const order = Array.from({ length: count }, (_, v) => v).sort(
    (x, y) => placement.start[x]! - placement.start[y]! || placement.taken[x]! - placement.taken[y]!,
  );
  const pos = new Int32Array(count);
  order.forEach((v, i) => (pos[v] = i));
  const pick = (src: Float64Array) => Float64Array.from(order, (v) => src[v]!);
  const predLists = order.map((v) => a.preds[v]!.map((p) => pos[p]!).filter((p) => p < pos[v]!));
  const succLists: number[][] = order.map(() => []);
  predLists.forEach((ps, i) => ps.forEach((p) => succLists[p]!.push(i)));
  const [predStart, pred] = csr(predLists);
  const [succStart, succ] = csr(succLists);
  const worker = Int32Array.from(order, (v) => placement.worker[v]!);
  const workerPrev = new Int32Array(count).fill(-1);
  const workerNext = new Int32Array(count).fill(-1);
  const last = new Int32Array(a.workerNames.length).fill(-1);
  for (let i = 0; i < count; i++) {
    const w = worker[i]!;
    if (w < 0) continue;
    if (last[w]! >= 0) [workerPrev[i], workerNext[last[w]!]] = [last[w]!, i];
    last[w] = i;
  }
  const task = Int32Array.from(order, (v) => (v < a.active.length ? a.active[v]! : -1));
  const milestoneOf = new Int32Array(a.phases);
  order.forEach((v, i) => v >= a.active.length && (milestoneOf[v - a.active.length] = i));
  const phase = Int32Array.from(order, (v) => (v < a.active.length ? a.nodePhase[v]! : a.phases));
  const lo = pick(a.lo);
  const mode = pick(a.mode);
  const hi = pick(a.hi);
  const tri = triangle(lo, mode, hi);
  return {
    n: count,
    phases: a.phases,
    lo,
    mode,
    hi,
    tri,
    task,
    phase,
    milestone: Uint8Array.from(task, (t) => (t < 0 ? 1 : 0)),
    floating: Uint8Array.from(order, (v) => (v < a.active.length && Number.isNaN(a.fixedFinish[v]!) ? 1 : 0)),
    release: pick(a.release),
    fixedStart: pick(a.fixedStart),
    fixedFinish: pick(a.fixedFinish),
    predStart,
    pred,
    succStart,
    succ,
    workerPrev,
    workerNext,
    worker,
    workerNames: a.workerNames,
    milestoneOf,
  };
}

function csr(lists: number[][]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = start[i]! + l.length));
  const flat = new Int32Array(start[lists.length]!);
  lists.forEach((l, i) => flat.set(l, start[i]!));
  return [start, flat];
}
