import type { BurndownPoint } from "@/lib/plan/burndown";
import type { ActivityEvent, ApiMetric } from "@/lib/plan/contract";
import type { StatusVerdict, WeeklyStatus } from "./status";

/** One event of the log as the summary reads it (the server parses rows into these). */
export type WeeklyActivity = ActivityEvent & {
  /** Display name of who made the change; null when unknown or the account is gone. */
  by: string | null;
  at: string;
};

/** An owner's status of the week over the computed one, with the reason they wrote. */
export interface StatusOverride {
  status: WeeklyStatus;
  reason: string;
  /** Display name of the owner who set it; null when the account is gone. */
  by: string | null;
  at: string;
}

export type WeekRef = { label: string; firstDay: string; lastDay: string };
type TaskRef = { id: string; title: string; key: string | null };
type Who = { by: string | null; at: string };

export interface WeeklySummary {
  planId: string;
  title: string;
  week: WeekRef & { timeZone: string };
  previous: string;
  next: string;
  /** False for the running week: its next has not begun and has no summary yet. */
  nextStarted: boolean;
  /** The status the summary shows: the owner's override if there is one, else the computed one. */
  status: WeeklyStatus;
  computed: StatusVerdict;
  override: StatusOverride | null;
  rule: string;
  targetDate: string | null;
  forecast: { then: { p50: string; p85: string } | null; now: { p50: string; p85: string } };
  done: {
    tasks: (TaskRef & Who & { hours: number })[];
    items: ({ id: string; text: string; task: string | null } & Who)[];
    hoursBurned: number;
  };
  started: (TaskRef & Who)[];
  added: (TaskRef & Who)[];
  /** Tasks that a re-import took out this week (by title, from the log). */
  removed: ({ title: string } & Who)[];
  reestimated: (TaskRef & Who & { from: string; to: string })[];
  /** Open tasks of phases whose dated window ended this week. */
  slipped: (TaskRef & { phase: string; windowEnd: string })[];
  decisions: {
    made: ({ id: string; title: string; choice: string | null; rationale: string | null } & Who)[];
    due: { id: string; title: string; due: string; overdue: boolean }[];
  };
  metrics: {
    id: string;
    name: string;
    target: ApiMetric["target"];
    latest: { value: number; at: string } | null;
    change: number | null;
    met: boolean | null;
    series: { at: string; value: number }[];
  }[];
  nextWeek: (TaskRef & { start: string; finish: string | null; critical: boolean; owner: string | null })[];
  blocked: (TaskRef & { priority: string | null; owner: string | null })[];
  burndown: BurndownPoint[];
}
