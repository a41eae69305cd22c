import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { lastDayOf, makeCalendar, parseIsoDate } from "./calendar";
import type { RoadmapSettings, ScheduleInput, ScheduleTaskInput, TaskPriority, TaskStatus } from "./types";
import { targetFromMeta } from "./windows";

/** The parts of a Plan JSON (engine output or the API's plan with ids) that the schedule reads. */
export interface PlanLike {
  meta: Record<string, string>;
  phases: {
    id?: string;
    title: string;
    key: string | null;
    weeks: { from: number; to: number } | null;
    tasks: {
      id?: string;
      key: string | null;
      title: string;
      priority: TaskPriority | null;
      status: TaskStatus;
      estimate: { minHours: number; maxHours: number } | null;
      owner: string | null;
      dependsOn: string[];
      /** The API's resolved dependencies; without them `dependsOn` keys are matched to task keys. */
      dependencies?: { text: string; taskId: string | null }[];
      completedAt?: string | null;
      checklist: { done: boolean }[];
    }[];
  }[];
  decisions: { id?: string; title: string; status: "open" | "decided"; dueBy: string | null }[];
}

const START_META_KEYS = ["start date", "start", "kickoff", "date"];

/** The plan's start: a `Start Date:` (or `Date:`) in its meta when it is an ISO date, else `fallback`. */
export function defaultStartDate(meta: Record<string, string>, fallback: string): string {
  const lower = new Map(Object.entries(meta).map(([k, v]) => [k.trim().toLowerCase(), v.trim()]));
  for (const key of START_META_KEYS) {
    const v = lower.get(key);
    if (v && parseIsoDate(v)) return v;
  }
  return fallback;
}

/** The last day of the window the meta names as target (`Target Deployment: Q2 2026`), or null. */
export function defaultTargetDate(meta: Record<string, string>, startDate: string): string | null {
  const cal = makeCalendar(startDate);
  const to = targetFromMeta(cal, meta);
  return to === null ? null : lastDayOf(cal, to);
}

export function scheduleInputFromPlan(
  plan: PlanLike,
  settings: RoadmapSettings,
  today: string,
  timeZone = "UTC",
): ScheduleInput {
  const flat = plan.phases.flatMap((p, pi) => p.tasks.map((t, k) => ({ t, pi, id: t.id ?? `t${pi}.${k}` })));
  const idByKey = new Map<string, string>();
  for (const { t, id } of flat) if (t.key && !idByKey.has(t.key)) idByKey.set(t.key, id);
  const tasks: ScheduleTaskInput[] = flat.map(({ t, pi, id }) => {
    const deps = t.dependencies ?? t.dependsOn.map((text) => ({ text, taskId: idByKey.get(text) ?? null }));
    return {
      id,
      key: t.key,
      title: t.title,
      phase: pi,
      priority: t.priority,
      status: t.status,
      estimate: t.estimate,
      owner: t.owner,
      dependsOn: deps.flatMap((d) => (d.taskId ? [d.taskId] : [])),
      waitsFor: deps.flatMap((d) => (d.taskId ? [] : [d.text])),
      completedOn: t.completedAt ? format(new TZDate(t.completedAt, timeZone), "yyyy-MM-dd") : null,
      items: { done: t.checklist.filter((i) => i.done).length, total: t.checklist.length },
    };
  });
  return {
    phases: plan.phases.map((p, pi) => ({ id: p.id ?? `p${pi}`, title: p.title, key: p.key, weeks: p.weeks })),
    tasks,
    decisions: plan.decisions.map((d, di) => ({
      id: d.id ?? `d${di}`,
      title: d.title,
      status: d.status,
      dueBy: d.dueBy,
    })),
    settings,
    today,
  };
}
