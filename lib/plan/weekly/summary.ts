import { burndownSeries, taskHours, type BurndownEvent } from "@/lib/plan/burndown";
import type { ApiItem, ApiPlan, ApiTask, Estimate, Status } from "@/lib/plan/contract";
import { allItems, allTasks } from "@/lib/plan/items";
import { dayIn } from "@/lib/plan/day-in-zone";
import { meets } from "@/lib/plan/tracking";
import type { Roadmap } from "@/lib/plan/schedule";
import { computeStatus, STATUS_RULE } from "./status";
import type { StatusOverride, WeeklyActivity, WeeklySummary } from "./types";
import { shiftWeek, weekDay, type IsoWeek } from "./week";

export interface WeeklyInput {
  plan: ApiPlan;
  week: IsoWeek;
  /** Every row of the week, and the task changes (task.updated, task.created) from the start of the week before to now; any order. */
  activity: WeeklyActivity[];
  /** The forecast at the end of the week and at its start (null for a plan younger than that). */
  now: Roadmap;
  then: Roadmap | null;
  /** The moment of the request: whether the next week has begun (and can be linked). */
  clock: Date;
  /** The owner's status of this week, if one was set. */
  override?: StatusOverride | null;
}

const taskRef = (t: ApiTask) => ({ id: t.id, title: t.title, key: t.key ?? null });
const estimateText = (e: Pick<Estimate, "minHours" | "maxHours"> | null | undefined) =>
  !e ? "none" : e.minHours === e.maxHours ? `${e.minHours}h` : `${e.minHours}-${e.maxHours}h`;

/** The weekly summary of a plan: what happened in the week, the forecast, and what comes next. Pure. */
export function buildWeeklySummary(input: WeeklyInput): WeeklySummary {
  const { plan, week, now } = input;
  const from = week.start.toISOString();
  const to = week.end.toISOString();
  const inWeek = input.activity
    .filter((a) => a.at >= from && a.at < to)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const tasks = new Map(allTasks(plan).map((t) => [t.id, t]));
  const items = itemIndex(plan);
  const changes = taskChanges(inWeek, tasks);
  const done = changes.done.map(({ task, who }) => ({ ...taskRef(task), ...who, hours: taskHours(task.estimate) }));
  const roadmapTasks = new Map(now.tasks.map((t) => [t.id, t]));
  const openTask = (id: string) => {
    const t = tasks.get(id);
    return t && t.status !== "done" && t.status !== "deferred" ? t : null;
  };
  // Overdue and past due are judged on the week's last day, or today in a running week: a task due on Friday is not late on Tuesday.
  const asOf = minDay(week.lastDay, weekDay(input.clock, week.timeZone));
  const computed = computeStatus({
    asOf,
    targetDate: now.targetDate,
    p50: now.finish.p50,
    p85: now.finish.p85,
    criticalTasks: now.criticalPath.flatMap((id) =>
      openTask(id) ? [{ title: tasks.get(id)!.title, finish: roadmapTasks.get(id)?.finish ?? null }] : [],
    ),
    blockedUrgent: [...tasks.values()]
      .filter((t) => t.status === "blocked" && (t.priority === "P0" || t.priority === "P1"))
      .map((t) => ({ title: t.title, priority: t.priority! })),
    openDecisions: now.decisions.filter((d) => d.status === "open").map((d) => ({ title: d.title, due: d.due })),
  });
  const override = input.override ?? null;
  return {
    planId: plan.id,
    title: plan.title,
    week: { label: week.label, firstDay: week.firstDay, lastDay: week.lastDay, timeZone: week.timeZone },
    previous: shiftWeek(week, -1).label,
    next: shiftWeek(week, 1).label,
    nextStarted: shiftWeek(week, 1).start <= input.clock,
    status: override?.status ?? computed.status,
    computed,
    override,
    rule: STATUS_RULE,
    targetDate: now.targetDate,
    forecast: {
      then: input.then ? { p50: input.then.finish.p50, p85: input.then.finish.p85 } : null,
      now: { p50: now.finish.p50, p85: now.finish.p85 },
    },
    done: {
      tasks: done,
      items: checkedItems(inWeek, items),
      hoursBurned: round1(done.reduce((s, t) => s + t.hours, 0)),
    },
    started: changes.started,
    added: changes.added,
    removed: changes.removed,
    reestimated: changes.reestimated,
    slipped: slipped(plan, now, week),
    decisions: decisionsOf(plan, now, inWeek, asOf),
    metrics: metricsOf(plan, week),
    nextWeek: nextWeek(now, week),
    blocked: [...tasks.values()]
      .filter((t) => t.status === "blocked")
      .map((t) => ({ ...taskRef(t), priority: t.priority ?? null, owner: t.owner ?? null })),
    burndown: burndown(plan, input.activity, shiftWeek(week, -1).firstDay, week.lastDay, week.timeZone),
  };
}

function itemIndex(plan: ApiPlan): Map<string, { item: ApiItem; task: string | null }> {
  const index = new Map<string, { item: ApiItem; task: string | null }>();
  for (const i of allItems(plan)) index.set(i.id, { item: i, task: null });
  for (const t of allTasks(plan))
    for (const i of [...t.checklist, ...t.criteria]) index.set(i.id, { item: i, task: t.title });
  return index;
}

