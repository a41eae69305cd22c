/**
 * The check of write-back's property test, shared with the plain cases: the bar for write-back (fast-check): for every plan of the corpus (the fixtures, our own test
 * plans, a generated plan), every task and every editable field, a random valid new value is
 * exported and parsed again. The field reads back as the new value; every other task, field,
 * checkbox, decision and metric reads back unchanged; the diff touches only that task's lines,
 * adds one line, or (a status change in a kanban column) moves the task to its new column.
 */
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { expect } from "vitest";
import type { Estimate, Plan, Status, Task } from "@/lib/plan/contract";
import { generatePlan } from "@/bench/generate-plan";
import { parseEstimate } from "../estimate";
import { parsePlan, writeBack, type ParsedPlan } from "../index";
import type { EditableField } from "../write-task";


const dirs = [new URL("../../../fixtures/plans/", import.meta.url), new URL("./plans/", import.meta.url)];
export const CORPUS: Array<{ name: string; parsed: ParsedPlan }> = [
  ...dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => ({ name: f, parsed: parsePlan(new Uint8Array(readFileSync(new URL(f, dir)))) })),
  ),
  { name: "generated", parsed: parsePlan(generatePlan({ tasks: 24 })) },
];

type Value = Task[EditableField];
export interface Edit {
  plan: string;
  taskLine: number;
  field: EditableField;
  value: Value;
}

const OWNERS = ["@kim", "@ana.b", "Kim Lee", "**x**", "O'Neil", "a_b_c", "Zoë", "team-red", "R&D"];
const ESTIMATES = ["3h", "2-4 days", "1 week", "5 hours", "2d", "6-8 hours", "30 min", "1.5 days"];
const TITLES = ["Ship the thing", "Fix *all* the_things_", "Use `cache` keys", "Rotate keys [soon]", "Retry job #7", "A <b> tag", "2x faster builds", "Zoë’s import"];
const STATUSES: Status[] = ["todo", "in_progress", "done", "blocked", "deferred"];

const tasksOf = (plan: Plan) => plan.phases.flatMap((p) => p.tasks);

function valueArb(field: EditableField, task: Task, plan: Plan): fc.Arbitrary<Value> {
  switch (field) {
    case "status":
      return fc.constantFrom(...STATUSES.filter((s) => s !== task.status));
    case "priority":
      return fc.constantFrom(...(["P0", "P1", "P2", "P3"] as const).filter((p) => p !== task.priority));
    case "owner":
      return fc.constantFrom<string | null>(...OWNERS.filter((o) => o !== task.owner), ...(task.owner ? [null] : []));
    case "estimate":
      return fc.constantFrom(...ESTIMATES).map((t) => parseEstimate(t) as Estimate);
    case "title":
      return fc.constantFrom(...TITLES.filter((t) => t !== task.title));
    case "dependsOn": {
      const keys = [...new Set(tasksOf(plan).map((t) => t.key).filter((k): k is string => !!k && k !== task.key))];
      const pool = keys.length ? keys.slice(0, 6) : ["the vendor contract"];
      return fc.subarray(pool, { minLength: task.dependsOn.length ? 0 : 1, maxLength: Math.min(3, pool.length) });
    }
  }
}

export const editArb: fc.Arbitrary<Edit> = fc
  .constantFrom(...CORPUS.flatMap(({ name, parsed }) => tasksOf(parsed.plan).map((t) => ({ name, task: t, plan: parsed.plan }))))
  .chain(({ name, task, plan }) =>
    fc
      .constantFrom<EditableField>("status", "priority", "owner", "estimate", "title", "dependsOn")
      .chain((field) => valueArb(field, task, plan).map((value) => ({ plan: name, taskLine: task.line!, field, value }))),
  );

/** The plan with one task's field set to a value, as the app stores it. */
export function applyEdit(plan: Plan, edit: Edit): Plan {
  const copy: Plan = structuredClone(plan);
  const task = tasksOf(copy).find((t) => t.line === edit.taskLine)!;
  (task as Record<EditableField, Value>)[edit.field] = edit.value;
  return copy;
}

