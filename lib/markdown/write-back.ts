import type { Estimate, Item, Phase, Plan, Priority, Status, Task } from "@/lib/plan/contract";
import { allItems } from "@/lib/plan/items";
import { ownerMention } from "@/lib/plan/owners";
import type { ParsedPlan } from "./parse-plan";
import type { TaskSource } from "./document";
import { escapeText } from "./escape";
import { writeDecisionChoices } from "./write-decisions";

/**
 * Writes the plan as it is now onto the source it was imported from, touching only what changed:
 * a tick flips one character, a changed status/estimate/owner rewrites the one line that holds it
 * (or adds one line in the task's style), a new task or item is inserted after its neighbours in
 * their style. Items, tasks and phases are matched to the source by `line`; `line: null` is new.
 */
export function writeBack(parsed: ParsedPlan, current: Plan): string {
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
        rewriteTaskFields(doc, source, before, task);
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

// ---------------------------------------------------------------------------------------------
// The source as lines, edited by original line number; inserted lines keep the file's line ending.

class LineDoc {
  private readonly lines: string[];
  private readonly after = new Map<number, string[]>();
  readonly eol: string;
  constructor(text: string) {
    // CR, LF and CRLF all end a line, as they do for the parser.
    this.lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
    this.eol = /\r\n|\r|\n/.exec(text)?.[0] ?? "\n";
  }
  get lastLine(): number {
    return this.lines.length;
  }
  /** Line text without its line ending; `n` is 1-based. */
  get(n: number): string {
    return (this.lines[n - 1] ?? "").replace(EOL, "");
  }
  set(n: number, text: string) {
    const old = this.lines[n - 1];
    if (old === undefined) return;
    this.lines[n - 1] = text + old.slice(old.replace(EOL, "").length);
  }
  insertAfter(n: number, text: string) {
    const list = this.after.get(n) ?? [];
    list.push(text);
    this.after.set(n, list);
  }
  toString(): string {
    let out = "";
    this.after.get(0)?.forEach((t) => (out += t + this.eol));
    this.lines.forEach((line, i) => {
      const added = this.after.get(i + 1);
      if (added && !EOL.test(line)) line += this.eol;
      out += line;
      added?.forEach((t) => (out += t + this.eol));
    });
    return out;
  }
}

const EOL = /(?:\r\n|\r|\n)$/;

// ---------------------------------------------------------------------------------------------
// Ticks.

/** A checkbox after any container markers (`- `, `1. `, `> `, `- - `) or alone on its line. */
const CHECKBOX = /^((?:[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+))*[ \t]*\[)([ xX])(\])/;

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
  return [...allItems(plan), ...plan.decisions.flatMap((d) => d.options.map((o) => ({ text: o.text, done: o.chosen, line: o.line })))];
}

// ---------------------------------------------------------------------------------------------
// Task fields.

type EditableField = "status" | "estimate" | "owner" | "priority";
const FIELD_LABEL: Record<EditableField, string> = { status: "Status", estimate: "Effort", owner: "Owner", priority: "Priority" };

export const STATUS_WORD: Record<Status, string> = {
  todo: "To do",
  in_progress: "In progress",
  done: "Done",
  blocked: "Blocked",
  deferred: "Deferred",
};

export function estimateText(e: Estimate | null): string {
  if (!e) return "TBD";
  return e.text || (e.minHours === e.maxHours ? `${e.minHours} hours` : `${e.minHours}-${e.maxHours} hours`);
}

function fieldValue(field: EditableField, task: Task): string {
  if (field === "status") return STATUS_WORD[task.status];
  if (field === "estimate") return estimateText(task.estimate);
  if (field === "owner") return task.owner ?? "TBD";
  return task.priority ?? "None";
}

const changed = (field: EditableField, a: Task, b: Task) =>
  field === "estimate"
    ? JSON.stringify([a.estimate?.minHours, a.estimate?.maxHours]) !== JSON.stringify([b.estimate?.minHours, b.estimate?.maxHours])
    : a[field] !== b[field];

// `- **Status:** x`, `**Status**: x`, `Status: x` → prefix up to the value, the value, trailing hard break.
const FIELD_LINE = /^(\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*[^*]+?:\*\*|\*\*[^*]+?\*\*\s*:|[A-Za-z][\w /]*?:)\s*)(.*?)(\s{2,}|\\)?$/;

