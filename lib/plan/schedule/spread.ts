import { TZDate } from "@date-fns/tz";
import { differenceInCalendarDays, isWeekend } from "date-fns";
import { DEFAULT_POINT_SPREAD, MIN_CALIBRATION_TASKS, type PointSpread } from "./types";

/**
 * The spread of single-number estimates (README, "The roadmap"): a point estimate is not
 * certain. By default it is drawn from a triangular distribution from 0.8x to 2x of the point,
 * most likely the point itself; once the plan has enough finished tasks whose start and finish
 * the activity log recorded, the triangle is the one with the same 10th, 50th and 90th
 * percentiles as their actual / estimated ratios.
 */
export interface SpreadInfo extends PointSpread {
  /** `history`: fitted to the plan's finished tasks; `default`: too few of them; `given`: set by the caller. */
  source: "default" | "history" | "given";
  /** Finished single-number tasks with a measured duration: what `history` rests on. */
  tasks: number;
  /** The number of such tasks from which the history is used. */
  minTasks: number;
}

/** Quantile p of the triangular distribution (lo, mode, hi). */
export function triangularQuantile(p: number, { lo, mode, hi }: PointSpread): number {
  const w = hi - lo;
  if (w <= 0) return lo;
  const k = (mode - lo) / w;
  return p < k ? lo + Math.sqrt(p * w * (mode - lo)) : hi - Math.sqrt((1 - p) * w * (hi - mode));
}

/**
 * Quantile of sorted data, linear between order statistics, median-unbiased whatever the
 * distribution (Hyndman and Fan's type 8): with a few dozen tasks, the usual type 7 puts the 10th
 * and 90th percentiles too close together and the fitted spread comes out too narrow.
 */
function quantile(sorted: number[], p: number): number {
  const n = sorted.length;
  const h = Math.min(n, Math.max(1, (n + 1 / 3) * p + 1 / 3)) - 1;
  const i = Math.floor(h);
  return sorted[i]! + (h - i) * ((sorted[Math.min(i + 1, n - 1)] ?? sorted[i]!) - sorted[i]!);
}

const Q = [0.1, 0.5, 0.9] as const;
const std = (p: number, k: number) => triangularQuantile(p, { lo: 0, mode: k, hi: 1 });
/** Where the median sits between the 10th and 90th percentile of the standard triangle with mode k: rises with k. */
const shape = (k: number) => (std(Q[1], k) - std(Q[0], k)) / (std(Q[2], k) - std(Q[0], k));
/** No task takes no time; a team that always meets its estimates still gets a tenth of spread. */
const MIN_LO = 0.1;
const MIN_WIDTH = 0.1;

/**
 * The triangle of the plan's actual / estimated ratios: its shape (where the mode sits) and
 * width from the sample's 10th, 50th and 90th percentiles (the median's position between the
 * outer two rises with the mode from 0.38 to 0.62: bisection, the nearest end outside that
 * range), then moved so that its mean is the sample's mean. Percentiles alone put the centre
 * a little high on skewed data, and a plan's finish is a sum of many tasks: a one-percent bias in
 * the mean moves the P50 coverage of a 15-task chain by five points, so the mean, which the
 * sample estimates without bias, sets the position.
 */
export function fitTriangular(ratios: number[]): PointSpread {
  const s = [...ratios].sort((a, b) => a - b);
  const [q10, q50, q90] = Q.map((p) => quantile(s, p)) as [number, number, number];
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const spanQ = q90 - q10;
  let k = 0.5;
  if (spanQ > 0) {
    const target = (q50 - q10) / spanQ;
    let a = 0;
    let b = 1;
    for (let i = 0; i < 40; i++) {
      k = (a + b) / 2;
      if (shape(k) < target) a = k;
      else b = k;
    }
  }
  const width = Math.max(spanQ / (std(Q[2], k) - std(Q[0], k)), MIN_WIDTH * q50);
  // The triangle's mean is lo + width (1 + k) / 3.
  const lo = Math.max(MIN_LO, mean - (width * (1 + k)) / 3);
  return { lo: round3(lo), mode: round3(lo + k * width), hi: round3(lo + width) };
}

/** The spread of the plan's point estimates from its finished tasks' actual / estimated ratios. */
export function calibrateSpread(ratios: number[], given?: PointSpread): SpreadInfo {
  const valid = ratios.filter((r) => Number.isFinite(r) && r > 0);
  const base = { tasks: valid.length, minTasks: MIN_CALIBRATION_TASKS };
  if (given) return { ...given, source: "given", ...base };
  if (valid.length < MIN_CALIBRATION_TASKS) return { ...DEFAULT_POINT_SPREAD, source: "default", ...base };
  return { ...fitTriangular(valid), source: "history", ...base };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A Monday: working-day positions count from here. */
const EPOCH = new TZDate(2001, 0, 1, "UTC");

/** Working days since EPOCH at an instant, in a time zone: weekends take no time, a weekday's hours are a fraction. */
function workingPosition(at: Date, timeZone: string): number {
  const local = new TZDate(at.getTime(), timeZone);
  const day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), "UTC");
  const days = differenceInCalendarDays(day, EPOCH);
  const weeks = Math.floor(days / 7);
  const dow = days - weeks * 7; // 0 = Monday
  if (isWeekend(day)) return weeks * 5 + 5;
  const fraction = (local.getHours() * 3600 + local.getMinutes() * 60 + local.getSeconds()) / 86400;
  return weeks * 5 + dow + fraction;
}

/**
 * Working days from `start` to `done` (the schedule's unit: a working day is 24 hours of a
 * weekday, of which a person works hoursPerWeek / 5), weekends left out; null when done is not
 * after start.
 */
export function workedDays(start: Date, done: Date, timeZone = "UTC"): number | null {
  const d = workingPosition(done, timeZone) - workingPosition(start, timeZone);
  return d > 0 ? d : null;
}
