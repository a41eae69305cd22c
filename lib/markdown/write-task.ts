import type { Estimate, Status, Task } from "@/lib/plan/contract";
import { escapeText } from "./escape";
import type { LineDoc } from "./line-doc";
import type { SourceField, SourceIndex, TaskSource } from "./reader";
import {
  estimateMark,
  fieldValueSpan,
  headingTextSpan,
  inlineFieldValue,
  itemTextSpan,
  ownerMark,
  priorityMark,
  dependsMark,
  rowCells,
  STATUS_MARKS,
  titleParts,
  titleSpan,
  type Span,
} from "./task-spans";
import { CONVENTIONAL_PRIORITY_EMOJI } from "./vocabulary";
import { DEPENDS_MARK, FIELD_LABEL, NO_PRIORITY, STATUS_MARK, STATUS_WORD, UNKNOWN } from "./written-words";

/**
 * One writer per task style. Each rewrites the span a changed field was read from, in the style
 * it was written in; where the style has no place for the field it adds one the reader reads
 * back: a field line under a heading, an inline mark in the item's (or title cell's) text.
 */
export type EditableField = SourceField | "title";
// Status, estimate, owner, priority: the order new field lines have always been added in.
export const EDITABLE_FIELDS: readonly EditableField[] = [
  "title",
  "status",
  "estimate",
  "owner",
  "priority",
  "dependsOn",
];

export function estimateText(e: Estimate | null): string {
  if (!e) return UNKNOWN;
  return e.text || (e.minHours === e.maxHours ? `${e.minHours} hours` : `${e.minHours}-${e.maxHours} hours`);
}

export function changedFields(a: Task, b: Task): EditableField[] {
  return EDITABLE_FIELDS.filter((f) =>
    f === "estimate"
      ? JSON.stringify([a.estimate?.minHours, a.estimate?.maxHours]) !==
        JSON.stringify([b.estimate?.minHours, b.estimate?.maxHours])
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
  const title = escapeText(after.title);
  const span = titleSpan(text, region, before.title);
  if (span) return doc.set(source.line, replace(text, span, title));
  // The words are not in one run (marks stand between them): the first run says the new
  // title, the words found after it go.
  const parts = titleParts(text, region, before.title);
  if (parts.length) {
    let out = text;
    for (const p of [...parts].reverse()) out = p === parts[0] ? replace(out, p, title) : removeMark(out, p);
    return doc.set(source.line, out);
  }
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
    .replace(
      /\s*[-–—:|]*\s*\b(?:COMPLETED?|DONE|FINISHED|RESOLVED|FIXED|SHIPPED|IN[ -]PROGRESS|WIP|BLOCKED|DEFERRED|POSTPONED)\b[\s!.]*$/,
      "",
    )
    .replace(/\s*\((?:completed?|done|in[ -]progress|wip|blocked|deferred|postponed)\)\s*$/i, "")
    .trim();
  return title ? m[1] + title + m[3]!.trimEnd() : heading;
}

/** Keeps the emphasis the old value had: `**HIGH**` stays bold. */
function styled(old: string, value: string): string {
  return /^\*\*.*\*\*$/.test(old.trim()) ? `**${value}**` : value;
}

const FIELD_PREFIX =
  /^(\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*[^*]+?:\*\*|\*\*[^*]+?\*\*\s*:|[A-Za-z][\w /]*?:)\s*)(.*?)(\s{2,}|\\)?$/;

