/**
 * Calendar dates as `yyyy-MM-dd` strings, counted in whole days (UTC, so no time zone or DST
 * shifts a day). Small on purpose: the charts run in the browser, where date-fns would add
 * ~15 kB gzipped to the overview for three operations.
 */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `yyyy-MM-dd` date (a longer ISO string is cut to its date). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

export const addCalendarDays = (iso: string, days: number): string => isoOfDay(dayNumber(iso) + days);
