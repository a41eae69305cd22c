import type { Estimate, Status, Task } from "@/lib/plan/contract";
import { escapeText } from "./escape";
import type { LineDoc } from "./line-doc";
import type { SourceField, SourceIndex, TaskSource } from "./reader";
import {
  estimateMark,
  fieldValueSpan,
  headingTextSpan,
  itemTextSpan,
  ownerMark,
  priorityMark,
  rowCells,
  STATUS_MARKS,
  titleSpan,
  type Span,
} from "./task-spans";
import { DEPENDS_MARK, FIELD_LABEL, NO_PRIORITY, STATUS_MARK, STATUS_WORD, UNKNOWN } from "./written-words";

/**
 * One writer per task style. Each rewrites the span a changed field was read from, in the style
 * it was written in; where the style has no place for the field it adds one the reader reads
 * back: a field line under a heading, an inline mark in the item's (or title cell's) text.
 */
export type EditableField = SourceField | "title";
// Status, estimate, owner, priority: the order new field lines have always been added in.
export const EDITABLE_FIELDS: readonly EditableField[] = ["title", "status", "estimate", "owner", "priority", "dependsOn"];

export function estimateText(e: Estimate | null): string {
  if (!e) return UNKNOWN;
  return e.text || (e.minHours === e.maxHours ? `${e.minHours} hours` : `${e.minHours}-${e.maxHours} hours`);
}

export function changedFields(a: Task, b: Task): EditableField[] {
  return EDITABLE_FIELDS.filter((f) =>
    f === "estimate"
      ? JSON.stringify([a.estimate?.minHours, a.estimate?.maxHours]) !== JSON.stringify([b.estimate?.minHours, b.estimate?.maxHours])
      : f === "dependsOn"
        ? a.dependsOn.join("\n") !== b.dependsOn.join("\n")
        : a[f] !== b[f],
  );
}

/** A field's value as a field line or a table cell writes it. */
function fieldText(field: SourceField, task: Task): string {
  if (field === "status") return STATUS_WORD[task.status];
  if (field === "estimate") return escapeText(estimateText(task.estimate));
  if (field === "owner") return task.owner ? escapeText(task.owner) : UNKNOWN;
  if (field === "dependsOn") return task.dependsOn.length ? task.dependsOn.map(escapeText).join(", ") : "None";
  return task.priority ?? NO_PRIORITY;
}

export function rewriteTask(doc: LineDoc, index: SourceIndex, source: TaskSource, before: Task, after: Task) {
  for (const field of changedFields(before, after)) {
    if (field === "title") rewriteTitle(doc, source, before, after);
    else if (source.style === "heading") writeHeadingField(doc, source, field, after);
    else if (source.style === "table") writeTableField(doc, source, field, before, after);
    else if (field === "status") writeInlineStatus(doc, index, source, before, after);
    else writeMark(doc, source.line, itemTextSpan(doc.get(source.line)), field, after);
  }
}

const replace = (text: string, s: Span, value: string) => text.slice(0, s.start) + value + text.slice(s.end);

/** The region a task's title (and, for inline styles, its marks) stands in. */
function titleRegion(doc: LineDoc, source: TaskSource): Span {
  const text = doc.get(source.line);
  if (source.style === "heading") return headingTextSpan(text);
  if (source.style === "table") return rowCells(text)[source.columns?.title ?? 0] ?? { start: 0, end: text.length };
  return itemTextSpan(text);
}

function rewriteTitle(doc: LineDoc, source: TaskSource, before: Task, after: Task) {
  const text = doc.get(source.line);
  const region = titleRegion(doc, source);
  const span = titleSpan(text, region, before.title);
  const title = escapeText(after.title);
  if (span) return doc.set(source.line, replace(text, span, title));
  // The title was read from markup it no longer resembles: the whole region says it anew.
  const key = after.key ? `${after.key} ` : "";
  doc.set(source.line, replace(text, region, key + title));
}

// ---- headings: field lines --------------------------------------------------------------------

