import { dateAt, lastDayOf, type Calendar } from "./calendar";
import { runForecast, runForecastAsync, type ForecastCore } from "./forecast";
import { compile, type Compiled } from "./model";
import { EPS } from "./pass";
import type { SpreadInfo } from "./spread";
import type { ForecastOptions, ScheduleInput, TaskStatus } from "./types";

/** The schedule and forecast of a plan as the API returns it: dates are yyyy-mm-dd. */
export interface Roadmap {
  today: string;
  startDate: string;
  targetDate: string | null;
  distribution: "triangular";
  /** The spread of single-number estimates: the default, or calibrated from the plan's finished tasks. */
  spread: SpreadInfo;
  /** Unnamed people working the tasks without an owner: the setting, or as many as the named owners. */
  people: { unnamed: number; owners: number; source: "settings" | "owners" };
  runs: number;
  seed: number;
  finish: { earliest: string; p50: string; p85: string; latest: string };
  /** Share of runs that finish on or before the target date. */
  pTarget: number | null;
  criticalPath: string[];
  cycles: string[][];
  unestimated: number;
  phases: RoadmapPhase[];
  tasks: RoadmapTask[];
  decisions: RoadmapDecision[];
}

export interface RoadmapPhase {
  id: string;
  title: string;
  window: { from: string; to: string } | null;
  start: string | null;
  finish: string | null;
  p50: string | null;
  p85: string | null;
  slipping: boolean;
  /** Tasks of a dated phase that do not fit its window. */
  overflow: number;
  progress: { tasksDone: number; tasks: number; hoursDone: number; hours: number };
}

export interface RoadmapTask {
  id: string;
  phaseId: string;
  title: string;
  key: string | null;
  status: TaskStatus;
  owner: string | null;
  /** Who works it in the schedule: the owner or an unnamed person. */
  worker: string | null;
  start: string | null;
  finish: string | null;
  /** Working days of slack in the P50 run. */
  float: number | null;
  critical: boolean;
  criticality: number;
  estimated: boolean;
  slipping: boolean;
  overflow: boolean;
  dependsOn: string[];
  heldBy: string[];
  external: string[];
}

export interface RoadmapDecision {
  id: string;
  title: string;
  status: "open" | "decided";
  due: string | null;
  holds: string[];
}

export function buildRoadmap(input: ScheduleInput, options: ForecastOptions = {}): Roadmap {
  const compiled = compile(input);
  return describe(input, compiled, runForecast(compiled, options));
}

/** buildRoadmap that yields to the event loop during the Monte Carlo (for servers). */
export async function buildRoadmapAsync(input: ScheduleInput, options: ForecastOptions = {}): Promise<Roadmap> {
  const compiled = compile(input);
  return describe(input, compiled, await runForecastAsync(compiled, options));
}

function describe(input: ScheduleInput, c: Compiled, f: ForecastCore): Roadmap {
  const cal = c.calendar;
  const m = c.model;
  const nodeOf = new Int32Array(input.tasks.length).fill(-1);
  m.task.forEach((t, i) => t >= 0 && (nodeOf[t] = i));
  const run = f.p50Run;
  const onPath = new Set(f.p50Run.path);
  const today = c.origin;
  // A baseline leaves out tasks created since; a dependency on one of them is not listed.
  const known = new Set(input.tasks.map((t) => t.id));
  const tasks: RoadmapTask[] = input.tasks.map((t, ti) => {
    const i = nodeOf[ti]!;
    const win = c.windows[t.phase] ?? null;
    const scheduled = i >= 0;
    const done = c.done[ti] === 1;
    return {
      id: t.id,
      phaseId: input.phases[t.phase]!.id,
      title: t.title,
      key: t.key,
      status: t.status,
      owner: t.owner,
      worker: scheduled && m.worker[i]! >= 0 ? m.workerNames[m.worker[i]!]! : null,
      start: scheduled ? dateAt(cal, run.start[i]!) : null,
      finish: scheduled ? finishDate(cal, run.start[i]!, run.finish[i]!) : null,
      float: scheduled && !done ? round2(run.lateFinish[i]! - run.finish[i]!) : null,
      critical: onPath.has(i),
      criticality: scheduled ? round3(f.criticality[i]!) : 0,
      estimated: !c.unestimated.has(ti),
      slipping: !!win && !done && t.status !== "deferred" && win.to <= c.origin,
      overflow: !!win && scheduled && !done && run.finish[i]! > win.to + EPS,
      dependsOn: t.dependsOn.filter((id) => known.has(id)),
      heldBy: c.heldBy[ti]!.map((d) => input.decisions[d]!.id),
      external: c.external[ti]!,
    };
  });
  const phases = input.phases.map((p, pi) => describePhase(input, c, f, tasks, pi));
  const decisions: RoadmapDecision[] = input.decisions.map((d, di) => ({
    id: d.id,
    title: d.title,
    status: d.status,
    due: c.decisionDue[di] !== null ? lastDayOf(cal, c.decisionDue[di]!) : null,
    holds: input.tasks.flatMap((t, ti) => (c.heldBy[ti]!.includes(di) ? [t.id] : [])),
  }));
  return {
    today: input.today,
    startDate: dateAt(cal, 0),
    targetDate: input.settings.targetDate,
    distribution: "triangular",
    spread: c.spread,
    people: c.people,
    runs: f.runs,
    seed: f.seed,
    finish: forecastDates(c, f),
    pTarget: f.pTarget === null ? null : round3(f.pTarget),
    criticalPath: f.p50Run.path.map((i) => input.tasks[m.task[i]!]!.id),
    cycles: c.cycles,
    unestimated: c.unestimated.size,
    phases,
    tasks,
    decisions,
  };
}

