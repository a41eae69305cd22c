import { TZDate } from "@date-fns/tz";
import { dayIn } from "@/lib/plan/day-in-zone";
import { addWeeks, format, getISOWeek, getISOWeekYear, setISOWeek, startOfISOWeek, startOfISOWeekYear } from "date-fns";

/** An ISO week in a time zone: [start, end) as instants, and its days as yyyy-mm-dd. */
export interface IsoWeek {
  /** e.g. "2026-W49" */
  label: string;
  timeZone: string;
  start: Date;
  end: Date;
  firstDay: string;
  lastDay: string;
}

const LABEL = /^(\d{4})-W(\d{2})$/;

export function isIsoWeekLabel(label: string): boolean {
  const m = LABEL.exec(label);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= weeksIn(Number(m[1]));
}

/** 52 or 53: the ISO week of 28 December is the year's last. */
function weeksIn(year: number): number {
  return getISOWeek(new Date(Date.UTC(year, 11, 28, 12)));
}

export function isoWeek(label: string, timeZone: string): IsoWeek {
  const m = LABEL.exec(label);
  if (!m || !isIsoWeekLabel(label)) throw new RangeError(`not an ISO week: ${label}`);
  // Noon on 4 January is always in week 1 of its ISO year, whatever the zone.
  const jan4 = new TZDate(Number(m[1]), 0, 4, 12, 0, 0, timeZone);
  const start = startOfISOWeek(setISOWeek(startOfISOWeekYear(jan4), Number(m[2])));
  return weekFrom(new TZDate(start.getTime(), timeZone), timeZone);
}

function weekFrom(start: TZDate, timeZone: string): IsoWeek {
  const end = addWeeks(start, 1);
  const label = `${getISOWeekYear(start)}-W${String(getISOWeek(start)).padStart(2, "0")}`;
  const last = new TZDate(end.getTime() - 1, timeZone);
  return {
    label,
    timeZone,
    start: new Date(start.getTime()),
    end: new Date(end.getTime()),
    firstDay: format(start, "yyyy-MM-dd"),
    lastDay: format(last, "yyyy-MM-dd"),
  };
}

/** The week that contains `at` in the zone. */
export function weekOf(at: Date, timeZone: string): IsoWeek {
  return weekFrom(startOfISOWeek(new TZDate(at.getTime(), timeZone)), timeZone);
}

/** The last week that has ended at `now`: the default of the summary. */
export function lastCompleteWeek(now: Date, timeZone: string): IsoWeek {
  return shiftWeek(weekOf(now, timeZone), -1);
}

export function shiftWeek(week: IsoWeek, by: number): IsoWeek {
  return weekFrom(addWeeks(new TZDate(week.start.getTime(), week.timeZone), by), week.timeZone);
}

/** The day (yyyy-mm-dd) `at` falls on in the zone. */
export function weekDay(at: Date, timeZone: string): string {
  return dayIn(at, timeZone);
}
