import { makeCalendar, offsetOfIso, type Calendar } from "./calendar";
import { breakCycles, findCycles, indexTasks, resolveWait } from "./graph";
import { place } from "./placement";
import { FALLBACK_ESTIMATE, type ScheduleInput, type ScheduleTaskInput } from "./types";
import { parseWindow, phaseWindow, type Window } from "./windows";

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
  /** Duration range in working days; a milestone and a done task have lo = hi. */
  lo: Float64Array;
  hi: Float64Array;
  /** hi - lo: the nodes with a range (width > 0) are the ones a Monte Carlo run samples. */
  width: Float64Array;
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
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The median of the plan's estimates (low and high ends apart), used for tasks without one. */
export function medianEstimate(tasks: ScheduleTaskInput[]) {
  const est = tasks.flatMap((t) => (t.estimate ? [t.estimate] : []));
  if (!est.length) return FALLBACK_ESTIMATE;
  return {
    minHours: median(est.map((e) => e.minHours)),
    maxHours: median(est.map((e) => Math.max(e.minHours, e.maxHours))),
  };
}

const PRIORITY_RANK = { P0: 0, P1: 1, P2: 2, P3: 3 } as const;

/** The plan's dates as working-day offsets: today (the origin), phase windows, decision dues, target. */
function dates(input: ScheduleInput) {
  const { phases, decisions, settings } = input;
  const calendar = makeCalendar(settings.startDate);
  const origin = Math.max(0, offsetOfIso(calendar, input.today) ?? 0);
  const windows = phases.map((p) => phaseWindow(calendar, p));
  const decisionDue = decisions.map((d) => (d.dueBy ? (parseWindow(calendar, d.dueBy)?.to ?? null) : null));
  // A target date means "by the end of that day".
  const targetDay = settings.targetDate ? offsetOfIso(calendar, settings.targetDate) : null;
  const target = targetDay === null ? null : targetDay + 1;
  return { calendar, origin, windows, decisionDue, target };
}

/**
 * Nodes 0..active.length-1 are the tasks that are not deferred, then one milestone per phase.
 * Per node: the tasks it waits for (cycles reported and broken) and the phases it waits for;
 * per input task: the decisions and the texts it waits for.
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
    for (const id of tasks[t]!.dependsOn) {
      const d = byId.get(id);
      if (d !== undefined && nodeOfTask[d]! >= 0 && d !== t) taskDeps[v]!.push(nodeOfTask[d]!);
      else if (d === t) taskDeps[v]!.push(v);
    }
    for (const text of tasks[t]!.waitsFor) {
      const w = resolveWait(text, phases, decisions);
      if (w.kind === "phase" && w.phase !== tasks[t]!.phase) phaseDeps[v]!.push(active.length + w.phase);
      else if (w.kind === "decision") heldBy[t]!.push(w.decision);
      else if (w.kind === "external") external[t]!.push(w.text);
    }
  });
  const cycleNodes = findCycles(taskDeps);
  const cycles = cycleNodes.map((c) => c.map((v) => tasks[active[v]!]!.id));
  const acyclic = breakCycles(taskDeps, cycleNodes).map((ds, v) => ds.filter((d) => d !== v));
  return { heldBy, external, cycles, preds: acyclic.map((ds, v) => [...ds, ...phaseDeps[v]!]) };
}

/** Named owners in order of first task, then the unnamed people; and each owner's working hours per day. */
function workers(input: ScheduleInput, active: number[]) {
  const { tasks, settings } = input;
  const workerIndex = new Map<string, number>();
  const workerNames: string[] = [];
  for (const t of active) {
    const o = tasks[t]!.owner?.trim();
    if (o && !workerIndex.has(o)) workerIndex.set(o, workerNames.push(o) - 1);
  }
  const unnamed = Math.max(1, Math.floor(settings.unnamedPeople));
  for (let u = 0; u < unnamed; u++) workerNames.push(unnamed > 1 ? `Unassigned ${u + 1}` : "Unassigned");
  const rateOf = (owner: string | null) => {
    const h = owner ? settings.ownerHours[owner] : undefined;
    return Math.max(0.5, h ?? settings.hoursPerWeek) / 5;
  };
  return { workerIndex, workerNames, unnamed, rateOf };
}

type Dates = ReturnType<typeof dates>;
type Workers = ReturnType<typeof workers>;

