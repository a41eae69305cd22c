import type { Item, Phase, Plan, Task } from "@/lib/plan/contract";
import { allItems } from "@/lib/plan/items";
import { ownerMention } from "@/lib/plan/owners";
import { encodePlanText } from "./encoding";
import { escapeText } from "./escape";
import { LineDoc } from "./line-doc";
import type { ParsedPlan } from "./parse-plan";
import type { TaskSource } from "./reader";
import { assertWritable } from "./write-values";
import { CHECKBOX, contentEnd, estimateText, rewriteTask } from "./write-task";
import { STATUS_WORD } from "./written-words";
import { writeDecisionChoices } from "./write-decisions";

/**
 * Writes the plan as it is now onto the source it was imported from, touching only what changed:
 * a tick flips one character, a changed status/estimate/owner rewrites the one line that holds it
 * (or adds one line in the task's style), a new task or item is inserted after its neighbours in
 * their style. Items, tasks and phases are matched to the source by `line`; `line: null` is new.
 */
export function writeBack(parsed: ParsedPlan, current: Plan): string {
  assertWritable(current);
  const doc = new LineDoc(parsed.text);
  const original = parsed.plan;

  applyTicks(doc, original, current);
  writeDecisionChoices(doc, original.decisions, current.decisions);
  const originalTasks = new Map(original.phases.flatMap((p) => p.tasks).map((t) => [t.line, t]));
  for (const phase of current.phases) {
    for (const task of phase.tasks) {
      const before = task.line !== null ? originalTasks.get(task.line) : undefined;
      const source = task.line !== null ? parsed.index.tasks.get(task.line) : undefined;
      if (before && source) {
        rewriteTask(doc, parsed.index, source, before, task);
        insertTaskItems(doc, parsed, source, task, before);
      }
    }
    insertNewTasks(doc, parsed, phase);
    const beforePhase = original.phases.find((p) => p.line !== null && p.line === phase.line);
    const phaseEnd = phase.line !== null ? parsed.index.phases.get(phase.line)?.endLine : undefined;
    if (beforePhase && phaseEnd) insertNewItems(doc, parsed, phase.checklist, beforePhase.checklist, phaseEnd);
  }
  insertNewItems(doc, parsed, current.criteria, original.criteria, doc.lastLine);
  return (parsed.bom ? "\uFEFF" : "") + doc.toString();
}

/** `writeBack` as the bytes of the file: in the encoding the plan came in (UTF-16 stays UTF-16). */
export function writeBackBytes(parsed: ParsedPlan, current: Plan): Uint8Array {
  return encodePlanText(writeBack(parsed, current), parsed.encoding ?? "utf-8", false);
}

// ---------------------------------------------------------------------------------------------
// Ticks.

function applyTicks(doc: LineDoc, original: Plan, current: Plan) {
  const was = new Map<number, boolean>();
  for (const i of checkboxesOf(original)) if (i.line !== null) was.set(i.line, i.done);
  for (const i of checkboxesOf(current)) {
    if (i.line === null || was.get(i.line) === undefined || was.get(i.line) === i.done) continue;
    const text = doc.get(i.line);
    const m = CHECKBOX.exec(text);
    if (m) doc.set(i.line, m[1] + (i.done ? "x" : " ") + text.slice(m[1]!.length + 1));
  }
}

/** Every checkbox in the source: the plan's items and the decisions' options (ticked = chosen). */
function checkboxesOf(plan: Plan): Item[] {
  return [
    ...allItems(plan),
    ...plan.decisions.flatMap((d) => d.options.map((o) => ({ text: o.text, done: o.chosen, line: o.line }))),
  ];
}

// ---------------------------------------------------------------------------------------------
// New items and tasks.

/** The last line of the paragraph that holds line `n`. */
function paragraphEnd(doc: LineDoc, n: number): number {
  while (
    n < doc.lastLine &&
    doc.get(n + 1).trim() !== "" &&
    !/^\s*(?:#{1,6}\s|(?:[-*+]|\d+[.)])\s)/.test(doc.get(n + 1))
  )
    n++;
  return n;
}

/**
 * New items of a heading task: after its last item of the same kind; a first action item goes
 * before the task's criteria (right after its fields), a first criterion after everything under
 * its own `**Acceptance Criteria:**` label, so each reads back as what it is.
 */
function insertTaskItems(doc: LineDoc, parsed: ParsedPlan, source: TaskSource, task: Task, before: Task) {
  if (before.checklist.length || source.style !== "heading")
    insertNewItems(doc, parsed, task.checklist, before.checklist, source.endLine);
  else {
    const fresh = task.checklist.filter((i) => i.line === null);
    const fieldLines = [...Object.values(source.fieldLines), source.lastFieldLine].filter(
      (n): n is number => typeof n === "number",
    );
    const first = fieldLines.length ? Math.min(...fieldLines) : null;
    const listStyle = first !== null && /^\s*(?:[-*+]|\d+[.)])\s/.test(doc.get(first));
    const at = first === null ? source.line : listStyle ? first - 1 : paragraphEnd(doc, source.lastFieldLine ?? first);
    for (const i of fresh) doc.insertAfter(at, `- [${i.done ? "x" : " "}] ${i.text}`);
    // Text right below would otherwise continue the new item lazily.
    const next = doc.get(at + 1);
    if (fresh.length && at < doc.lastLine && next.trim() !== "" && !/^\s*(?:[-*+]|\d+[.)])\s/.test(next))
      doc.insertAfter(at, "");
  }
  if (before.criteria.length) insertNewItems(doc, parsed, task.criteria, before.criteria, source.endLine);
  else {
    const fresh = task.criteria.filter((i) => i.line === null);
    if (!fresh.length) return;
    const at = contentEnd(doc, source.endLine);
    for (const line of ["", "**Acceptance Criteria:**", ""]) doc.insertAfter(at, line);
    for (const i of fresh) doc.insertAfter(at, `- [${i.done ? "x" : " "}] ${i.text}`);
  }
}

