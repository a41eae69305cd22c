import { namedOwners } from "./nodes";
import { buildRoadmap, type Roadmap } from "./roadmap";
import type { ForecastOptions, ScheduleInput, TaskPriority } from "./types";

/** A change to try on the forecast without saving it (the roadmap's what-if). */
export interface WhatIf {
  /** More people for the tasks without an owner ("add one person": 1). */
  addPeople?: number;
  /** Leave out the open tasks of these priorities ("drop P3 tasks": ["P3"]). */
  drop?: TaskPriority[];
  /** Every estimate at its minimum, single-number ones without spread. */
  narrow?: boolean;
  /** Another target date (yyyy-mm-dd). */
  targetDate?: string;
}

export const isEmptyWhatIf = (w: WhatIf) => !w.addPeople && !w.drop?.length && !w.narrow && !w.targetDate;

const CERTAIN = { lo: 1, mode: 1, hi: 1 };

/** The plan with the what-if applied. */
export function applyWhatIf(input: ScheduleInput, w: WhatIf): ScheduleInput {
  const { settings } = input;
  const people = settings.unnamedPeople ?? Math.max(1, namedOwners(input.tasks).length);
  const drop = new Set(w.drop ?? []);
  return {
    ...input,
    settings: {
      ...settings,
      unnamedPeople: w.addPeople ? people + w.addPeople : settings.unnamedPeople,
      targetDate: w.targetDate ?? settings.targetDate,
    },
    tasks: input.tasks.map((t) => {
      const dropped = t.priority !== null && drop.has(t.priority) && t.status !== "done";
      const estimate =
        w.narrow && t.estimate ? { minHours: t.estimate.minHours, maxHours: t.estimate.minHours } : t.estimate;
      return dropped || estimate !== t.estimate ? { ...t, status: dropped ? "deferred" : t.status, estimate } : t;
    }),
    ...(w.narrow ? { pointSpread: CERTAIN } : {}),
  };
}

/** What the roadmap page compares: the finish, the target and its chance, the people and the work left. */
export interface ForecastSummary {
  finish: Roadmap["finish"];
  targetDate: string | null;
  pTarget: number | null;
  people: Roadmap["people"];
  spread: Roadmap["spread"];
  /** Open tasks the forecast schedules. */
  openTasks: number;
  criticalPath: number;
}

export function summarizeRoadmap(r: Roadmap): ForecastSummary {
  return {
    finish: r.finish,
    targetDate: r.targetDate,
    pTarget: r.pTarget,
    people: r.people,
    spread: r.spread,
    // Float is null for a done task (or one of a complete phase) and for one not scheduled.
    openTasks: r.tasks.filter((t) => t.float !== null).length,
    criticalPath: r.criticalPath.length,
  };
}

/** The forecast with the what-if beside the current one (same seed and runs). */
export function compareWhatIf(
  input: ScheduleInput,
  w: WhatIf,
  options: ForecastOptions = {},
): { current: ForecastSummary; whatIf: ForecastSummary } {
  return {
    current: summarizeRoadmap(buildRoadmap(input, options)),
    whatIf: summarizeRoadmap(buildRoadmap(applyWhatIf(input, w), options)),
  };
}
