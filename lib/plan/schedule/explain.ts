import { runForecast } from "./forecast";
import { compile } from "./model";
import { forecastDates } from "./roadmap";
import type { ForecastOptions, SchedulePhaseInput, ScheduleInput, ScheduleTaskInput } from "./types";

/**
 * Why a forecast moved between two states of a plan (a week ago and now): the changes are
 * replayed one kind at a time, in a fixed order, from the old state to the new one, forecasting
 * after each (same seed and runs, so the same state always gives the same numbers). Each part is
 * what its step moved the P50 and P85 finish, in calendar days; they add up to the whole move
 * exactly, because the steps lead from the one state to the other. The order:
 *
 *  1. time: only today moves (remaining work cannot start in the past);
 *  2. scope: tasks added and removed (a new phase comes with its tasks);
 *  3. estimates: the estimates of tasks in both states;
 *  4. plan: dependencies, owners, priorities, phases and their dates, decisions, settings;
 *  5. work: status, completion, ticked checklists (and with them the spread the history gives).
 *
 * A later step sees the earlier ones done: what two kinds of change do together is the later one's.
 */
export type MoveKind = "time" | "scope" | "estimates" | "plan" | "work";
export const MOVE_KINDS: readonly MoveKind[] = ["time", "scope", "estimates", "plan", "work"];

export interface FinishPair {
  p50: string;
  p85: string;
}

export interface MovePart {
  kind: MoveKind;
  /** Calendar days the step moved the P50 / P85 finish (positive: later). */
  p50: number;
  p85: number;
}

export interface Move {
  from: FinishPair;
  to: FinishPair;
  /** Calendar days from `from` to `to`: the sum of the parts. */
  total: { p50: number; p85: number };
  parts: MovePart[];
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
export const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);

/** The P50 and P85 finish dates of a state, as the roadmap states them. */
export function finishOf(input: ScheduleInput, options: ForecastOptions = {}): FinishPair {
  const c = compile(input);
  const { p50, p85 } = forecastDates(c, runForecast(c, options));
  return { p50, p85 };
}

/** The states between `from` and `to`, one per kind (the last one is `to`). */
export function replaySteps(from: ScheduleInput, to: ScheduleInput): ScheduleInput[] {
  const time: ScheduleInput = { ...from, today: to.today };
  const merged = mergePhases(from.phases, to.phases);
  const fromById = new Map(from.tasks.map((t) => [t.id, t]));
  const toById = new Map(to.tasks.map((t) => [t.id, t]));
  const fromPhaseId = (t: ScheduleTaskInput) => from.phases[t.phase]!.id;
  const toPhaseId = (t: ScheduleTaskInput) => to.phases[t.phase]!.id;
  const order = mergeOrder(from.tasks, to.tasks, false);
  // Tasks in both states keep their old fields; added tasks come as they are now.
  const base = (t: ScheduleTaskInput, phases: Map<string, number>): ScheduleTaskInput => {
    const old = fromById.get(t.id);
    return old ? { ...old, phase: phases.get(fromPhaseId(old))! } : { ...t, phase: phases.get(toPhaseId(t))! };
  };
  const scopeTasks = order.map((t) => base(t, merged.index));
  const scope: ScheduleInput = { ...time, phases: merged.phases, tasks: scopeTasks };
  const estimates: ScheduleInput = {
    ...scope,
    tasks: scopeTasks.map((t) => (fromById.has(t.id) ? { ...t, estimate: toById.get(t.id)!.estimate } : t)),
  };
  const toIndex = new Map(to.phases.map((p, i) => [p.id, i]));
  const plan: ScheduleInput = {
    ...to,
    tasks: to.tasks.map((t) => {
      const old = fromById.get(t.id);
      if (!old) return t;
      const { status, completedOn, items, worked } = old;
      return { ...t, phase: toIndex.get(toPhaseId(t))!, status, completedOn, items, worked };
    }),
  };
  return [time, scope, estimates, plan, to];
}

/**
 * The move from `from` to `to`, in parts. `known` gives the endpoints' finish when the caller
 * has them (the roadmap and its baseline): they are what these options give, so they are not
 * computed again. A step that changes nothing moves nothing and is not forecast.
 */
export function explainMove(
  from: ScheduleInput,
  to: ScheduleInput,
  options: ForecastOptions = {},
  known: { from?: FinishPair; to?: FinishPair } = {},
): Move {
  const steps = replaySteps(from, to);
  const start = known.from ?? finishOf(from, options);
  let prev = start;
  let prevState = JSON.stringify(from);
  const parts = steps.map((state, k): MovePart => {
    const last = k === steps.length - 1;
    const json = JSON.stringify(state);
    const same = json === prevState;
    prevState = json;
    const at = same ? prev : last && known.to ? known.to : finishOf(state, options);
    const part = { kind: MOVE_KINDS[k]!, p50: daysBetween(prev.p50, at.p50), p85: daysBetween(prev.p85, at.p85) };
    prev = at;
    return part;
  });
  return {
    from: start,
    to: prev,
    total: { p50: daysBetween(start.p50, prev.p50), p85: daysBetween(start.p85, prev.p85) },
    parts,
  };
}

/**
 * Phases of both states: the old ones in their order with their old dates, the new ones
 * inserted after the phase they follow now. Removed phases stay (empty once their tasks are
 * gone) until the plan step takes the new list.
 */
function mergePhases(from: SchedulePhaseInput[], to: SchedulePhaseInput[]) {
  const phases = mergeOrder(from, to, true);
  return { phases, index: new Map(phases.map((p, i) => [p.id, i])) };
}

/**
 * The old items in their old order (the removed ones too when `keepRemoved`), each new item
 * placed after the item it follows in `to` (at the start when it follows none).
 */
function mergeOrder<T extends { id: string }>(from: T[], to: T[], keepRemoved: boolean): T[] {
  const toIds = new Set(to.map((x) => x.id));
  const fromIds = new Set(from.map((x) => x.id));
  const after = new Map<string, T[]>();
  const head: T[] = [];
  let anchor: string | null = null;
  for (const x of to) {
    if (fromIds.has(x.id)) {
      anchor = x.id;
      continue;
    }
    if (anchor === null) head.push(x);
    else after.set(anchor, [...(after.get(anchor) ?? []), x]);
  }
  const out = [...head];
  for (const x of from) {
    if (keepRemoved || toIds.has(x.id)) out.push(x);
    out.push(...(after.get(x.id) ?? []));
  }
  return out;
}

/**
 * One week of a plan's forecast history (GET /api/plans/:id/roadmap/history): the P50 and P85 at
 * the week's end (for the running week, now), the same a week earlier, and why it moved.
 */
export interface ForecastWeek {
  /** ISO week, e.g. 2026-W49. */
  week: string;
  /** The day the forecast is of: the week's last day, or today for the running week. */
  asOf: string;
  /** False for the running week: its numbers change until it ends. */
  complete: boolean;
  p50: string;
  p85: string;
  targetDate: string | null;
  /** Share of runs that finish by the target. */
  pTarget: number | null;
  /** The forecast of the plan as it stood seven days earlier; null for a plan younger than that. */
  then: FinishPair | null;
  /** Why it moved from `then`, in parts that add up to the move; null without `then`. */
  move: Move | null;
}
