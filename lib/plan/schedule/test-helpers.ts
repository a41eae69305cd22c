import type { PointSpread, RoadmapSettings, ScheduleInput, ScheduleTaskInput } from "./types";

/** No spread: a single-number estimate is taken as certain. */
export const CERTAIN: PointSpread = { lo: 1, mode: 1, hi: 1 };

/** Builders for schedule tests: a task of `hours` (min = max) takes hours / 6 working days at 30 h/week. */
export type TaskSpec = Partial<ScheduleTaskInput> & { id: string; hours?: number | [number, number] };

export function task(spec: TaskSpec): ScheduleTaskInput {
  const { hours, ...rest } = spec;
  const estimate =
    hours === undefined
      ? { minHours: 6, maxHours: 6 }
      : typeof hours === "number"
        ? { minHours: hours, maxHours: hours }
        : { minHours: hours[0], maxHours: hours[1] };
  return {
    key: null,
    title: spec.id,
    phase: 0,
    priority: null,
    status: "todo",
    estimate,
    owner: null,
    dependsOn: [],
    waitsFor: [],
    completedOn: null,
    items: { done: 0, total: 0 },
    ...rest,
  };
}

export function input(
  tasks: TaskSpec[],
  extra: Partial<Omit<ScheduleInput, "tasks" | "settings">> & { settings?: Partial<RoadmapSettings> } = {},
): ScheduleInput {
  return {
    phases: extra.phases ?? [{ id: "p0", title: "Work", key: null, weeks: null }],
    decisions: extra.decisions ?? [],
    tasks: tasks.map(task),
    // 2026-11-02 is a Monday.
    settings: {
      startDate: "2026-11-02",
      targetDate: null,
      hoursPerWeek: 30,
      unnamedPeople: 1,
      ownerHours: {},
      ...extra.settings,
    },
    today: extra.today ?? "2026-11-02",
    importedOn: extra.importedOn ?? null,
    // The rule's tests place single-number estimates exactly; the spread has its own tests.
    pointSpread: "pointSpread" in extra ? extra.pointSpread : CERTAIN,
  };
}
