/**
 * Roadmap benchmark (`npm run bench:roadmap`): the forecast of a generated 5,000-task plan with
 * dependencies (bench/generate-plan.ts), timed in one process as
 *   (a) one deterministic scheduling pass (forward + backward over the compiled model),
 *   (b) the whole forecast: the earliest and latest passes plus RUNS sampled runs, percentiles,
 *       criticality and the replay of the P50 run,
 * and b / (a x RUNS), which says what sampling and bookkeeping add to the passes. Also prints the
 * one-off compile (graph, cycles, placement) and the full JSON build. Medians of interleaved
 * rounds after a warm-up. A measurement: it exits 0 even when a target is missed, and says MISSED.
 */
import { parsePlan } from "@/lib/markdown";
import { buildRoadmap, compile, deterministicPass, makeBuffers, runForecast, scheduleInputFromPlan } from "@/lib/plan/schedule";
import { generatePlan } from "./generate-plan";

const TASKS = Number(process.env.BENCH_TASKS) || 5000;
const RUNS = Number(process.env.BENCH_RUNS) || 2000;
const ROUNDS = Math.max(5, Number(process.env.BENCH_ITERATIONS) || 7);
const TARGET = { forecastMs: 500, ratio: 1.2 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

const plan = parsePlan(generatePlan({ tasks: TASKS })).plan;
const settings = { startDate: "2026-11-02", targetDate: "2027-06-30", hoursPerWeek: 30, unnamedPeople: 2, ownerHours: { Kim: 20 } };
const input = scheduleInputFromPlan(plan, settings, "2026-12-01");
const deps = input.tasks.reduce((n, t) => n + t.dependsOn.length, 0);
const compiled = compile(input);
const buffers = makeBuffers(compiled.model);
console.log(`plan: ${input.tasks.length} tasks, ${deps} dependencies, ${input.phases.length} phases, model ${compiled.model.n} nodes; ${RUNS} runs, triangular`);

// Warm-up: the JIT compiles the pass before anything is timed.
for (let i = 0; i < 200; i++) deterministicPass(compiled.model, buffers);
runForecast(compiled, { runs: RUNS });

const a: number[] = [];
const b: number[] = [];
const c: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  // (a) is short: time a batch and divide, so the timer's resolution does not matter.
  a.push(time(() => { for (let i = 0; i < 100; i++) deterministicPass(compiled.model, buffers); }) / 100);
  b.push(time(() => runForecast(compiled, { runs: RUNS })));
  c.push(time(() => compile(input)));
}
const full = median(Array.from({ length: 3 }, () => time(() => buildRoadmap(input, { runs: RUNS }))));
const ma = median(a);
const mb = median(b);
const ratio = mb / (ma * RUNS);
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
console.log(`(a) one deterministic pass      ${ma.toFixed(3)} ms`);
console.log(`(b) whole forecast (${RUNS} runs) ${mb.toFixed(1)} ms   target <= ${TARGET.forecastMs} ms: ${verdict(mb <= TARGET.forecastMs)}`);
console.log(`b / (a x runs)                  ${ratio.toFixed(3)}      target <= ${TARGET.ratio}: ${verdict(ratio <= TARGET.ratio)}`);
console.log(`compile (once per plan version) ${median(c).toFixed(1)} ms`);
console.log(`buildRoadmap (compile + forecast + dates, JSON-ready) ${full.toFixed(1)} ms`);