/** The week's task changes, oldest first; a task counts as done or started by its last status change of the week. */
function taskChanges(rows: WeeklyActivity[], tasks: Map<string, ApiTask>) {
  const lastStatus = new Map<string, { status: Status; who: { by: string | null; at: string } }>();
  const added: WeeklySummary["added"] = [];
  const removed: WeeklySummary["removed"] = [];
  const reestimated: WeeklySummary["reestimated"] = [];
  for (const r of rows) {
    const task = tasks.get(r.entityId);
    const who = { by: r.by, at: r.at };
    if (r.action === "task.created" && task) added.push({ ...taskRef(task), ...who });
    if (r.action === "task.removed") removed.push({ title: r.before.title, ...who });
    if (r.action !== "task.updated" || !task) continue;
    if (r.after.status !== undefined) lastStatus.set(task.id, { status: r.after.status, who });
    if ("estimate" in r.after)
      reestimated.push({
        ...taskRef(task),
        ...who,
        from: estimateText(r.before.estimate),
        to: estimateText(r.after.estimate),
      });
  }
  const done: { task: ApiTask; who: { by: string | null; at: string } }[] = [];
  const started: WeeklySummary["started"] = [];
  for (const [id, s] of lastStatus) {
    const task = tasks.get(id)!;
    if (s.status === "done") done.push({ task, who: s.who });
    if (s.status === "in_progress") started.push({ ...taskRef(task), ...s.who });
  }
  return { done, started, added, removed, reestimated };
}

function checkedItems(rows: WeeklyActivity[], items: ReturnType<typeof itemIndex>): WeeklySummary["done"]["items"] {
  const last = new Map<string, WeeklyActivity>();
  for (const r of rows) if (r.action === "item.checked" || r.action === "item.unchecked") last.set(r.entityId, r);
  return [...last.values()].flatMap((r) => {
    const hit = items.get(r.entityId);
    return r.action === "item.checked" && hit
      ? [{ id: hit.item.id, text: hit.item.text, task: hit.task, by: r.by, at: r.at }]
      : [];
  });
}

function slipped(plan: ApiPlan, now: Roadmap, week: IsoWeek): WeeklySummary["slipped"] {
  const phases = new Map(plan.phases.map((p) => [p.id, p]));
  return now.phases
    .filter((p) => p.window && p.window.to >= week.firstDay && p.window.to <= week.lastDay)
    .flatMap((p) =>
      phases
        .get(p.id)!
        .tasks.filter((t) => t.status !== "done" && t.status !== "deferred")
        .map((t) => ({ ...taskRef(t), phase: p.title, windowEnd: p.window!.to })),
    );
}

function decisionsOf(plan: ApiPlan, now: Roadmap, rows: WeeklyActivity[], asOf: string): WeeklySummary["decisions"] {
  const byId = new Map(plan.decisions.map((d) => [d.id, d]));
  const made = rows.flatMap((r) =>
    r.action === "decision.decided" && byId.has(r.entityId)
      ? [
          {
            id: r.entityId,
            title: byId.get(r.entityId)!.title,
            choice: r.after.chosen,
            rationale: r.after.rationale,
            by: r.by,
            at: r.at,
          },
        ]
      : [],
  );
  const due = now.decisions
    .filter((d) => d.status === "open" && d.due && d.due <= asOf)
    .map((d) => ({ id: d.id, title: d.title, due: d.due!, overdue: d.due! < asOf }));
  return { made, due };
}

function metricsOf(plan: ApiPlan, week: IsoWeek): WeeklySummary["metrics"] {
  const end = week.end.toISOString();
  const start = week.start.toISOString();
  return plan.metrics.map((m) => {
    const series = m.measurements
      .filter((x) => x.measuredAt < end)
      .map((x) => ({ at: x.measuredAt, value: x.value }))
      .sort((a, b) => (a.at < b.at ? -1 : 1));
    const latest = series.at(-1) ?? null;
    const before = series.filter((x) => x.at < start).at(-1) ?? null;
    return {
      id: m.id,
      name: m.name,
      target: m.target,
      latest,
      change: latest && before && latest !== before ? round1(latest.value - before.value) : null,
      met: latest ? meets(latest.value, m.target) : null,
      series,
    };
  });
}

function nextWeek(now: Roadmap, week: IsoWeek): WeeklySummary["nextWeek"] {
  const next = shiftWeek(week, 1);
  return now.tasks
    .filter(
      (t) =>
        t.status !== "done" &&
        t.status !== "deferred" &&
        t.start &&
        t.start <= next.lastDay &&
        (t.finish ?? t.start) >= next.firstDay,
    )
    .sort((a, b) => Number(b.critical) - Number(a.critical) || (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0))
    .map((t) => ({
      id: t.id,
      title: t.title,
      key: t.key,
      start: t.start!,
      finish: t.finish,
      critical: t.critical,
      owner: t.owner,
    }));
}

function burndown(plan: ApiPlan, rows: WeeklyActivity[], from: string, to: string, timeZone: string) {
  const events: BurndownEvent[] = rows.flatMap((r) =>
    r.action === "task.updated" || r.action === "task.created"
      ? [{ at: r.at, taskId: r.entityId, action: r.action, before: r.action === "task.updated" ? r.before : {} }]
      : [],
  );
  // The series replays backwards from now, so it needs the changes after `to` as well.
  const series = burndownSeries(allTasks(plan), events, from, maxDay(rows, to, timeZone), { timeZone });
  return series.filter((p) => p.date <= to);
}

const maxDay = (rows: WeeklyActivity[], to: string, timeZone: string) =>
  rows.reduce((m, r) => {
    const day = dayIn(r.at, timeZone);
    return day > m ? day : m;
  }, to);
const minDay = (a: string, b: string) => (a < b ? a : b);
const round1 = (n: number) => Math.round(n * 10) / 10;