/** Per node: duration range, release, fixed dates of a done task, worker group and priority key. */
function nodeTimes(input: ScheduleInput, active: number[], d: Dates, w: Workers, heldBy: number[][]) {
  const { tasks, phases, decisions } = input;
  const count = active.length + phases.length;
  const fallback = medianEstimate(tasks.filter((t) => t.status !== "deferred"));
  const unestimated = new Set<number>();
  const lo = new Float64Array(count);
  const hi = new Float64Array(count);
  const release = new Float64Array(count).fill(d.origin);
  const fixedStart = new Float64Array(count).fill(NaN);
  const fixedFinish = new Float64Array(count).fill(NaN);
  const group = new Int32Array(count).fill(-2);
  const key = new Float64Array(count).fill(-1);
  active.forEach((t, v) => {
    const task = tasks[t]!;
    const owner = task.owner?.trim() || null;
    if (!task.estimate) unestimated.add(t);
    const est = task.estimate ?? fallback;
    const share = task.status === "done" || task.items.total === 0 ? 1 : 1 - task.items.done / task.items.total;
    const rate = w.rateOf(owner);
    lo[v] = (est.minHours * share) / rate;
    hi[v] = (Math.max(est.minHours, est.maxHours) * share) / rate;
    const win = d.windows[task.phase] ?? null;
    if (win) release[v] = Math.max(d.origin, win.from);
    for (const k of heldBy[t]!) {
      const due = decisions[k]!.status === "open" ? d.decisionDue[k] : null;
      if (due !== null && due !== undefined) release[v] = Math.max(release[v]!, due);
    }
    if (task.status === "done") {
      const at = task.completedOn ? offsetOfIso(d.calendar, task.completedOn) : null;
      const end = at !== null ? at + 1 : Math.min(d.origin, win?.to ?? d.origin);
      const mid = (lo[v]! + hi[v]!) / 2;
      fixedStart[v] = end - mid;
      fixedFinish[v] = end;
      lo[v] = hi[v] = mid;
    } else group[v] = owner ? w.workerIndex.get(owner)! : -1;
    const rank = (task.priority ? PRIORITY_RANK[task.priority] : 2) * 2 + (task.status === "in_progress" ? 0 : 1);
    key[v] = rank * 1e7 + t;
  });
  return { count, unestimated, lo, hi, release, fixedStart, fixedFinish, group, key };
}

/** A milestone ends each phase (a dated one not before its window); an undated phase follows the one before it. */
function linkPhases(
  input: ScheduleInput,
  active: number[],
  d: Dates,
  preds: number[][],
  key: Float64Array,
  release: Float64Array,
) {
  const msNode = (p: number) => active.length + p;
  input.phases.forEach((_, p) => {
    const m = msNode(p);
    preds[m] = [];
    key[m] = -1;
    if (d.windows[p]) release[m] = Math.max(d.origin, d.windows[p]!.from);
    if (!d.windows[p] && p > 0) preds[m]!.push(msNode(p - 1));
  });
  active.forEach((t, v) => {
    const p = input.tasks[t]!.phase;
    preds[msNode(p)]!.push(v);
    if (!d.windows[p] && p > 0 && preds[v]!.length === 0) preds[v]!.push(msNode(p - 1));
  });
}

export function compile(input: ScheduleInput): Compiled {
  const { tasks, phases } = input;
  const d = dates(input);
  const active = tasks.flatMap((t, i) => (t.status === "deferred" ? [] : [i]));
  const { heldBy, external, cycles, preds } = dependencies(input, active);
  const w = workers(input, active);
  const times = nodeTimes(input, active, d, w, heldBy);
  const { count, lo, hi, release, fixedStart, fixedFinish, group, key } = times;
  linkPhases(input, active, d, preds, key, release);
  const mode = Float64Array.from(lo, (l, v) => (l + hi[v]!) / 2);
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
  };
}

interface BuildArgs {
  count: number;
  active: number[];
  phases: number;
  preds: number[][];
  release: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  fixedStart: Float64Array;
  fixedFinish: Float64Array;
  placement: ReturnType<typeof place>;
  workerNames: string[];
  nodePhase: Int32Array;
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
  const hi = pick(a.hi);
  const width = Float64Array.from(lo, (l, i) => Math.max(0, hi[i]! - l));
  return {
    n: count,
    phases: a.phases,
    lo,
    hi,
    width,
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
