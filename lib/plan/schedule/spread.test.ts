import { describe, expect, it } from "vitest";
import { runForecast } from "./forecast";
import { compile } from "./model";
import { Sfc32 } from "./rng";
import { calibrateSpread, fitTriangular, triangularQuantile, workedDays } from "./spread";
import { input } from "./test-helpers";
import { DEFAULT_POINT_SPREAD, MIN_CALIBRATION_TASKS } from "./types";

const draw = (rng: Sfc32, s: { lo: number; mode: number; hi: number }) => triangularQuantile(rng.next(), s);

describe("spread of single-number estimates", () => {
  it("draws a point estimate from the default triangle 0.8x-2x, most likely the point", () => {
    // 30 h at 6 h a day: 5 working days; P50 and P85 are the triangle's quantiles times 5.
    const f = runForecast(compile(input([{ id: "a", hours: 30 }], { pointSpread: undefined })), {
      runs: 20000,
      seed: 9,
    });
    expect(f.earliest).toBeCloseTo(4, 9);
    expect(f.latest).toBeCloseTo(10, 9);
    expect(Math.abs(f.p50 - 5 * triangularQuantile(0.5, DEFAULT_POINT_SPREAD))).toBeLessThan(0.05);
    expect(Math.abs(f.p85 - 5 * triangularQuantile(0.85, DEFAULT_POINT_SPREAD))).toBeLessThan(0.05);
    expect(f.p85 - f.p50).toBeGreaterThan(1);
  });

  it("samples a skewed triangle as its quantile function says (min/max of two uniforms, Stein & Keblis)", () => {
    const pointSpread = { lo: 0.5, mode: 0.7, hi: 3 };
    const f = runForecast(compile(input([{ id: "a", hours: 60 }], { pointSpread })), { runs: 20000, seed: 4 });
    for (const [q, got] of [
      [0.5, f.p50],
      [0.85, f.p85],
    ] as const)
      expect(Math.abs(got - 10 * triangularQuantile(q, pointSpread))).toBeLessThan(0.08);
  });

  it("fits the triangle with the sample's 10th, 50th and 90th percentiles", () => {
    const truth = { lo: 0.9, mode: 1.3, hi: 3 };
    const rng = new Sfc32(11);
    const fit = fitTriangular(Array.from({ length: 20000 }, () => draw(rng, truth)));
    expect(fit.lo).toBeCloseTo(truth.lo, 1);
    expect(fit.mode).toBeCloseTo(truth.mode, 1);
    expect(fit.hi).toBeCloseTo(truth.hi, 1);
    // Equal ratios still leave a tenth of spread; ratios near zero never give a zero-length task.
    const flat = fitTriangular([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(flat.hi - flat.lo).toBeCloseTo(0.1, 9);
    expect(fitTriangular([0.01, 0.02, 0.01, 0.03, 0.02, 0.05, 0.01, 0.02]).lo).toBeGreaterThanOrEqual(0.1);
  });

  it("uses the plan's history from the minimum number of measured tasks, the default below it", () => {
    const ratios = Array.from({ length: MIN_CALIBRATION_TASKS }, (_, i) => 1.5 + i / 10);
    expect(calibrateSpread(ratios.slice(1))).toMatchObject({ ...DEFAULT_POINT_SPREAD, source: "default", tasks: 7 });
    const fitted = calibrateSpread(ratios);
    expect(fitted).toMatchObject({ source: "history", tasks: MIN_CALIBRATION_TASKS });
    expect(fitted.lo).toBeGreaterThan(1);
    expect(calibrateSpread(ratios, { lo: 1, mode: 1, hi: 1 }).source).toBe("given");
  });

  it("calibrates from the done tasks' working days against their estimates", () => {
    // Ten finished 12 h tasks (2 days at 6 h a day) that each took 4 working days: twice the estimate.
    const done = Array.from({ length: 10 }, (_, i) => ({
      id: `d${i}`,
      hours: 12,
      status: "done" as const,
      completedOn: "2026-10-30",
      worked: 4 + (i % 3) / 10,
    }));
    const c = compile(input([...done, { id: "open", hours: 12 }], { pointSpread: undefined }));
    expect(c.spread.source).toBe("history");
    expect(c.spread.tasks).toBe(10);
    expect(c.spread.lo).toBeGreaterThan(1.8);
    expect(c.spread.hi).toBeLessThan(2.4);
  });

  it("counts working days from start to done, weekends left out, in the workspace's zone", () => {
    // Friday 16:00 to Monday 10:00: 8 hours of Friday and 10 of Monday.
    expect(workedDays(new Date("2026-11-06T16:00:00Z"), new Date("2026-11-09T10:00:00Z"))).toBeCloseTo(0.75, 9);
    expect(workedDays(new Date("2026-11-02T09:00:00Z"), new Date("2026-11-04T09:00:00Z"))).toBeCloseTo(2, 9);
    // 23:00 UTC on Friday is Saturday in Berlin: the weekend counts nothing there.
    const berlin = workedDays(new Date("2026-11-06T23:00:00Z"), new Date("2026-11-09T11:00:00Z"), "Europe/Berlin");
    expect(berlin).toBeCloseTo(0.5, 9);
    expect(workedDays(new Date("2026-11-07T10:00:00Z"), new Date("2026-11-08T10:00:00Z"))).toBeNull();
  });
});