/** The finish dates of a forecast: the last working day of each, today when nothing is left. */
export function forecastDates(c: Compiled, f: ForecastCore): Roadmap["finish"] {
  const cal = c.calendar;
  return {
    earliest: endDate(cal, c.origin, f.earliest),
    p50: endDate(cal, c.origin, f.p50),
    p85: endDate(cal, c.origin, f.p85),
    latest: endDate(cal, c.origin, f.latest),
  };
}

function describePhase(
  input: ScheduleInput,
  c: Compiled,
  f: ForecastCore,
  tasks: RoadmapTask[],
  pi: number,
): RoadmapPhase {
  const cal = c.calendar;
  const phase = input.phases[pi]!;
  const win = c.windows[pi] ?? null;
  const own = input.tasks.flatMap((t, ti) => (t.phase === pi && t.status !== "deferred" ? [ti] : []));
  const hoursOf = (ti: number) => {
    const e = input.tasks[ti]!.estimate;
    return e ? (e.minHours + Math.max(e.minHours, e.maxHours)) / 2 : 0;
  };
  const done = own.filter((ti) => c.done[ti] === 1);
  const starts = own.map((ti) => tasks[ti]!.start!).sort();
  const finishes = own.map((ti) => tasks[ti]!.finish!).sort();
  return {
    id: phase.id,
    title: phase.title,
    window: win ? { from: dateAt(cal, win.from), to: lastDayOf(cal, win.to) } : null,
    start: starts[0] ?? null,
    finish: finishes[finishes.length - 1] ?? null,
    p50: own.length && f.phaseP50[pi] !== null ? lastDayOf(cal, f.phaseP50[pi]!) : null,
    p85: own.length && f.phaseP85[pi] !== null ? lastDayOf(cal, f.phaseP85[pi]!) : null,
    slipping: !!win && own.length > done.length && win.to <= c.origin,
    overflow: own.filter((ti) => tasks[ti]!.overflow).length,
    progress: {
      tasksDone: done.length,
      tasks: own.length,
      hoursDone: round2(done.reduce((s, ti) => s + hoursOf(ti), 0)),
      hours: round2(own.reduce((s, ti) => s + hoursOf(ti), 0)),
    },
  };
}

// `+ 0` turns -0 into 0: JSON has no -0, and the roadmap should read the same after a round trip.
const round2 = (x: number) => Math.round(x * 100) / 100 + 0;
const round3 = (x: number) => Math.round(x * 1000) / 1000 + 0;
const finishDate = (cal: Calendar, start: number, finish: number) =>
  finish - start < EPS ? dateAt(cal, start) : lastDayOf(cal, finish);
const endDate = (cal: Calendar, origin: number, end: number) =>
  end <= origin + EPS ? dateAt(cal, origin) : lastDayOf(cal, end);