function insertNewItems(doc: LineDoc, parsed: ParsedPlan, items: Item[], siblings: Item[], fallbackEnd: number) {
  const fresh = items.filter((i) => i.line === null);
  if (!fresh.length) return;
  const last = [...siblings].filter((i) => i.line !== null).sort((a, b) => b.line! - a.line!)[0];
  let at = contentEnd(doc, fallbackEnd);
  let prefix = "- [";
  if (last?.line) {
    at = parsed.index.itemEnds.get(last.line) ?? last.line;
    const m = CHECKBOX.exec(doc.get(last.line));
    if (m) prefix = m[1]!.replace(/(\d+)([.)])/, (_x, n: string, d: string) => `${Number(n) + 1}${d}`);
  } else if (doc.get(at).trim() !== "") doc.insertAfter(at, "");
  for (const i of fresh) doc.insertAfter(at, `${prefix}${i.done ? "x" : " "}] ${i.text}`);
}

function insertNewTasks(doc: LineDoc, parsed: ParsedPlan, phase: Phase) {
  const fresh = phase.tasks.filter((t) => t.line === null);
  if (!fresh.length) return;
  const phaseSource = phase.line !== null ? parsed.index.phases.get(phase.line) : undefined;
  // Only a neighbour inside the phase's own section shows where and how to write: a task
  // declared elsewhere (and placed here by a reference) would put the new one in the wrong place.
  const inside = (line: number) => !phaseSource || (line > phaseSource.line && line <= phaseSource.endLine);
  const existing = phase.tasks.filter((t) => t.line !== null && inside(t.line)).sort((a, b) => a.line! - b.line!);
  const lastTask = existing[existing.length - 1];
  const lastSource = lastTask ? parsed.index.tasks.get(lastTask.line!) : undefined;
  const at = contentEnd(doc, lastSource?.endLine ?? phaseSource?.endLine ?? doc.lastLine);
  for (const task of fresh) {
    if (lastSource?.style === "checkbox" || lastSource?.style === "list") {
      const model = /^(\s*(?:[-*+]|\d+[.)])\s+)(\[[ xX]\]\s+)?/.exec(doc.get(lastSource.line));
      const bullet = model?.[1]?.replace(/(\d+)([.)])/, (_x, n: string, d: string) => `${Number(n) + 1}${d}`) ?? "- ";
      doc.insertAfter(
        at,
        `${bullet}${model?.[2] ? (task.status === "done" ? "[x] " : "[ ] ") : ""}${inlineTask(task)}`,
      );
    } else if (lastSource?.style === "table") {
      const cols = (doc.get(lastSource.line).match(/\|/g)?.length ?? 3) - 1;
      doc.insertAfter(
        at,
        `| ${[task.key ?? "", task.title]
          .slice(cols > 1 ? 0 : 1)
          .concat(Array(Math.max(0, cols - 2)).fill(""))
          .join(" | ")} |`,
      );
    } else {
      const depth = lastSource?.headingDepth || Math.min(6, (phaseSource?.headingDepth ?? 2) + 1);
      const heading = lastSource
        ? headingLike(doc.get(lastSource.line), task)
        : `${"#".repeat(depth)} ${task.key ? `${task.key}. ` : ""}${task.title}`;
      doc.insertAfter(at, "");
      for (const line of [heading, "", ...taskFieldLines(task)]) doc.insertAfter(at, line);
      if (at < doc.lastLine && doc.get(at + 1).trim() !== "") doc.insertAfter(at, "");
    }
  }
}

/** A heading for `task` shaped like `model`: `#### Task 1.4: Title` → `#### Task 1.5: New`. */
function headingLike(model: string, task: Task): string {
  const m = /^(#{1,6}\s+)(.*)$/.exec(model);
  const hashes = m?.[1] ?? "### ";
  const keyShape = /^((?:\*\*)?(?:task\s+)?#?)([A-Za-z]*[-.]?\d+(?:\.\d+)*)([:.)]?\s+)/i.exec(m?.[2] ?? "");
  if (keyShape && task.key)
    return `${hashes}${keyShape[1]}${task.key}${keyShape[3]}${task.title}${keyShape[1]!.startsWith("**") ? "**" : ""}`;
  return `${hashes}${task.key ? `${task.key}. ` : ""}${task.title}`;
}

export function taskFieldLines(task: Task): string[] {
  const lines: string[] = [];
  lines.push(`**Priority:** ${task.priority ?? "None"}  `);
  lines.push(`**Status:** ${STATUS_WORD[task.status]}  `);
  if (task.estimate) lines.push(`**Effort:** ${estimateText(task.estimate)}  `);
  if (task.owner) lines.push(`**Owner:** ${escapeText(task.owner)}  `);
  if (task.dependsOn.length) lines.push(`**Depends on:** ${task.dependsOn.map(escapeText).join(", ")}  `);
  if (task.files.length) lines.push(`**Files:** ${task.files.map((f) => `\`${f}\``).join(", ")}  `);
  lines[lines.length - 1] = lines[lines.length - 1]!.trimEnd();
  return lines;
}

function inlineTask(task: Task): string {
  const marks = [
    task.priority,
    task.owner ? ownerMention(task.owner) : null,
    task.estimate ? `~${estimateText(task.estimate)}` : null,
  ].filter(Boolean);
  return `${task.key ? `${task.key} ` : ""}${task.title}${marks.length ? ` (${marks.join(", ")})` : ""}`;
}