function rewriteTaskFields(doc: LineDoc, source: TaskSource, before: Task, after: Task) {
  for (const field of ["status", "estimate", "owner", "priority"] as const) {
    if (!changed(field, before, after)) continue;
    const value = fieldValue(field, after);
    if (source.style === "checkbox" && field === "status" && (before.status === "done") !== (after.status === "done")) {
      const text = doc.get(source.line);
      const m = CHECKBOX.exec(text);
      if (m) doc.set(source.line, m[1] + (after.status === "done" ? "x" : " ") + text.slice(m[1]!.length + 1));
      continue;
    }
    if (field === "status" && source.style === "heading") doc.set(source.line, withoutStatusMarks(doc.get(source.line)));
    const line = source.fieldLines[field];
    const name = source.fieldNames?.[field];
    if (line !== undefined && name && SEPARATED.test(doc.get(line))) {
      const rewritten = rewriteSegment(doc.get(line), name, value);
      if (rewritten !== null) {
        doc.set(line, rewritten);
        continue;
      }
    }
    if (line !== undefined) {
      const m = FIELD_LINE.exec(doc.get(line));
      if (m) {
        doc.set(line, m[1] + styled(m[2]!, value) + (m[3] ?? ""));
        continue;
      }
    }
    if (source.style === "heading") addFieldLine(doc, source, FIELD_LABEL[field], value);
    else appendMarker(doc, source.line, field, after);
  }
}

const SEPARATED = /\s[·•|]\s/;

/** `Priority: High · Estimate: 5 days · Owner: Bo`: only the named field's value changes. */
function rewriteSegment(line: string, name: string, value: string): string | null {
  const label = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`((?:\\*\\*)?${label}(?::\\*\\*|\\*\\*\\s*:|\\s*:)\\s*)(.*?)(?=\\s+[·•|]\\s+|\\s{2,}$|$)`).exec(line);
  if (!m) return null;
  const start = m.index + m[1]!.length;
  return line.slice(0, start) + styled(m[2]!, value) + line.slice(start + m[2]!.length);
}