/** A new `**Effort:** 3h` line in the style of the task's other fields, before the first of them. */
function addFieldLine(doc: LineDoc, source: TaskSource, label: string, value: string) {
  const firstField = Math.min(
    ...Object.values(source.fieldLines).filter((n): n is number => n !== undefined),
    source.lastFieldLine ?? Infinity,
  );
  if (Number.isFinite(firstField)) {
    const model = FIELD_PREFIX.exec(doc.get(firstField));
    if (model) {
      const prefix = model[1]!.replace(
        /(\*\*)?[^*]*?(:\*\*|\*\*\s*:|:)\s*$/,
        (_m, open: string | undefined, close: string) => `${open ?? ""}${label}${close} `,
      );
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
    const value =
      field === "owner" && !after.owner ? "" : field === "priority" && !after.priority ? "" : fieldText(field, after);
    return doc.set(source.line, replace(text, cell, value));
  }
  const region = cells[source.columns?.title ?? 0];
  if (!region) return;
  if (field === "status") return writeStatusMarks(doc, source.line, region, before.status, after, false, false);
  writeMark(doc, source.line, region, field, after);
}

// ---- inline marks: checkboxes and list items --------------------------------------------------

function writeInlineStatus(doc: LineDoc, index: SourceIndex, source: TaskSource, before: Task, after: Task) {
  const boxed = source.style === "checkbox";
  const text = doc.get(source.line);
  const inline = inlineFieldValue(text, itemTextSpan(text), "status");
  if (inline && !boxed) return doc.set(source.line, writeInlineField(text, inline, "status", after));
  const target = source.column !== undefined ? targetColumn(index, source.column, after.status) : null;
  if (target !== null) {
    writeStatusMarks(
      doc,
      source.line,
      itemTextSpan(doc.get(source.line)),
      before.status,
      { ...after, status: "todo" },
      boxed,
      false,
    );
    if (boxed) tick(doc, source.line, after.status === "done");
    return doc.move(source.line, source.endLine, contentEnd(doc, index.columns.get(target)!.endLine));
  }
  writeStatusMarks(
    doc,
    source.line,
    itemTextSpan(doc.get(source.line)),
    before.status,
    after,
    boxed,
    source.column !== undefined,
  );
  if (boxed) tick(doc, source.line, after.status === "done");
}

/** The column beside `from` (same parent section) that stands for `status`. */
function targetColumn(index: SourceIndex, from: number, status: Status): number | null {
  const here = index.columns.get(from);
  if (!here) return null;
  for (const [line, c] of index.columns)
    if (c.parent === here.parent && c.status === status) return line === from ? null : line;
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

/**
 * Status marks out, the new one in (after the title): a ticked box says done by itself, and a
 * to-do needs a mark only where a column or phase would say otherwise. `— blocked by X` that
 * is no longer blocking becomes `— depends on X`.
 */
function writeStatusMarks(
  doc: LineDoc,
  line: number,
  region: Span,
  from: Status,
  task: Task,
  boxed: boolean,
  placed: boolean,
) {
  const text = doc.get(line);
  let part = text.slice(region.start, region.end).replace(STATUS_MARKS, "");
  if (from === "done" && task.status !== "done")
    part = part
      .replace(/~~/g, "")
      .replace(/\s*✅\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu, "")
      .replace(/\s*[✅✔☑]\uFE0F?/gu, "");
  if (task.status !== "blocked") {
    const d = dependsMark(part, { start: 0, end: part.length });
    if (d?.blocking)
      part =
        part.slice(0, d.mark.start).trimEnd() +
        (part.slice(d.mark.start).trimStart().startsWith("(") ? ` (${DEPENDS_MARK} ` : ` — ${DEPENDS_MARK} `) +
        part.slice(d.value.start);
  }
  const mark = (task.status === "done" && boxed) || (task.status === "todo" && !placed) ? "" : STATUS_MARK[task.status];
  if (mark) part = insertAfterTitle(part, { start: 0, end: part.length }, task.title, mark);
  doc.set(line, text.slice(0, region.start) + part.trimEnd() + text.slice(region.end));
}

/** Rewrites, adds or removes the inline mark of `field` inside `region`. */
function writeMark(doc: LineDoc, line: number, region: Span, field: Exclude<SourceField, "status">, after: Task) {
  const text = doc.get(line);
  const inline = inlineFieldValue(text, region, field);
  if (inline) return doc.set(line, writeInlineField(text, inline, field, after));
  if (field === "dependsOn") return doc.set(line, writeDependsMark(text, region, after));
  const found =
    field === "owner"
      ? ownerMark(text, region)
      : field === "priority"
        ? priorityMark(text, region)
        : estimateMark(text, region);
  const old = found ? text.slice(found.start, found.end) : "";
  const value = markText(field, after, old);
  if (found && value !== null && !(field === "owner" && value.startsWith("[")))
    return doc.set(line, replace(text, found, value));
  let out = found ? removeMark(text, found) : text;
  const end = region.end - (text.length - out.length);
  if (value !== null)
    out = insertAfterTitle(
      out,
      { start: region.start, end },
      after.title,
      value.startsWith("[") ? value : `(${value})`,
    );
  doc.set(line, out);
}

/** ` mark` right after the title: a trailing mark (`— 3d`) stays the last thing on the line. */
function insertAfterTitle(text: string, region: Span, title: string, mark: string): string {
  const span = titleSpan(text, region, title);
  let at = span ? span.end : region.end;
  // After the markup that closes around the title: `**Title** (P1)`, `~~Title~~ (2h)`.
  while (/^(?:\*\*|~~|__|[*_`])/.test(text.slice(at)) && at < region.end)
    at += /^(?:\*\*|~~|__)/.test(text.slice(at)) ? 2 : 1;
  return text.slice(0, at).trimEnd() + ` ${mark}` + text.slice(at);
}

/** `— depends on A, B` / `(needs A)` / `— blocked by A`: the list rewritten in its own phrasing. */
function writeDependsMark(text: string, region: Span, task: Task): string {
  const found = dependsMark(text, region);
  const list = task.dependsOn.map(escapeText).join(", ");
  if (found && list) return replace(text, found.value, list);
  if (found) {
    // Blocked by nothing any more, but still blocked: the status keeps a mark of its own.
    const out = removeMark(text, found.mark);
    const end = region.end - (text.length - out.length);
    return found.blocking && task.status === "blocked"
      ? insertAfterTitle(out, { start: region.start, end }, task.title, STATUS_MARK.blocked)
      : out;
  }
  if (!list) return text;
  return insertAfterTitle(text, region, task.title, `(${DEPENDS_MARK} ${list})`);
}

/** `[owner:: Sam]` → `[owner:: Kim Lee]`; an empty value removes the whole field. */
function writeInlineField(text: string, value: Span, field: SourceField, task: Task): string {
  const written =
    field === "status"
      ? STATUS_WORD[task.status]
      : field === "owner"
        ? task.owner
          ? escapeText(task.owner).replace(/\]/g, "\\]")
          : ""
        : field === "priority"
          ? (task.priority ?? "")
          : field === "estimate"
            ? task.estimate
              ? estimateText(task.estimate)
              : ""
            : task.dependsOn.map(escapeText).join(", ");
  if (written) return replace(text, value, written);
  const open = Math.max(text.lastIndexOf("[", value.start), text.lastIndexOf("(", value.start));
  const close = text.slice(value.end).search(/[\])]/);
  return removeMark(text, { start: open, end: value.end + close + 1 });
}

/** The mark for a value, in the convention of the old mark; null: no mark. */
function markText(field: "owner" | "priority" | "estimate", task: Task, old: string): string | null {
  if (field === "priority") {
    const emoji = CONVENTIONAL_PRIORITY_EMOJI.find(([e]) => old.startsWith(e));
    if (emoji && task.priority) return CONVENTIONAL_PRIORITY_EMOJI.find(([, p]) => p === task.priority)![0];
    return old.startsWith("#") && task.priority ? `#${old[1]}${task.priority.slice(1)}` : task.priority;
  }
  if (field === "owner") {
    if (!task.owner) return null;
    return /^@[\w.-]*\w$/.test(task.owner) ? task.owner : `[owner:: ${escapeText(task.owner).replace(/\]/g, "\\]")}]`;
  }
  if (!task.estimate) return null;
  const text = estimateText(task.estimate);
  if (/^[([]/.test(old)) return `${old[0]}${text}${old[0] === "(" ? ")" : "]"}`;
  return /^~/.test(old) || !old ? `~${text}` : text;
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
