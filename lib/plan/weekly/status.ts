import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";

export type WeeklyStatus = "on_track" | "at_risk" | "off_track";

export const WEEKLY_STATUSES = ["on_track", "at_risk", "off_track"] as const satisfies readonly WeeklyStatus[];

export const STATUS_TITLE: Record<WeeklyStatus, string> = {
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
};

/** The rule as the page states it. */
export const STATUS_RULE =
  "Off track when the P85 finish is past the target date or a critical-path task is overdue; at risk when the P50 finish is within a week of the target date, a P0/P1 task is blocked, or a decision is past its due date; else on track.";

export interface StatusFacts {
  /** The last day of the week (yyyy-mm-dd): "overdue" and "past due" are judged on it. */
  asOf: string;
  targetDate: string | null;
  p50: string;
  p85: string;
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

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;
/** Where a finish stands against the target, in days: "3 days past", "on", "5 days before". */
function against(finish: string, target: string): string {
  const n = differenceInCalendarDays(parseISO(finish), parseISO(target));
  return n > 0 ? `${days(n)} past` : n === 0 ? "on" : `${days(-n)} before`;
}

/** The reasons about the forecast against the target, each saying how far it is, split by severity. */
function forecastReasons(f: StatusFacts, off: string[], risk: string[]): string | null {
  const target = f.targetDate;
  if (!target) return null;
  const p85Past = f.p85 > target;
  if (p85Past) off.push(`The P85 finish ${f.p85} is ${against(f.p85, target)} the target date ${target}.`);
  // A P50 past the target is said as such (never "within a week"); it goes with the P85 it implies.
  if (f.p50 > target)
    (p85Past ? off : risk).push(`The P50 finish ${f.p50} is ${against(f.p50, target)} the target date ${target}.`);
  else if (f.p50 >= format(addDays(parseISO(target), -WEEK), "yyyy-MM-dd"))
    risk.push(`The P50 finish ${f.p50} is ${against(f.p50, target)} the target date ${target}: within a week of it.`);
  return `The P85 finish ${f.p85} is ${against(f.p85, target)} the target date ${target} and the P50 finish ${f.p50} is ${against(f.p50, target)} it, more than a week to spare.`;
}

export function computeStatus(f: StatusFacts): StatusVerdict {
  const off: string[] = [];
  const risk: string[] = [];
  const onTrack = forecastReasons(f, off, risk);
  for (const t of f.criticalTasks)
    if (t.finish && t.finish < f.asOf)
      off.push(`Critical-path task "${t.title}" is overdue (planned to finish ${t.finish}).`);
  for (const t of f.blockedUrgent) risk.push(`${t.priority} task "${t.title}" is blocked.`);
  for (const d of f.openDecisions)
    if (d.due && d.due < f.asOf) risk.push(`Decision "${d.title}" is past its due date ${d.due}.`);
  if (off.length > 0) return { status: "off_track", reasons: [...off, ...risk] };
  if (risk.length > 0) return { status: "at_risk", reasons: risk };
  return { status: "on_track", reasons: [onTrack ?? "No target date, nothing overdue or blocked."] };
}