/** `### ✅ ~~Task 1.1: Indexes~~ COMPLETED` → `### Task 1.1: Indexes`: the field says the status now. */
function withoutStatusMarks(heading: string): string {
  const m = /^(\s*#{1,6}\s+)(.*?)(\s*#*\s*)$/.exec(heading);
  if (!m) return heading;
  const title = m[2]!
    .replace(/\s*(?:✅|✔️?|☑️?|🚧|⛔|🚫)\s*/gu, " ")
    .replace(/~~/g, "")
    .replace(/^(?:completed?|done|finished)\s*[:\-–—]\s*/i, "")
    .replace(/\s*[-–—:|]*\s*\b(?:COMPLETED?|DONE|FINISHED|RESOLVED|FIXED|SHIPPED|IN[ -]PROGRESS|WIP|BLOCKED|DEFERRED|POSTPONED)\b[\s!.]*$/, "")
    .replace(/\s*\((?:completed?|done|in[ -]progress|wip|blocked|deferred|postponed)\)\s*$/i, "")
    .trim();
  return title ? m[1] + title + m[3]!.trimEnd() : heading;
}

/** Keeps the emphasis the old value had: `**HIGH**` stays bold. */
function styled(old: string, value: string): string {
  return /^\*\*.*\*\*$/.test(old.trim()) ? `**${value}**` : value;
}

/** A new `**Effort:** 3h` line in the style of the task's other fields, before the first of them. */
function addFieldLine(doc: LineDoc, source: TaskSource, label: string, value: string) {
  const firstField = Math.min(...Object.values(source.fieldLines).filter((n): n is number => n !== undefined), source.lastFieldLine ?? Infinity);
  if (Number.isFinite(firstField)) {
    const model = FIELD_LINE.exec(doc.get(firstField));
    if (model) {
      const prefix = model[1]!.replace(/(\*\*)?[^*]*?(:\*\*|\*\*\s*:|:)\s*$/, (_m, open: string | undefined, close: string) => `${open ?? ""}${label}${close} `);
      doc.insertAfter(firstField - 1, prefix + value + (model[3] ?? ""));
      return;
    }
  }
  doc.insertAfter(source.line, `**${label}:** ${value}`);
}

const PRIORITY_MARK = /\s*[([](?:P[0-3]|critical|high|medium|low)[)\]]/i;

/** For list and table tasks: the change as an inline marker (`(P1)`, `(@ana)`, `(~4h)`, `— blocked`). */
function appendMarker(doc: LineDoc, line: number, field: EditableField, task: Task) {
  let text = doc.get(line);
  const isRow = /^\s*\|/.test(text);
  const marker =
    field === "priority" ? (task.priority ? `(${task.priority})` : "") :
    field === "owner" ? (task.owner ? `(${ownerMention(task.owner)})` : "") :
    field === "estimate" ? (task.estimate ? `(~${estimateText(task.estimate)})` : "") :
    task.status === "done" || task.status === "todo" ? "" : `— ${STATUS_WORD[task.status].toLowerCase()}`;
  if (field === "priority") text = text.replace(PRIORITY_MARK, "");
  if (field === "status") text = text.replace(/\s*[—–]\s*(?:blocked|in progress|deferred|to do)\b/i, "");
  if (!marker) return doc.set(line, text);
  doc.set(line, isRow ? text.replace(/\s*\|\s*$/, ` ${marker} |`) : `${text.replace(/\s+$/, "")} ${marker}`);
}

// ---------------------------------------------------------------------------------------------
// New items and tasks.

/** The last line of the paragraph that holds line `n`. */
function paragraphEnd(doc: LineDoc, n: number): number {
  while (n < doc.lastLine && doc.get(n + 1).trim() !== "" && !/^\s*(?:#{1,6}\s|(?:[-*+]|\d+[.)])\s)/.test(doc.get(n + 1))) n++;
  return n;
}

/** The last line of a section's content: trailing blank lines and `---` rules stay after what we add. */
function contentEnd(doc: LineDoc, end: number): number {
  let n = Math.min(end, doc.lastLine);
  while (n > 1 && /^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})?$/.test(doc.get(n))) n--;
  return n;
}

/**
 * New items of a heading task: after its last item of the same kind; a first action item goes
 * before the task's criteria (right after its fields), a first criterion after everything under
 * its own `**Acceptance Criteria:**` label, so each reads back as what it is.
 */
function insertTaskItems(doc: LineDoc, parsed: ParsedPlan, source: TaskSource, task: Task, before: Task) {
  if (before.checklist.length || source.style !== "heading") insertNewItems(doc, parsed, task.checklist, before.checklist, source.endLine);
  else {
    const fresh = task.checklist.filter((i) => i.line === null);
    const fieldLines = [...Object.values(source.fieldLines), source.lastFieldLine].filter((n): n is number => typeof n === "number");
    const first = fieldLines.length ? Math.min(...fieldLines) : null;
    const listStyle = first !== null && /^\s*(?:[-*+]|\d+[.)])\s/.test(doc.get(first));
    const at = first === null ? source.line : listStyle ? first - 1 : paragraphEnd(doc, source.lastFieldLine ?? first);
    for (const i of fresh) doc.insertAfter(at, `- [${i.done ? "x" : " "}] ${i.text}`);
    // Text right below would otherwise continue the new item lazily.
    const next = doc.get(at + 1);
    if (fresh.length && at < doc.lastLine && next.trim() !== "" && !/^\s*(?:[-*+]|\d+[.)])\s/.test(next)) doc.insertAfter(at, "");
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
      doc.insertAfter(at, `${bullet}${model?.[2] ? (task.status === "done" ? "[x] " : "[ ] ") : ""}${inlineTask(task)}`);
    } else if (lastSource?.style === "table") {
      const cols = (doc.get(lastSource.line).match(/\|/g)?.length ?? 3) - 1;
      doc.insertAfter(at, `| ${[task.key ?? "", task.title].slice(cols > 1 ? 0 : 1).concat(Array(Math.max(0, cols - 2)).fill("")).join(" | ")} |`);
    } else {
      const depth = lastSource?.headingDepth || Math.min(6, (phaseSource?.headingDepth ?? 2) + 1);
      const heading = lastSource ? headingLike(doc.get(lastSource.line), task) : `${"#".repeat(depth)} ${task.key ? `${task.key}. ` : ""}${task.title}`;
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
  if (keyShape && task.key) return `${hashes}${keyShape[1]}${task.key}${keyShape[3]}${task.title}${keyShape[1]!.startsWith("**") ? "**" : ""}`;
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
  const marks = [task.priority, task.owner ? ownerMention(task.owner) : null, task.estimate ? `~${estimateText(task.estimate)}` : null].filter(Boolean);
  return `${task.key ? `${task.key} ` : ""}${task.title}${marks.length ? ` (${marks.join(", ")})` : ""}`;
}

export type { Priority };
