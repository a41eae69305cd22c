import { addDays, format, parseISO } from "date-fns";

export type WeeklyStatus = "on_track" | "at_risk" | "off_track";

export const STATUS_TITLE: Record<WeeklyStatus, string> = { on_track: "On track", at_risk: "At risk", off_track: "Off track" };

/** The rule as the page states it. */
export const STATUS_RULE =
  "Off track when the P85 finish is past the target date or a critical-path task is overdue; at risk when the P50 finish is within a week of the target date, a P0/P1 task is blocked, or a decision is past its due date; else on track.";

export interface StatusFacts {
  /** The last day of the week (yyyy-mm-dd): "overdue" and "past due" are judged on it. */
  asOf: string;
  targetDate: string | null;
  p50: string;
  p85: string;
  /** (A P50 past the target makes the P85 past it too: off track says it.) */
  /** Open critical-path tasks with their planned finish. */
  criticalTasks: { title: string; finish: string | null }[];
  blockedUrgent: { title: string; priority: string }[];
  openDecisions: { title: string; due: string | null }[];
}

export interface StatusVerdict {
  status: WeeklyStatus;
  reasons: string[];
}

/** A window of seven days: a P50 on target minus 7 days or later is "within a week". */
const WEEK = 7;

export function computeStatus(f: StatusFacts): StatusVerdict {
  const off: string[] = [];
  const risk: string[] = [];
  if (f.targetDate && f.p85 > f.targetDate) off.push(`The P85 finish ${f.p85} is past the target date ${f.targetDate}.`);
  for (const t of f.criticalTasks) if (t.finish && t.finish < f.asOf) off.push(`Critical-path task "${t.title}" is overdue (planned to finish ${t.finish}).`);
  if (f.targetDate && f.p50 <= f.targetDate && f.p50 >= format(addDays(parseISO(f.targetDate), -WEEK), "yyyy-MM-dd"))
    risk.push(`The P50 finish ${f.p50} is within a week of the target date ${f.targetDate}.`);
  for (const t of f.blockedUrgent) risk.push(`${t.priority} task "${t.title}" is blocked.`);
  for (const d of f.openDecisions) if (d.due && d.due < f.asOf) risk.push(`Decision "${d.title}" is past its due date ${d.due}.`);
  if (off.length > 0) return { status: "off_track", reasons: [...off, ...risk] };
  if (risk.length > 0) return { status: "at_risk", reasons: risk };
  return { status: "on_track", reasons: [f.targetDate ? `The P85 finish ${f.p85} is on or before the target date ${f.targetDate} with more than a week to spare at P50.` : "No target date, nothing overdue or blocked."] };
}
