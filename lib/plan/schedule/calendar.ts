import { TZDate } from "@date-fns/tz";
import { addBusinessDays, addDays, differenceInBusinessDays, format, isWeekend } from "date-fns";

/**
 * Working-day calendar of a schedule. Time inside the scheduler is a number of working days
 * (Monday to Friday) since the epoch, the first working day on or after the plan's start date;
 * fractions are parts of a day. Plan dates are calendar dates, computed in UTC so that the
 * server's own time zone never shifts a day (the caller turns "now" into today's date in the
 * workspace's zone).
 */
export interface Calendar {
  readonly epoch: TZDate;
  /** The epoch as days since 1970-01-01. */
  readonly epochDay: number;
  /** Dates by working-day number: a roadmap names the same few hundred days thousands of times. */
  readonly names: Map<number, string>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(iso: string): TZDate | null {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return null;
  const d = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), "UTC");
  return format(d, "yyyy-MM-dd") === iso.trim() ? d : null;
}

export function isoDate(d: Date): string {
  return format(d, "yyyy-MM-dd");
}

export function makeCalendar(startDate: string): Calendar {
  let epoch = parseIsoDate(startDate);
  if (!epoch) throw new RangeError(`start date is not an ISO date: ${startDate}`);
  while (isWeekend(epoch)) epoch = addDays(epoch, 1);
  return { epoch, epochDay: Math.round(epoch.getTime() / DAY_MS), names: new Map() };
}

const DAY_MS = 86_400_000;
/** 1970-01-01 was a Thursday: day d is a Saturday or Sunday when (d + 4) mod 7 is 6 or 0. */
const weekendDay = (d: number) => {
  const dow = (((d + 4) % 7) + 7) % 7;
  return dow === 0 || dow === 6;
};

/**
 * differenceInBusinessDays over day numbers, step for step (whole weeks, then the days left
 * one by one): the same numbers without building dates. A plan's done tasks name hundreds of
 * days; through TZDate each cost most of a millisecond.
 */
function businessDaysBetween(later: number, earlier: number): number {
  const diff = later - earlier;
  const sign = diff < 0 ? -1 : 1;
  const weeks = Math.trunc(diff / 7);
  let result = weeks * 5;
  for (let m = earlier + weeks * 7; m !== later; m += sign) result += weekendDay(m) ? 0 : sign;
  return result === 0 ? 0 : result;
}

/** Working days from the epoch to the start of that date (negative before it). */
export function offsetOf(cal: Calendar, date: Date): number {
  return differenceInBusinessDays(date, cal.epoch);
}

export function offsetOfIso(cal: Calendar, iso: string): number | null {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const check = new Date(t);
  // Date.UTC takes years 0-99 as 1900-1999; such a date is not one a plan means.
  if (y < 100 || check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return null;
  return businessDaysBetween(t / DAY_MS, cal.epochDay);
}

/** The date of the working day that contains `offset`. */
export function dateAt(cal: Calendar, offset: number): string {
  const day = Math.floor(offset + 1e-9);
  let name = cal.names.get(day);
  if (name === undefined) cal.names.set(day, (name = isoDate(addBusinessDays(cal.epoch, day))));
  return name;
}

/** The last working day of something that ends at `finish` (exclusive end, in working days). */
export function lastDayOf(cal: Calendar, finish: number): string {
  return dateAt(cal, Math.ceil(finish - 1e-9) - 1);
}

/** The working day that starts at a date: a Saturday or Sunday counts from the Monday after (window bounds). */
export function dateFromUtc(cal: Calendar, y: number, monthIndex: number, day: number): number {
  let d = new TZDate(y, monthIndex, day, "UTC");
  while (isWeekend(d)) d = addDays(d, 1);
  return offsetOf(cal, d);
}
