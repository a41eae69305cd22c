import type { Item, Plan, Task } from "@/lib/plan/contract";

/**
 * Checks a parsed plan against a partial expectation (`*.expected.json`): every field the
 * expectation names must match; what it leaves out is not checked. Returns the misses.
 */
export interface Expectation {
  title?: string;
  repairedEncoding?: string | null;
  meta?: Record<string, string>;
  checkboxes?: { total: number; done: number; lines_done?: number[]; lines_open?: number[] };
  phases?: string[];
  notPhases?: string[];
  phaseTasks?: Record<string, string[]>;
  tasks?: Array<Partial<Omit<Task, "estimate">> & { estimate?: { minHours: number; maxHours: number } | null; checklistCount?: number; criteriaCount?: number }>;
  taskCount?: number;
  planCriteriaCount?: number;
  decisions?: Array<{ title: string; status?: string; optionCount?: number; recommended?: string; chosen?: string | null; dueBy?: string }>;
  metrics?: Array<{ name: string; op: string; value: number; unit: string }>;
}

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[`*_~]/g, "")
      .split(/[^\p{L}\p{N}+#.%/-]+/u)
      .map((w) => w.replace(/^[.\-/]+|[.\-/]+$/g, ""))
      .filter(Boolean),
  );

export function similarity(a: string, b: string): number {
  const [A, B] = [words(a), words(b)];
  if (!A.size || !B.size) return 0;
  const common = [...A].filter((w) => B.has(w)).length;
  const contained = common === Math.min(A.size, B.size) && common >= 2 ? 0.8 : 0;
  return Math.max((2 * common) / (A.size + B.size), contained);
}

function best<T>(candidates: T[], name: (t: T) => string, text: string, key?: (t: T) => string | null, wantKey?: string | null): T | undefined {
  let top: T | undefined;
  let score = 0;
  for (const c of candidates) {
    let s = similarity(name(c), text);
    if (wantKey && key && key(c)?.toUpperCase() === wantKey.toUpperCase()) s += 0.5;
    if (s > score) [top, score] = [c, s];
  }
  return score >= 0.6 ? top : undefined;
}

export function allItems(plan: Plan): Item[] {
  return [
    ...plan.criteria,
    ...plan.phases.flatMap((p) => [...p.checklist, ...p.tasks.flatMap((t) => [...t.checklist, ...t.criteria])]),
    ...plan.decisions.flatMap((d) => d.options.filter((o) => o.line !== null).map((o) => ({ text: o.text, done: o.chosen, line: o.line }))),
  ];
}

export function checkPlan(plan: Plan, want: Expectation): string[] {
  const misses: string[] = [];
  const miss = (ok: boolean, what: string) => void (ok || misses.push(what));
  const norm = (s: string) => [...words(s)].join(" ");

  if (want.title !== undefined) miss(norm(plan.title) === norm(want.title), `title: ${plan.title}`);
  if (want.repairedEncoding !== undefined) miss(plan.repairedEncoding === want.repairedEncoding, `repairedEncoding: ${plan.repairedEncoding}`);
  for (const [k, v] of Object.entries(want.meta ?? {})) miss(plan.meta[k]?.trim() === v, `meta ${k}: ${plan.meta[k]}`);

  if (want.checkboxes) {
    const items = allItems(plan);
    const lines = items.map((i) => i.line);
    miss(items.length === want.checkboxes.total, `checkboxes: ${items.length}, want ${want.checkboxes.total}`);
    miss(items.filter((i) => i.done).length === want.checkboxes.done, `checkboxes done: ${items.filter((i) => i.done).length}`);
    miss(new Set(lines).size === lines.length, `a checkbox counted twice`);
    const done = new Set(items.filter((i) => i.done).map((i) => i.line));
    for (const l of want.checkboxes.lines_done ?? []) miss(done.has(l), `line ${l} should be a done checkbox`);
    const open = new Set(items.filter((i) => !i.done).map((i) => i.line));
    for (const l of want.checkboxes.lines_open ?? []) miss(open.has(l), `line ${l} should be an open checkbox`);
  }

  for (const title of want.phases ?? []) miss(best(plan.phases, (p) => p.title, title) !== undefined, `phase not found: ${title}`);
  for (const title of want.notPhases ?? []) miss(!plan.phases.some((p) => similarity(p.title, title) >= 0.8), `not a phase: ${title}`);
  for (const [title, keys] of Object.entries(want.phaseTasks ?? {})) {
    const phase = best(plan.phases, (p) => p.title, title);
    const got = new Set(phase?.tasks.map((t) => t.key));
    for (const k of keys) miss(got.has(k), `phase ${title} lacks task ${k}`);
  }

  const tasks = plan.phases.flatMap((p) => p.tasks);
  const matched = new Set<Task>();
  for (const t of want.tasks ?? []) {
    const got = best(tasks.filter((x) => !matched.has(x)), (x) => x.title, t.title ?? "", (x) => x.key, t.key);
    if (!got) {
      misses.push(`task not found: ${t.key ?? ""} ${t.title}`);
      continue;
    }
    matched.add(got);
    const show = JSON.stringify;
    if (t.key != null) miss(got.key === t.key, `task ${t.title}: key ${show(got.key)}`);
    for (const f of ["priority", "status", "owner"] as const) if (f in t) miss(got[f] === t[f], `task ${t.title}: ${f} ${show(got[f])}, want ${show(t[f])}`);
    if (t.estimate !== undefined) {
      const ok = t.estimate === null ? got.estimate === null : got.estimate?.minHours === t.estimate.minHours && got.estimate?.maxHours === t.estimate.maxHours;
      miss(ok, `task ${t.title}: estimate ${show(got.estimate)}`);
    }
    if (t.dependsOn) miss([...got.dependsOn].sort().join() === [...t.dependsOn].sort().join(), `task ${t.title}: dependsOn ${show(got.dependsOn)}`);
    for (const f of t.files ?? []) miss(got.files.some((g) => g.replace(/:\d+(-\d+)?$/, "").endsWith(f)), `task ${t.title}: file ${f} missing`);
    if (t.checklistCount !== undefined) miss(got.checklist.length === t.checklistCount, `task ${t.title}: ${got.checklist.length} checklist items`);
    if (t.criteriaCount !== undefined) miss(got.criteria.length === t.criteriaCount, `task ${t.title}: ${got.criteria.length} criteria`);
  }
  if (want.taskCount !== undefined) miss(tasks.length === want.taskCount, `tasks: ${tasks.length}, want ${want.taskCount}`);
  if (want.planCriteriaCount !== undefined) miss(plan.criteria.length === want.planCriteriaCount, `plan criteria: ${plan.criteria.length}`);

  for (const d of want.decisions ?? []) {
    const got = best(plan.decisions, (x) => x.title, d.title);
    if (!got) {
      misses.push(`decision not found: ${d.title}`);
      continue;
    }
    if (d.status) miss(got.status === d.status, `decision ${d.title}: status ${got.status}`);
    if (d.optionCount !== undefined) miss(got.options.length === d.optionCount, `decision ${d.title}: ${got.options.length} options`);
    if (d.recommended) miss(got.options.some((o) => o.recommended && similarity(o.text, d.recommended!) >= 0.3), `decision ${d.title}: recommended`);
    if (d.chosen !== undefined) {
      const chosen = got.options.find((o) => o.chosen);
      miss(d.chosen === null ? !chosen : !!chosen && similarity(chosen.text, d.chosen) >= 0.5, `decision ${d.title}: chosen ${chosen?.text}`);
    }
    if (d.dueBy) miss(got.dueBy === d.dueBy, `decision ${d.title}: dueBy ${got.dueBy}`);
  }
  for (const m of want.metrics ?? [])
    miss(
      plan.metrics.some((x) => x.target.op === m.op && x.target.value === m.value && x.target.unit.toLowerCase() === m.unit.toLowerCase()),
      `metric not found: ${m.name} ${m.op} ${m.value}${m.unit}`,
    );
  return misses;
}

/** A deep copy of `plan` with every item / option on `line` set to `done(was)`: a tick, an untick or a flip. */
export function withBoxAt(plan: Plan, line: number, done: (was: boolean) => boolean): Plan {
  const copy = structuredClone(plan);
  const set = (items: Item[]) => items.forEach((i) => i.line === line && (i.done = done(i.done)));
  set(copy.criteria);
  for (const p of copy.phases) {
    set(p.checklist);
    for (const t of p.tasks) {
      set(t.checklist);
      set(t.criteria);
    }
  }
  for (const d of copy.decisions) for (const o of d.options) if (o.line === line) o.chosen = done(o.chosen);
  return copy;
}
