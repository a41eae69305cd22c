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
  return { epoch, names: new Map() };
}

/** Working days from the epoch to the start of that date (negative before it). */
export function offsetOf(cal: Calendar, date: Date): number {
  return differenceInBusinessDays(date, cal.epoch);
}

export function offsetOfIso(cal: Calendar, iso: string): number | null {
  const d = parseIsoDate(iso);
  return d ? offsetOf(cal, d) : null;
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

export function dateFromUtc(cal: Calendar, y: number, monthIndex: number, day: number): number {
  return offsetOf(cal, new TZDate(y, monthIndex, day, "UTC"));
}