function writeHeadingField(doc: LineDoc, source: TaskSource, field: SourceField, after: Task) {
  const value = fieldText(field, after);
  if (field === "status") doc.set(source.line, withoutStatusMarks(doc.get(source.line)));
  const line = source.fieldLines[field];
  const span = line !== undefined ? fieldValueSpan(doc.get(line), source.fieldNames?.[field]) : null;
  if (line !== undefined && span) {
    const text = doc.get(line);
    return doc.set(line, replace(text, span, styled(text.slice(span.start, span.end), value)));
  }
  addFieldLine(doc, source, FIELD_LABEL[field], value);
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

const FIELD_PREFIX = /^(\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*[^*]+?:\*\*|\*\*[^*]+?\*\*\s*:|[A-Za-z][\w /]*?:)\s*)(.*?)(\s{2,}|\\)?$/;

/** A new `**Effort:** 3h` line in the style of the task's other fields, before the first of them. */
function addFieldLine(doc: LineDoc, source: TaskSource, label: string, value: string) {
  const firstField = Math.min(...Object.values(source.fieldLines).filter((n): n is number => n !== undefined), source.lastFieldLine ?? Infinity);
  if (Number.isFinite(firstField)) {
    const model = FIELD_PREFIX.exec(doc.get(firstField));
    if (model) {
      const prefix = model[1]!.replace(/(\*\*)?[^*]*?(:\*\*|\*\*\s*:|:)\s*$/, (_m, open: string | undefined, close: string) => `${open ?? ""}${label}${close} `);
      doc.insertAfter(firstField - 1, prefix + value + (model[3] ?? ""));
      return;
    }
  }
  doc.insertAfter(source.line, `**${label}:** ${value}`);
}

// ---- tables: cells, or marks in the title cell ------------------------------------------------

function writeTableField(doc: LineDoc, source: TaskSource, field: SourceField, before: Task, after: Task) {
  const text = doc.get(source.line);
  const cells = rowCells(text);
  const col = source.columns?.[field];
  const cell = col !== undefined && col >= 0 ? cells[col] : undefined;
  if (cell) {
    const value = field === "owner" && !after.owner ? "" : field === "priority" && !after.priority ? "" : fieldText(field, after);
    return doc.set(source.line, replace(text, cell, value));
  }
  const region = cells[source.columns?.title ?? 0];
  if (!region) return;
  if (field === "status") return writeStatusMarks(doc, source.line, region, before.status, after.status, false);
  writeMark(doc, source.line, region, field, after);
}

// ---- inline marks: checkboxes and list items --------------------------------------------------

function writeInlineStatus(doc: LineDoc, index: SourceIndex, source: TaskSource, before: Task, after: Task) {
  const boxed = source.style === "checkbox";
  const target = source.column !== undefined ? targetColumn(index, source.column, after.status) : null;
  if (target !== null) {
    writeStatusMarks(doc, source.line, itemTextSpan(doc.get(source.line)), before.status, "todo", boxed);
    if (boxed) tick(doc, source.line, after.status === "done");
    return doc.move(source.line, source.endLine, contentEnd(doc, index.columns.get(target)!.endLine));
  }
  writeStatusMarks(doc, source.line, itemTextSpan(doc.get(source.line)), before.status, after.status, boxed);
  if (boxed) tick(doc, source.line, after.status === "done");
}

/** The column beside `from` (same parent section) that stands for `status`. */
function targetColumn(index: SourceIndex, from: number, status: Status): number | null {
  const here = index.columns.get(from);
  if (!here) return null;
  for (const [line, c] of index.columns) if (c.parent === here.parent && c.status === status) return line === from ? null : line;
  return null;
}

/** The last line of a section's content: trailing blank lines and `---` rules stay after what we add. */
export function contentEnd(doc: LineDoc, end: number): number {
  let n = Math.min(end, doc.lastLine);
  while (n > 1 && /^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})?$/.test(doc.get(n))) n--;
  return n;
}

/** A checkbox after any container markers (`- `, `1. `, `> `, `- - `) or alone on its line. */
export const CHECKBOX = /^((?:[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+))*[ \t]*\[)([ xX])(\])/;

export function tick(doc: LineDoc, line: number, done: boolean) {
  const text = doc.get(line);
  const m = CHECKBOX.exec(text);
  if (m && (m[2] !== " ") !== done) doc.set(line, m[1] + (done ? "x" : " ") + text.slice(m[1]!.length + 1));
}