/** Without lines (they shift) and with estimates as hours (`4h` may read back as `~4h`). */
const stripLines = (v: unknown) =>
  JSON.parse(JSON.stringify(v, (k, x) => (k === "line" ? undefined : k === "estimate" && x ? [x.minHours, x.maxHours] : x)));

/** Everything but the edited task (and phase statuses, which follow from their tasks). */
function rest(plan: Plan, target: Task, title: string) {
  return stripLines({
    ...plan,
    // A task's `Options:` list is a decision named after the task.
    decisions: plan.decisions.map((d) => (d.title === target.title ? { ...d, title } : d)),
    warnings: [],
    repairedEncoding: null,
    // A kanban move may empty a column, which then is no phase any more.
    phases: plan.phases
      .map((p) => ({ ...p, status: undefined, tasks: p.tasks.filter((t) => t !== target) }))
      .filter((p) => p.tasks.length || p.checklist.length),
  });
}

/** The target task without the edited field and its own checkbox (a status change ticks it). */
function others(task: Task, field: EditableField) {
  const t = stripLines({ ...task, [field]: undefined, checklist: task.checklist.filter((i) => i.line !== task.line) });
  return t;
}

function sameValue(field: EditableField, got: Task, want: Value): void {
  if (field === "estimate") {
    const w = want as Estimate;
    expect([got.estimate?.minHours, got.estimate?.maxHours]).toEqual([w.minHours, w.maxHours]);
  } else expect(got[field]).toEqual(want);
}

/** Checks one edit; returns what went wrong as a thrown expectation. */
export function checkEdit(edit: Edit) {
  const { parsed } = CORPUS.find((c) => c.name === edit.plan)!;
  const before = tasksOf(parsed.plan).find((t) => t.line === edit.taskLine)!;
  const source = parsed.index.tasks.get(edit.taskLine)!;
  const out = writeBack(parsed, applyEdit(parsed.plan, edit));
  const again = parsePlan(out).plan;

  const oldLines = parsed.text.split(/\r\n|\r|\n/);
  const newLines = out.split(/\r\n|\r|\n/);
  const moved = edit.field === "status" && source.column !== undefined && tasksOf(again).every((t) => t.line !== edit.taskLine || t.title !== before.title);
  const want = { ...before, [edit.field]: edit.value } as Task;
  const target = moved
    ? tasksOf(again).find((t) => t.title === want.title && t.key === want.key && t.line !== edit.taskLine)
    : tasksOf(again).find((t) => t.line === edit.taskLine);
  expect(target, "the task reads back at its line (or in its new column)").toBeDefined();
  sameValue(edit.field, target!, edit.value);
  expect(others(target!, edit.field)).toEqual(others(before, edit.field));
  expect(rest(again, target!, "")).toEqual(rest(parsed.plan, before, ""));

  if (moved) {
    const oldRest = oldLines.filter((_, i) => i + 1 < source.line || i + 1 > source.endLine);
    const span = source.endLine - source.line + 1;
    const newRest = [...newLines];
    newRest.splice(target!.line! - 1, span);
    expect(newRest).toEqual(oldRest);
    return;
  }
  let p = 0;
  while (p < oldLines.length && p < newLines.length && oldLines[p] === newLines[p]) p++;
  let s = 0;
  while (s < oldLines.length - p && s < newLines.length - p && oldLines[oldLines.length - 1 - s] === newLines[newLines.length - 1 - s]) s++;
  const [oldHunk, newHunk] = [oldLines.length - p - s, newLines.length - p - s];
  expect(newHunk - oldHunk, "the edit adds at most one line").toBeGreaterThanOrEqual(0);
  expect(newHunk - oldHunk).toBeLessThanOrEqual(1);
  if (oldHunk > 0) {
    expect(p + 1, "the diff starts at the task").toBeGreaterThanOrEqual(source.line);
    expect(p + oldHunk, "the diff ends within the task").toBeLessThanOrEqual(source.endLine);
  }
}

