import { TZDate } from "@date-fns/tz";
import { addMonths, endOfMonth } from "date-fns";
import { dateFromUtc, offsetOf, offsetOfIso, type Calendar } from "./calendar";

/** A dated span in working days since the epoch, end exclusive. */
export interface Window {
  from: number;
  to: number;
}

const DASH = String.raw`\s*(?:-|–|—|to|through)\s*`;
const DAYS = new RegExp(String.raw`\bdays?\s+(\d+)(?:${DASH}(\d+))?\b`, "i");
const WEEKS = new RegExp(String.raw`\bweeks?\s+(\d+)(?:${DASH}(\d+))?\b`, "i");
const MONTHS = new RegExp(String.raw`\bmonths?\s+(\d+)(?:${DASH}(\d+))?\b`, "i");
const SPRINTS = new RegExp(String.raw`\bsprints?\s+(\d+)(?:${DASH}(\d+))?\b`, "i");
const QUARTER = /\bQ([1-4])\s*[-/]?\s*(\d{4})\b|\b(\d{4})\s*[-/]?\s*Q([1-4])\b/i;
const ISO_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})\b/;
const ISO_SPAN = new RegExp(String.raw`\b(\d{4}-\d{2}-\d{2})${DASH}(\d{4}-\d{2}-\d{2})\b`);
/** English month names (and their three-letter forms): the plans this reads write dates in English. */
const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** `September 2025`, `Oct-Dec 2025`, `November 2025 - January 2026`. */
const MONTH_SPAN = new RegExp(String.raw`\b${MONTH}(?:\s+(\d{4}))?(?:${DASH}${MONTH})?,?\s+(\d{4})\b`, "i");
const HALF = /\bH([12])\s*[-/]?\s*(\d{4})\b/i;
const THIS_WEEK = /\b(this|current)\s+week\b/i;
const THIS_MONTH = /\b(this|current)\s+month\b/i;

const range = (m: RegExpExecArray): [number, number] => {
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return [Math.min(a, b), Math.max(a, b)];
};

/** `Week 2` of a plan is the plan's second week of working days, counted from its start. */
export function weeksWindow(weeks: { from: number; to: number }): Window {
  const from = Math.max(0, Math.floor(weeks.from) - 1);
  return { from: from * 5, to: Math.max(from + 1, Math.ceil(weeks.to)) * 5 };
}

function monthsWindow(cal: Calendar, a: number, b: number): Window {
  const start = offsetOf(cal, addMonths(cal.epoch, a - 1));
  return { from: start, to: offsetOf(cal, addMonths(cal.epoch, b)) };
}

const monthIndex = (name: string) => MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase());

/** From the first day of the first month to the day after the last month; null when the span runs backwards. */
function monthSpanWindow(cal: Calendar, m: RegExpExecArray): Window | null {
  const lastYear = Number(m[4]);
  const firstYear = m[2] ? Number(m[2]) : lastYear;
  const first = monthIndex(m[1]!);
  const last = m[3] ? monthIndex(m[3]) : first;
  if (firstYear * 12 + first > lastYear * 12 + last) return null;
  return { from: dateFromUtc(cal, firstYear, first, 1), to: dateFromUtc(cal, lastYear, last + 1, 1) };
}

function quarterWindow(cal: Calendar, q: number, year: number): Window {
  return { from: dateFromUtc(cal, year, (q - 1) * 3, 1), to: dateFromUtc(cal, year, q * 3, 1) };
}

/**
 * The window a piece of plan text dates: `Week 1`, `Weeks 2-3`, `Days 1-4`, `Month 2`,
 * `Sprint 3` (two weeks each), `Q2 2026`, `H1 2026`, `September 2025`, `Oct-Dec 2025`, an ISO date or
 * two (`2026-01-05 to 2026-03-27`), `this week`. Relative windows count from
 * the plan's start; null when the text dates nothing.
 */
export function parseWindow(cal: Calendar, text: string): Window | null {
  let m: RegExpExecArray | null;
  if ((m = QUARTER.exec(text))) {
    return m[1] ? quarterWindow(cal, Number(m[1]), Number(m[2])) : quarterWindow(cal, Number(m[4]), Number(m[3]));
  }
  if ((m = HALF.exec(text))) {
    const h = Number(m[1]);
    return { from: dateFromUtc(cal, Number(m[2]), (h - 1) * 6, 1), to: dateFromUtc(cal, Number(m[2]), h * 6, 1) };
  }
  if ((m = ISO_SPAN.exec(text))) {
    const a = offsetOfIso(cal, m[1]!);
    const b = offsetOfIso(cal, m[2]!);
    if (a !== null && b !== null && a <= b) return { from: a, to: b + 1 };
  }
  if ((m = ISO_IN_TEXT.exec(text))) {
    const day = offsetOfIso(cal, m[1]!);
    if (day !== null) return { from: day, to: day + 1 };
  }
  if ((m = MONTH_SPAN.exec(text))) {
    const w = monthSpanWindow(cal, m);
    if (w) return w;
  }
  if ((m = DAYS.exec(text))) {
    const [a, b] = range(m);
    return { from: Math.max(0, a - 1), to: Math.max(1, b) };
  }
  if ((m = WEEKS.exec(text))) {
    const [a, b] = range(m);
    return weeksWindow({ from: a, to: b });
  }
  if ((m = SPRINTS.exec(text))) {
    const [a, b] = range(m);
    return weeksWindow({ from: 2 * a - 1, to: 2 * b });
  }
  if ((m = MONTHS.exec(text))) {
    const [a, b] = range(m);
    return monthsWindow(cal, Math.max(1, a), Math.max(1, b));
  }
  if (THIS_WEEK.test(text)) return weeksWindow({ from: 1, to: 1 });
  if (THIS_MONTH.test(text)) {
    const end = endOfMonth(cal.epoch);
    return { from: 0, to: offsetOf(cal, new TZDate(end.getFullYear(), end.getMonth(), end.getDate() + 1, "UTC")) };
  }
  return null;
}

/** A phase keeps the window the engine read (`weeks`) or the one its title dates. */
export function phaseWindow(
  cal: Calendar,
  phase: { title: string; weeks: { from: number; to: number } | null },
): Window | null {
  if (phase.weeks) return weeksWindow(phase.weeks);
  return parseWindow(cal, phase.title);
}

/** Keys a plan uses for its target date, in order of preference. */
export const TARGET_META_KEYS = [
  "Target Date",
  "Target Deployment",
  "Target Release",
  "Target",
  "Deadline",
  "Launch Date",
];

/** The last day of the window that the plan's meta names as its target, as working-day offset (exclusive end). */
export function targetFromMeta(cal: Calendar, meta: Record<string, string>): number | null {
  const lower = new Map(Object.entries(meta).map(([k, v]) => [k.trim().toLowerCase(), v]));
  for (const key of TARGET_META_KEYS) {
    const value = lower.get(key.toLowerCase());
    const w = value ? parseWindow(cal, value) : null;
    if (w) return w.to;
  }
  return null;
}
