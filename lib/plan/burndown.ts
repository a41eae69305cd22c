import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";
import type { Estimate, Status } from "./contract";
import { dayIn, DEFAULT_TIME_ZONE } from "./day-in-zone";

/**
 * Remaining hours day by day, rebuilt backwards from the plan as it is now through the activity
 * log: each logged status or estimate change is undone in turn, so a day's point is what was
 * still open at its end. Pure (the server feeds it rows; tests feed it generated histories).
 */

export type BurndownTask = { id: string; status: Status; estimate: Pick<Estimate, "minHours" | "maxHours"> | null };

export type BurndownEvent = {
  /** ISO timestamp of the change. */
  at: string;
  taskId: string;
  /** "task.created" removes the task before `at`; "task.updated" restores `before`. */
  action: "task.created" | "task.updated";
  before: { status?: Status; estimate?: Pick<Estimate, "minHours" | "maxHours"> | null };
};

export type BurndownPoint = { date: string; remaining: number };

/** Work that still has to be done: open, started and blocked tasks (deferred is out of scope). */
export function isOpenStatus(status: Status): boolean {
  return status !== "done" && status !== "deferred";
}

/** The middle of a task's estimate; an unestimated task counts 0 (its share is shown apart). */
export function taskHours(estimate: BurndownTask["estimate"]): number {
  return estimate ? (estimate.minHours + estimate.maxHours) / 2 : 0;
}

export function remainingHours(tasks: Iterable<BurndownTask>): number {
  let sum = 0;
  for (const t of tasks) if (isOpenStatus(t.status)) sum += taskHours(t.estimate);
  return round1(sum);
}

/**
 * Days from `from` to `to` (yyyy-mm-dd, both included), at most `maxDays` ending at `to`. Days are
 * calendar days in `timeZone` (the workspace's): a change at 23:30 in Berlin counts on its own day.
 */
export function burndownSeries(
  tasks: BurndownTask[],
  events: BurndownEvent[],
  from: string,
  to: string,
  { maxDays = 366, timeZone = DEFAULT_TIME_ZONE }: { maxDays?: number; timeZone?: string } = {},
): BurndownPoint[] {
  const state = new Map<string, BurndownTask>(tasks.map((t) => [t.id, { ...t }]));
  const newestFirst = [...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const days = Math.min(Math.max(0, differenceInCalendarDays(parseISO(to), parseISO(from))), maxDays - 1);
  const start = addDays(parseISO(to), -days);
  const points: BurndownPoint[] = [];
  let next = 0;
  for (let d = days; d >= 0; d--) {
    const date = format(addDays(start, d), "yyyy-MM-dd");
    // Undo every change made after the end of this day.
    while (next < newestFirst.length && dayIn(newestFirst[next]!.at, timeZone) > date)
      undo(state, newestFirst[next++]!);
    points.push({ date, remaining: remainingHours(state.values()) });
  }
  return points.reverse();
}

function undo(state: Map<string, BurndownTask>, e: BurndownEvent) {
  if (e.action === "task.created") {
    state.delete(e.taskId);
    return;
  }
  const t = state.get(e.taskId);
  if (!t) return;
  if (e.before.status !== undefined) t.status = e.before.status;
  if (e.before.estimate !== undefined) t.estimate = e.before.estimate;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
