/** Input of the schedule: a plan reduced to what scheduling needs (see README, "The roadmap"). */

export type TaskStatus = "todo" | "in_progress" | "done" | "blocked" | "deferred";
export type TaskPriority = "P0" | "P1" | "P2" | "P3";

export interface ScheduleTaskInput {
  id: string;
  key: string | null;
  title: string;
  /** Index into `phases`. */
  phase: number;
  priority: TaskPriority | null;
  status: TaskStatus;
  estimate: { minHours: number; maxHours: number } | null;
  owner: string | null;
  /** Ids of the tasks this one waits for. */
  dependsOn: string[];
  /** Dependencies that name no task, as written: a decision, a phase (`Phase 1 complete`) or anything else. */
  waitsFor: string[];
  /** Date (yyyy-mm-dd) the task was marked done, if known. */
  completedOn: string | null;
  /** Checklist progress; an unfinished task has the unticked share of its estimate left. */
  items: { done: number; total: number };
  /**
   * A done task's working days from start to done (the activity log: the change to in progress,
   * then to done); null or absent when unknown. The plan's own history calibrates the spread of
   * single-number estimates (spread.ts).
   */
  worked?: number | null;
}

export interface SchedulePhaseInput {
  id: string;
  title: string;
  key: string | null;
  weeks: { from: number; to: number } | null;
  /** The plan says the phase is complete (its status, its title, the plan's `Status:`): its tasks count as done. */
  complete?: boolean;
}

export interface ScheduleDecisionInput {
  id: string;
  title: string;
  status: "open" | "decided";
  dueBy: string | null;
}

export interface RoadmapSettings {
  /** yyyy-mm-dd; week 1 of the plan starts here. */
  startDate: string;
  /** yyyy-mm-dd or null. */
  targetDate: string | null;
  hoursPerWeek: number;
  /** People who work the tasks without an owner; null: as many as the plan has named owners (at least 1). */
  unnamedPeople: number | null;
  /** Hours per week of named owners that differ from `hoursPerWeek`. */
  ownerHours: Record<string, number>;
}

export interface ScheduleInput {
  phases: SchedulePhaseInput[];
  tasks: ScheduleTaskInput[];
  decisions: ScheduleDecisionInput[];
  settings: RoadmapSettings;
  /** Today's date (yyyy-mm-dd) in the workspace's time zone. */
  today: string;
  /**
   * The day the plan was imported: a completion on that day is the import's (a task ticked in
   * the file), so a done task of a dated phase whose window had ended sits in its window.
   */
  importedOn?: string | null;
  /** The spread of single-number estimates; absent: calibrated from the plan's history, else the default. */
  pointSpread?: PointSpread;
}

/**
 * How a single-number estimate is spread: triangular from `lo` to `hi` times the estimate, most
 * likely at `mode` times it.
 */
export interface PointSpread {
  lo: number;
  mode: number;
  hi: number;
}

/**
 * The default spread of a single-number estimate: right-skewed, 0.8x to 2x, most likely the
 * estimate itself (median 1.23x, mean 1.27x). Tasks overrun their estimates more often and by
 * more than they underrun them; a point estimate is read as the most likely value.
 */
export const DEFAULT_POINT_SPREAD: PointSpread = { lo: 0.8, mode: 1, hi: 2 };
/** Below this many finished tasks with a measured duration the plan's history does not calibrate the spread. */
export const MIN_CALIBRATION_TASKS = 8;

export interface ForecastOptions {
  runs?: number;
  seed?: number;
}

export const DEFAULT_RUNS = 2000;
export const DEFAULT_SEED = 20261201;
export const DEFAULT_HOURS_PER_WEEK = 30;
/** The estimate of a task without one when no task of the plan has one either. */
export const FALLBACK_ESTIMATE = { minHours: 4, maxHours: 8 };
