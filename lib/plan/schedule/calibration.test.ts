import { describe, expect, it } from "vitest";
import { runForecast } from "./forecast";
import { compile } from "./model";
import { makeBuffers, runPass, EPS } from "./pass";
import { Sfc32 } from "./rng";
import { triangularQuantile } from "./spread";
import { input, type TaskSpec } from "./test-helpers";
import { DEFAULT_POINT_SPREAD, type PointSpread } from "./types";

/**
 * Calibration check: plans whose true durations are drawn from the spread the forecast states
 * (a single-number estimate from the default triangle, or from the one the plan's history
 * shows; a range from the triangle over it), forecast, then finished with the true durations.
 * The true finish must fall at or before the P85 in about 85 % of the plans and at or before
 * the P50 in about half. Seeds are fixed (the same plans every run: the test cannot flake); the
 * tolerance is three binomial standard deviations for PLANS plans (±3.4 points at 85 %, ±4.7 at
 * 50 %), so a correct forecast passes for all but ~0.3 % of seed choices, while the forecast
 * without a spread (P50 = P85 for point estimates) covers 16 % at its P85 and fails.
 */
const PLANS = 1000;
/** Fewer runs than the roadmap's 2,000 keep the test lean; the P85's own sampling error stays under a point. */
const RUNS = 1000;
const OWNERS = [null, "Ana", "Bo", "Cy"] as const;
const HOURS_PER_DAY = 6;

interface Generated {
  tasks: TaskSpec[];
  /** True hours of each open task, by id. */
  truth: Map<string, number>;
}

/** A random plan: 5-20 tasks, dependencies on earlier ones, 0-3 owners, 70 % single-number estimates. */
function generate(rng: Sfc32, truthSpread: PointSpread, history: number): Generated {
  const pick = (n: number) => Math.floor(rng.next() * n);
  const n = 5 + pick(16);
  const tasks: TaskSpec[] = [];
  const truth = new Map<string, number>();
  for (let i = 0; i < history; i++) {
    // Finished tasks: how long they really took against their estimate is the plan's history.
    const hours = 2 + pick(39);
    const worked = (hours * triangularQuantile(rng.next(), truthSpread)) / HOURS_PER_DAY;
    tasks.push({ id: `h${i}`, hours, status: "done", completedOn: "2026-10-30", worked });
  }
  for (let i = 0; i < n; i++) {
    const id = `t${i}`;
    const dependsOn = [0, 1].flatMap(() => (i > 0 && rng.next() < 0.35 ? [`t${pick(i)}`] : []));
    const owner = OWNERS[pick(OWNERS.length)]!;
    const point = rng.next() < 0.7;
    const a = 2 + pick(39);
    const hours: number | [number, number] = point ? a : [a, a + 1 + pick(40)];
    const u = rng.next();
    truth.set(
      id,
      typeof hours === "number"
        ? hours * triangularQuantile(u, truthSpread)
        : triangularQuantile(u, { lo: hours[0], mode: (hours[0] + hours[1]) / 2, hi: hours[1] }),
    );
    tasks.push({ id, hours, owner, dependsOn: [...new Set(dependsOn)] });
  }
  return { tasks, truth };
}

/** The share of plans whose true finish is at or before their P50 and their P85. */
function coverage(truthSpread: PointSpread, history: number, seed: number) {
  const rng = new Sfc32(seed);
  let p50 = 0;
  let p85 = 0;
  for (let k = 0; k < PLANS; k++) {
    const { tasks, truth } = generate(rng, truthSpread, history);
    const inp = input(tasks, { pointSpread: undefined, settings: { unnamedPeople: 1 + (k % 2) } });
    const c = compile(inp);
    const f = runForecast(c, { runs: RUNS, seed: seed + k });
    // Finish the plan with its true durations, in the same orders of work.
    const m = c.model;
    const b = makeBuffers(m);
    b.duration.set(m.lo);
    m.task.forEach((t, i) => {
      const hours = t >= 0 ? truth.get(inp.tasks[t]!.id) : undefined;
      if (hours !== undefined) b.duration[i] = hours / HOURS_PER_DAY;
    });
    const finish = runPass(m, b);
    if (finish <= f.p50 + EPS) p50++;
    if (finish <= f.p85 + EPS) p85++;
  }
  return { p50: p50 / PLANS, p85: p85 / PLANS };
}

const within = (rate: number, p: number) => Math.abs(rate - p) <= 3 * Math.sqrt((p * (1 - p)) / PLANS);

describe("forecast calibration", () => {
  it("the true finish is at or before P85 in ~85 % of plans (default spread)", () => {
    const r = coverage(DEFAULT_POINT_SPREAD, 0, 20261207);
    console.log(
      `calibration, default spread: P85 covers ${(r.p85 * 100).toFixed(1)} %, P50 ${(r.p50 * 100).toFixed(1)} %`,
    );
    expect(within(r.p85, 0.85)).toBe(true);
    expect(within(r.p50, 0.5)).toBe(true);
  });

  it("with a history that shows a wider spread, the calibrated forecast covers ~85 % too", () => {
    // The team's tasks take 1x-3.5x their estimate, most likely 1.5x; the plan has 30 finished tasks
    // (the default spread would cover 2-4 % here: the check fails a forecast that ignores the history).
    const r = coverage({ lo: 1, mode: 1.5, hi: 3.5 }, 30, 7);
    console.log(
      `calibration, history spread: P85 covers ${(r.p85 * 100).toFixed(1)} %, P50 ${(r.p50 * 100).toFixed(1)} %`,
    );
    expect(within(r.p85, 0.85)).toBe(true);
    expect(within(r.p50, 0.5)).toBe(true);
  });
});
