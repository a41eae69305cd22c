import { makeCalendar, offsetOfIso } from "./calendar";
import { calibrateSpread, type SpreadInfo } from "./spread";
import { FALLBACK_ESTIMATE, type ScheduleInput, type ScheduleTaskInput } from "./types";
import { parseWindow, phaseWindow } from "./windows";

/** The plan's dates as working-day offsets: today (the origin), phase windows, decision dues, target. */
export function dates(input: ScheduleInput) {
  const { phases, decisions, settings } = input;
  const calendar = makeCalendar(settings.startDate);
  const origin = Math.max(0, offsetOfIso(calendar, input.today) ?? 0);
  const windows = phases.map((p) => phaseWindow(calendar, p));
  const decisionDue = decisions.map((d) => (d.dueBy ? (parseWindow(calendar, d.dueBy)?.to ?? null) : null));
  // A target date means "by the end of that day".
  const targetDay = settings.targetDate ? offsetOfIso(calendar, settings.targetDate) : null;
  const target = targetDay === null ? null : targetDay + 1;
  const importedOn = input.importedOn ? offsetOfIso(calendar, input.importedOn) : null;
  return { calendar, origin, windows, decisionDue, target, importedOn };
}

/**
 * Per input task, whether the schedule counts it done: its status says so, or its phase says it
 * is complete ("Phase 1 complete"): a complete phase's unticked tasks are not placed in the future.
 */
export function doneTasks(input: ScheduleInput): Uint8Array {
  return Uint8Array.from(input.tasks, (t) =>
    t.status === "done" || (t.status !== "deferred" && input.phases[t.phase]?.complete) ? 1 : 0,
  );
}

/** Phases the plan says are complete, or whose tasks are all done. */
export function completePhases(input: ScheduleInput, done: Uint8Array): boolean[] {
  const open = input.phases.map(() => 0);
  const any = input.phases.map(() => 0);
  input.tasks.forEach((t, i) => {
    if (t.status === "deferred") return;
    any[t.phase]!++;
    if (!done[i]) open[t.phase]!++;
  });
  return input.phases.map((p, i) => !!p.complete || (any[i]! > 0 && open[i] === 0));
}

/** Named owners of the plan's tasks (trimmed), in order of first task. */
export function namedOwners(tasks: ScheduleTaskInput[]): string[] {
  const seen = new Set<string>();
  for (const t of tasks) {
    const o = t.owner?.trim();
    if (o) seen.add(o);
  }
  return [...seen];
}

/**
 * Named owners of the active tasks in order of first task, then the unnamed people: the setting,
 * or as many as the plan has named owners (at least 1), so that one unnamed person does not make
 * every open task critical in a team's plan; and each worker's hours per working day.
 */
export function workers(input: ScheduleInput, active: number[]) {
  const { tasks, settings } = input;
  const workerIndex = new Map<string, number>();
  const workerNames: string[] = [];
  for (const t of active) {
    const o = tasks[t]!.owner?.trim();
    if (o && !workerIndex.has(o)) workerIndex.set(o, workerNames.push(o) - 1);
  }
  const owners = namedOwners(tasks).length;
  const fromSettings = settings.unnamedPeople !== null && settings.unnamedPeople !== undefined;
  const unnamed = Math.max(1, Math.floor(fromSettings ? settings.unnamedPeople! : owners));
  for (let u = 0; u < unnamed; u++) workerNames.push(unnamed > 1 ? `Unassigned ${u + 1}` : "Unassigned");
  const rateOf = (owner: string | null) => {
    const h = owner ? settings.ownerHours[owner] : undefined;
    return Math.max(0.5, h ?? settings.hoursPerWeek) / 5;
  };
  const people = { unnamed, owners, source: fromSettings ? ("settings" as const) : ("owners" as const) };
  return { workerIndex, workerNames, unnamed, rateOf, people };
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

type Workers = ReturnType<typeof workers>;

/** Actual / estimated working days of the finished single-number tasks whose start and finish are known. */
function spreadOf(input: ScheduleInput, done: Uint8Array, w: Workers): SpreadInfo {
  const ratios: number[] = [];
  input.tasks.forEach((t, i) => {
    const e = t.estimate;
    if (!done[i] || !e || e.minHours !== e.maxHours || e.minHours <= 0 || !t.worked) return;
    ratios.push(t.worked / (e.minHours / w.rateOf(t.owner?.trim() || null)));
  });
  return calibrateSpread(ratios, input.pointSpread);
}

const PRIORITY_RANK = { P0: 0, P1: 1, P2: 2, P3: 3 } as const;
type Dates = ReturnType<typeof dates>;

/**
 * Per node: duration range and mode, release, fixed dates of a done task, worker group and
 * priority key. A single-number estimate gets the plan's spread; a range is triangular with its
 * mode in the middle. A started task starts now: no window, decision or phase holds it (the
 * caller drops its dependencies), and it comes before every unstarted task of its worker.
 */
export function nodeTimes(
  input: ScheduleInput,
  active: number[],
  d: Dates,
  w: Workers,
  heldBy: number[][],
  done: Uint8Array,
) {
  const { tasks, phases, decisions } = input;
  const count = active.length + phases.length;
  const fallback = medianEstimate(tasks.filter((t) => t.status !== "deferred"));
  const spread = spreadOf(input, done, w);
  const unestimated = new Set<number>();
  const lo = new Float64Array(count);
  const mode = new Float64Array(count);
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
    const isDone = done[t] === 1;
    const share = isDone || task.items.total === 0 ? 1 : 1 - task.items.done / task.items.total;
    const scale = share / w.rateOf(owner);
    const max = Math.max(est.minHours, est.maxHours);
    const point = est.minHours === max;
    lo[v] = est.minHours * scale * (point && !isDone ? spread.lo : 1);
    hi[v] = max * scale * (point && !isDone ? spread.hi : 1);
    mode[v] = point && !isDone ? est.minHours * scale * spread.mode : (lo[v]! + hi[v]!) / 2;
    const win = d.windows[task.phase] ?? null;
    const started = task.status === "in_progress";
    if (win && !started) release[v] = Math.max(d.origin, win.from);
    for (const k of started ? [] : heldBy[t]!) {
      const due = decisions[k]!.status === "open" ? d.decisionDue[k] : null;
      if (due !== null && due !== undefined) release[v] = Math.max(release[v]!, due);
    }
    if (isDone) {
      const end = doneEnd(task, d, win);
      const mid = (lo[v]! + hi[v]!) / 2;
      fixedStart[v] = end - mid;
      fixedFinish[v] = end;
      lo[v] = hi[v] = mode[v] = mid;
    } else group[v] = owner ? w.workerIndex.get(owner)! : -1;
    const rank = started ? 0 : 1 + (task.priority ? PRIORITY_RANK[task.priority] : 2);
    key[v] = rank * 1e7 + t;
  });
  return { count, unestimated, lo, mode, hi, release, fixedStart, fixedFinish, group, key, spread };
}

/**
 * Where a done task ends: the end of the day it was done; without that day, today, or the end of
 * its phase's window if that came first. A completion on the import day is the import's (the
 * task was ticked in the file), so in a window that had ended by then the task sits in the window.
 */
function doneEnd(task: ScheduleTaskInput, d: Dates, win: { to: number } | null): number {
  const at = task.completedOn ? offsetOfIso(d.calendar, task.completedOn) : null;
  const imported = at !== null && d.importedOn !== null && at === d.importedOn;
  if (at !== null && !(imported && win && win.to <= at)) return at + 1;
  return Math.min(d.origin, win?.to ?? d.origin);
}
