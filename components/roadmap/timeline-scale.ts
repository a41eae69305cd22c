import { TZDate } from "@date-fns/tz";
import { eachMonthOfInterval, eachQuarterOfInterval, eachWeekOfInterval, format } from "date-fns";

export const ZOOMS = ["week", "month", "quarter"] as const;
export type Zoom = (typeof ZOOMS)[number];

/** Pixels per calendar day at each zoom. */
const PX_PER_DAY: Record<Zoom, number> = { week: 18, month: 4, quarter: 1.4 };
const DAY_MS = 86_400_000;
const MIN_CHART_WIDTH = 900;

export const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const utc = (day: number) => new TZDate(day * DAY_MS, "UTC");

export interface Scale {
  zoom: Zoom;
  from: number;
  to: number;
  left: number;
  width: number;
  /** x of the start of a day. */
  x(iso: string): number;
  /** x of the end of a day (bars include their last day). */
  xEnd(iso: string): number;
  ticks: { x: number; label: string; major: boolean }[];
}

export function parseZoom(value: string | string[] | undefined, fallback: Zoom): Zoom {
  return typeof value === "string" && (ZOOMS as readonly string[]).includes(value) ? (value as Zoom) : fallback;
}

/** The zoom that fits the remaining work (today to the latest finish) on a laptop screen. */
export function defaultZoom(days: number): Zoom {
  return days <= 45 ? "week" : days <= 240 ? "month" : "quarter";
}

export function makeScale(dates: string[], zoom: Zoom, left: number): Scale {
  const days = dates.map(dayNumber);
  const from = Math.min(...days) - 3;
  const to = Math.max(...days) + 4;
  // A short plan still fills a laptop-wide chart.
  const k = Math.max(PX_PER_DAY[zoom], MIN_CHART_WIDTH / (to - from));
  const x = (iso: string) => left + (dayNumber(iso) - from) * k;
  return {
    // Room on the right for the labels of lines near the end (P50, P85).
    zoom,
    from,
    to,
    left,
    width: left + (to - from) * k + 48,
    x,
    xEnd: (iso) => x(iso) + k,
    ticks: ticksFor(zoom, from, to)
      .map((t) => ({ ...t, x: left + (t.day - from) * k }))
      .filter((t) => t.x >= left),
  };
}

function ticksFor(zoom: Zoom, from: number, to: number): { day: number; label: string; major: boolean }[] {
  const interval = { start: utc(from), end: utc(to) };
  const day = (d: Date) => Math.round(d.getTime() / DAY_MS);
  if (zoom === "week") {
    return eachWeekOfInterval(interval, { weekStartsOn: 1 }).map((d) => ({
      day: day(d),
      label: format(d, "MMM d"),
      major: d.getUTCDate() <= 7,
    }));
  }
  if (zoom === "month") {
    return eachMonthOfInterval(interval).map((d) => ({
      day: day(d),
      label: format(d, d.getUTCMonth() === 0 ? "MMM yyyy" : "MMM"),
      major: d.getUTCMonth() % 3 === 0,
    }));
  }
  return eachQuarterOfInterval(interval).map((d) => ({
    day: day(d),
    label: format(d, "QQQ yyyy"),
    major: d.getUTCMonth() === 0,
  }));
}

export const shortDate = (iso: string) => format(utc(dayNumber(iso)), "MMM d, yyyy");
