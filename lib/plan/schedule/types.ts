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
}

export interface SchedulePhaseInput {
  id: string;
  title: string;
  key: string | null;
  weeks: { from: number; to: number } | null;
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
  unnamedPeople: number;
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
}

export interface ForecastOptions {
  runs?: number;
  seed?: number;
}

export const DEFAULT_RUNS = 2000;
export const DEFAULT_SEED = 20261201;
export const DEFAULT_HOURS_PER_WEEK = 30;
/** The estimate of a task without one when no task of the plan has one either. */
export const FALLBACK_ESTIMATE = { minHours: 4, maxHours: 8 };
