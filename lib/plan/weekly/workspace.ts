import type { StatusVerdict, WeeklyStatus } from "./status";
import type { StatusOverride, WeeklySummary, WeekRef } from "./types";

/** One plan's line in the workspace's weekly summary: its status and the week's headline numbers. */
export interface WorkspacePlanWeek {
  planId: string;
  title: string;
  status: WeeklyStatus;
  computed: StatusVerdict;
  override: StatusOverride | null;
  targetDate: string | null;
  forecast: WeeklySummary["forecast"];
  done: { tasks: number; items: number; hours: number };
  decisions: {
    made: { title: string; choice: string | null; by: string | null; at: string }[];
    due: { title: string; due: string; overdue: boolean }[];
  };
  /** The first few of each, with the totals: the plan's own page has the rest. */
  slipped: { items: { title: string; phase: string; windowEnd: string }[]; total: number };
  blocked: { items: { title: string; priority: string | null; owner: string | null }[]; total: number };
}

export interface WorkspaceWeekly {
  week: WeekRef & { timeZone: string };
  previous: string;
  next: string;
  nextStarted: boolean;
  counts: Record<WeeklyStatus, number>;
  /** Off track first, then at risk, then on track; by title within each. */
  plans: WorkspacePlanWeek[];
}

export const TOP = 3;
const RANK: Record<WeeklyStatus, number> = { off_track: 0, at_risk: 1, on_track: 2 };
const PRIORITY_RANK = (p: string | null) => (p ? Number(p.slice(1)) : 9);

function planWeek(s: WeeklySummary): WorkspacePlanWeek {
  const blocked = [...s.blocked].sort((a, b) => PRIORITY_RANK(a.priority) - PRIORITY_RANK(b.priority));
  return {
    planId: s.planId,
    title: s.title,
    status: s.status,
    computed: s.computed,
    override: s.override,
    targetDate: s.targetDate,
    forecast: s.forecast,
    done: { tasks: s.done.tasks.length, items: s.done.items.length, hours: s.done.hoursBurned },
    decisions: {
      made: s.decisions.made.map((d) => ({ title: d.title, choice: d.choice, by: d.by, at: d.at })),
      due: s.decisions.due.map((d) => ({ title: d.title, due: d.due, overdue: d.overdue })),
    },
    slipped: {
      items: s.slipped.slice(0, TOP).map((t) => ({ title: t.title, phase: t.phase, windowEnd: t.windowEnd })),
      total: s.slipped.length,
    },
    blocked: {
      items: blocked.slice(0, TOP).map((t) => ({ title: t.title, priority: t.priority, owner: t.owner })),
      total: blocked.length,
    },
  };
}

/** The workspace's week from its plans' weekly summaries (all of the same week). Pure. */
export function buildWorkspaceWeekly(
  week: WorkspaceWeekly["week"],
  nav: Pick<WorkspaceWeekly, "previous" | "next" | "nextStarted">,
  summaries: WeeklySummary[],
): WorkspaceWeekly {
  const plans = summaries
    .map(planWeek)
    .sort((a, b) => RANK[a.status] - RANK[b.status] || a.title.localeCompare(b.title));
  const counts: Record<WeeklyStatus, number> = { on_track: 0, at_risk: 0, off_track: 0 };
  for (const p of plans) counts[p.status] += 1;
  return { week, ...nav, counts, plans };
}
