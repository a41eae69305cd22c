import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { WORDS } from "@/lib/markdown/vocabulary";
import { lastDayOf, makeCalendar, parseIsoDate } from "./calendar";
import { workedDays } from "./spread";
import type { RoadmapSettings, ScheduleInput, ScheduleTaskInput, TaskPriority, TaskStatus } from "./types";
import { targetFromMeta } from "./windows";

/** The parts of a Plan JSON (engine output or the API's plan with ids) that the schedule reads. */
export interface PlanLike {
  meta: Record<string, string>;
  /** When the plan was imported (ISO instant): a completion that day is the import's. */
  createdAt?: string;
  phases: {
    id?: string;
    title: string;
    key: string | null;
    weeks: { from: number; to: number } | null;
    status?: TaskStatus;
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
      /** When the task last went in progress before it was done (the activity log), if it did. */
      startedAt?: string | null;
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

const DONE = `(?:${WORDS.titleStatus.done.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;
const B = String.raw`(?<![\p{L}\p{N}_])`;
const A = String.raw`(?![\p{L}\p{N}_])`;
/** `… (Q3 2025) ✅ Complete`, `… — done`, `Completed: Phase 1A`. */
const TITLE_DONE = new RegExp(String.raw`(?:^|[\s(\[—–:|-])${DONE}${A}[\s)\]!.✅]*$|^${DONE}\s*[:\-–—]`, "iu");
/** `Status: Phase 1 complete, Phase 2 in progress`; `Phases 1-2 done`. */
const META_DONE = new RegExp(
  String.raw`${B}phases?\s+(\d+[a-z]?)(?:\s*(?:-|–|to|and|&)\s*(\d+))?\s+(?:(?:is|are)\s+)?${DONE}${A}`,
  "giu",
);

/** Keys of the phases that the plan's meta says are complete (`Status: Phase 1 complete`). */
function phasesDoneInMeta(meta: Record<string, string>): Set<string> {
  const keys = new Set<string>();
  for (const value of Object.values(meta)) {
    for (const m of value.matchAll(META_DONE)) {
      const a = m[1]!.toLowerCase();
      keys.add(a);
      if (m[2] && /^\d+$/.test(a))
        for (let k = Number(a) + 1; k <= Math.min(Number(m[2]), Number(a) + 50); k++) keys.add(String(k));
    }
  }
  return keys;
}

/** The plan says the phase is complete: its status (the engine's reading), its title, or the plan's meta. */
export function phaseSaysComplete(
  phase: { title: string; key: string | null; status?: TaskStatus },
  doneInMeta: Set<string>,
): boolean {
  if (phase.status === "done") return true;
  if (TITLE_DONE.test(phase.title)) return true;
  return phase.key !== null && doneInMeta.has(phase.key.toLowerCase());
}

const dayOf = (iso: string, timeZone: string) => format(new TZDate(iso, timeZone), "yyyy-MM-dd");

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
      completedOn: t.completedAt ? dayOf(t.completedAt, timeZone) : null,
      items: { done: t.checklist.filter((i) => i.done).length, total: t.checklist.length },
      worked:
        t.status === "done" && t.startedAt && t.completedAt
          ? workedDays(new Date(t.startedAt), new Date(t.completedAt), timeZone)
          : null,
    };
  });
  const doneInMeta = phasesDoneInMeta(plan.meta);
  return {
    phases: plan.phases.map((p, pi) => ({
      id: p.id ?? `p${pi}`,
      title: p.title,
      key: p.key,
      weeks: p.weeks,
      complete: phaseSaysComplete(p, doneInMeta),
    })),
    tasks,
    decisions: plan.decisions.map((d, di) => ({
      id: d.id ?? `d${di}`,
      title: d.title,
      status: d.status,
      dueBy: d.dueBy,
    })),
    settings,
    today,
    importedOn: plan.createdAt ? dayOf(plan.createdAt, timeZone) : null,
  };
}
