/**
 * Import benchmark (`npm run bench:import`): a generated ~1 MB plan with ~5,000 tasks, timed in
 * one process as
 *   (a) the bare mdast parse (micromark + GFM, what the engine builds on),
 *   (b) the full import, `parsePlan(text)`,
 *   (c) an unchanged export, `writeBack(parsed, parsed.plan)`,
 * warmed up, then interleaved a, b, c for ITERATIONS rounds. Prints medians, the ratios b/a and
 * c/b and the peak memory against their targets. A measurement: it exits 0 even when a target is
 * missed, and says MISSED.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { parsePlan, writeBack, type ParsedPlan } from "@/lib/markdown";
import { generatePlan } from "./generate-plan";

// The memory of an import is measured alone, in a fresh process that reads the plan from a file,
// parses it and exports it once: the bare mdast parse of the same run must not set its peak.
if (process.argv[2] === "--memory-child") {
  const input = readFileSync(process.argv[3]!);
  const before = process.memoryUsage().rss;
  const parsed = parsePlan(input);
  writeBack(parsed, parsed.plan);
  console.log(JSON.stringify({ beforeMB: before / 1024 / 1024, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const TASKS = Number(process.env.BENCH_TASKS) || 5000;
const WARMUP = 2;
const ITERATIONS = Math.max(7, Number(process.env.BENCH_ITERATIONS) || 9);
const TARGET = { parseOverMdast: 1.5, exportOverParse: 0.1, peakMB: 300 };

// ---- memory: sampled after every step (a timer cannot fire during synchronous work) and the
// kernel's high-water mark.
let peakRss = process.memoryUsage().rss;
const sample = () => {
  const rss = process.memoryUsage().rss;
  if (rss > peakRss) peakRss = rss;
};
const timer = setInterval(sample, 5);
timer.unref();

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  sample();
  return { ms, value };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (bytes: number) => bytes / 1024 / 1024;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

const steps = {
  mdast: (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
  parse: (text: string) => parsePlan(text),
  export: (parsed: ParsedPlan) => writeBack(parsed, parsed.plan),
};

// ---- the plan -----------------------------------------------------------------------------------
const text = generatePlan({ tasks: TASKS });
const bytes = Buffer.byteLength(text, "utf8");
sample();
const baseRss = peakRss;

// The bare mdast parse alone first, so that its own memory high-water mark can be told apart.
for (let i = 0; i < WARMUP; i++) time(() => steps.mdast(text));
const mdastPeakRss = peakRss;
const mdastMaxRssMB = process.resourceUsage().maxRSS / 1024;

const first = parsePlan(text);
const taskCount = first.plan.phases.reduce((n, p) => n + p.tasks.length, 0);
const itemCount =
  first.plan.criteria.length +
  first.plan.phases.reduce(
    (n, p) => n + p.checklist.length + p.tasks.reduce((m, t) => m + t.checklist.length + t.criteria.length, 0),
    0,
  );
const identity = steps.export(first) === text;

console.log(`Import benchmark — node ${process.version}, ${process.platform}/${process.arch}`);
console.log(
  `plan: ${fmt(mb(bytes), 2)} MB, ${text.split("\n").length.toLocaleString("en-US")} lines; parses to ${taskCount.toLocaleString("en-US")} tasks ` +
    `(asked ${TASKS.toLocaleString("en-US")}) in ${first.plan.phases.length} phases, ${itemCount.toLocaleString("en-US")} checkboxes, ` +
    `${first.plan.decisions.length} decisions, ${first.plan.metrics.length} metrics`,
);
const countOk = Math.abs(taskCount - TASKS) <= TASKS * 0.02;
console.log(`task count: ${taskCount} ${countOk ? "ok (~" + TASKS + ")" : `MISSED (expected ~${TASKS})`}`);
console.log(`unchanged export is the input: ${identity ? "yes" : "NO (MISSED)"}`);

// ---- warm up, then interleave -------------------------------------------------------------------
for (let i = 0; i < WARMUP; i++) time(() => steps.export(steps.parse(text)));
const ms = { mdast: [] as number[], parse: [] as number[], export: [] as number[] };
for (let i = 0; i < ITERATIONS; i++) {
  ms.mdast.push(time(() => steps.mdast(text)).ms);
  const parsed = time(() => steps.parse(text));
  ms.parse.push(parsed.ms);
  ms.export.push(time(() => steps.export(parsed.value)).ms);
}
clearInterval(timer);
sample();

// ---- memory of one import, alone ------------------------------------------------------------------
const planFile = join(mkdtempSync(join(tmpdir(), "fp-bench-")), "plan.md");
writeFileSync(planFile, text);
const child = spawnSync(
  process.execPath,
  ["--import", "tsx", new URL(import.meta.url).pathname, "--memory-child", planFile],
  { encoding: "utf8" },
);
const importMemory = JSON.parse(child.stdout.trim().split("\n").pop() || "{}") as {
  beforeMB?: number;
  maxRssMB?: number;
};

// ---- report -------------------------------------------------------------------------------------
const a = median(ms.mdast);
const b = median(ms.parse);
const c = median(ms.export);
const maxRssMB = process.resourceUsage().maxRSS / 1024; // maxRSS is in KB
const peakMB = importMemory.maxRssMB ?? Number.POSITIVE_INFINITY;
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");
const row = (label: string, xs: number[]) =>
  `  ${label.padEnd(34)} median ${fmt(median(xs)).padStart(8)} ms   min ${fmt(Math.min(...xs)).padStart(8)} ms   max ${fmt(Math.max(...xs)).padStart(8)} ms`;

console.log(`\n${ITERATIONS} interleaved iterations after ${WARMUP} warm-up rounds:`);
console.log(row("(a) mdast parse (micromark + GFM)", ms.mdast));
console.log(row("(b) parsePlan", ms.parse));
console.log(row("(c) writeBack, unchanged", ms.export));
console.log("");
console.log(
  `  b/a  = ${fmt(b / a, 2).padStart(6)}   target <= ${TARGET.parseOverMdast}   ${verdict(b / a <= TARGET.parseOverMdast)}`,
);
console.log(
  `  c/b  = ${fmt(c / b, 3).padStart(6)}   target <= ${TARGET.exportOverParse}   ${verdict(c / b <= TARGET.exportOverParse)}`,
);
console.log(
  `  peak memory of one import (parse + export, own process): maxRSS ${fmt(peakMB)} MB ` +
    `(${fmt(importMemory.beforeMB ?? 0)} MB before parsing)   target < ${TARGET.peakMB} MB   ${verdict(peakMB < TARGET.peakMB)}`,
);
console.log(
  `  (this benchmark process, all steps together: sampled RSS ${fmt(mb(peakRss))} MB, maxRSS ${fmt(maxRssMB)} MB)`,
);
const missed = [
  b / a > TARGET.parseOverMdast,
  c / b > TARGET.exportOverParse,
  peakMB >= TARGET.peakMB,
  !countOk,
  !identity,
].filter(Boolean).length;
console.log(
  `  (for scale: RSS ${fmt(mb(baseRss))} MB after generating the plan; the bare mdast parse alone peaked at ` +
    `${fmt(mb(mdastPeakRss))} MB sampled, ${fmt(mdastMaxRssMB)} MB maxRSS, before any parsePlan ran)`,
);
console.log(missed ? `\nMISSED: ${missed} target(s) — see above.` : "\nAll targets met.");
process.exitCode = 0;