/** Status marks out, the new one in: a ticked box says done, so a box needs no `(done)`. */
function writeStatusMarks(doc: LineDoc, line: number, region: Span, from: Status, to: Status, boxed: boolean) {
  const text = doc.get(line);
  let part = text.slice(region.start, region.end).replace(STATUS_MARKS, "");
  if (from === "done" && to !== "done") part = part.replace(/~~/g, "").replace(/\s*[✅✔☑]\uFE0F?/gu, "");
  const mark = to === "done" && boxed ? "" : STATUS_MARK[to];
  part = part.trimEnd() + (mark ? ` ${mark}` : "");
  doc.set(line, text.slice(0, region.start) + part + text.slice(region.end));
}

/** Rewrites, adds or removes the inline mark of `field` inside `region`. */
function writeMark(doc: LineDoc, line: number, region: Span, field: Exclude<SourceField, "status">, after: Task) {
  const text = doc.get(line);
  const found = field === "owner" ? ownerMark(text, region) : field === "priority" ? priorityMark(text, region) : field === "estimate" ? estimateMark(text, region) : dependsMark(text, region);
  const old = found ? text.slice(found.start, found.end) : "";
  const value = markText(field, after, old);
  if (found && value !== null && !(field === "owner" && value.startsWith("["))) return doc.set(line, replace(text, found, value));
  let out = found ? removeMark(text, found) : text;
  const end = region.end - (text.length - out.length);
  if (value !== null) {
    const mark = value.startsWith("[") || value.startsWith("—") ? value : `(${value})`;
    // Right after the title: a trailing mark (`— 3d`) stays the last thing on the line.
    const title = titleSpan(out, { start: region.start, end }, after.title);
    const at = title && field !== "dependsOn" ? title.end : end;
    out = out.slice(0, at).trimEnd() + ` ${mark}` + out.slice(at);
  }
  doc.set(line, out);
}

/** The mark for a value, in the convention of the old mark; null: no mark. */
function markText(field: Exclude<SourceField, "status">, task: Task, old: string): string | null {
  if (field === "priority") return task.priority;
  if (field === "owner") {
    if (!task.owner) return null;
    return /^@[\w.-]*\w$/.test(task.owner) ? task.owner : `[owner:: ${escapeText(task.owner).replace(/\]/g, "\\]")}]`;
  }
  if (field === "dependsOn") return task.dependsOn.length ? `${DEPENDS_MARK} ${task.dependsOn.map(escapeText).join(", ")}` : null;
  if (!task.estimate) return null;
  const text = estimateText(task.estimate);
  if (/^[([]/.test(old)) return `${old[0]}${text}${old[0] === "(" ? ")" : "]"}`;
  return /^~/.test(old) || !old ? `~${text}` : text;
}

function dependsMark(text: string, region: Span): Span | null {
  const m = /\s*[—–-]\s*depends on\b[^—–()[\]]*/i.exec(text.slice(region.start, region.end));
  return m ? { start: region.start + m.index, end: region.start + m.index + m[0].length } : null;
}

/** A mark out of its line, with an emptied `( )` group or the separator it leaves behind. */
function removeMark(text: string, s: Span): string {
  let [start, end] = [s.start, s.end];
  const before = text.slice(0, start);
  const after = text.slice(end);
  const sepBefore = /\s*[,;]\s*$/.exec(before);
  const sepAfter = /^\s*[,;]\s*/.exec(after);
  const openBefore = /\s*[([]\s*$/.exec(before);
  const closeAfter = /^\s*[)\]]/.exec(after);
  if (openBefore && closeAfter) [start, end] = [start - openBefore[0].length, end + closeAfter[0].length];
  else if (sepAfter) end += sepAfter[0].length;
  else if (sepBefore) start -= sepBefore[0].length;
  else if (/\s[—–]\s*$/.test(before)) start = before.search(/\s[—–]\s*$/);
  const [left, right] = [text.slice(0, start).trimEnd(), text.slice(end).trimStart()];
  if (!right) return left;
  return /[([]$/.test(left) || /^[)\],;]/.test(right) ? left + right : `${left} ${right}`;
}
