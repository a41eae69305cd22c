import { fieldKind } from "./fields";
import {
  BLOCKING_PHRASE,
  CONVENTIONAL_PRIORITY_EMOJI,
  DEPENDENCY_PHRASE,
  EFFORT_UNIT,
  PRIORITY_TOKEN,
  type FieldKind,
} from "./vocabulary";

/**
 * Where a task's values stand on its source line, found with the same conventions the reader
 * reads them by: a field value (`**Owner:** Ana`), a table cell, an inline mark (`@ana`, `~4h`,
 * `(P1)`, `— blocked`) or the title text. Columns are 0-based offsets into the line's text.
 */
export interface Span {
  start: number;
  end: number;
}

// `- **Status:** x`, `**Status**: x`, `Status: x` → prefix up to the value, the value, trailing hard break.
export const FIELD_LINE =
  /^(\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*[^*]+?:\*\*|\*\*[^*]+?\*\*\s*:|[A-Za-z][\w /]*?:)\s*)(.*?)(\s{2,}|\\)?$/;
const SEPARATED = /\s[·•|]\s/;

/** The value of a field line; of the named field's segment on a line of several fields. */
export function fieldValueSpan(text: string, name: string | undefined): Span | null {
  if (name && SEPARATED.test(text)) {
    const label = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const m = new RegExp(
      `((?:\\*\\*)?${label}(?::\\*\\*|\\*\\*\\s*:|\\s*:)\\s*)(.*?)(?=\\s+[·•|]\\s+|\\s{2,}$|$)`,
    ).exec(text);
    if (m) return trimDependency(text, { start: m.index + m[1]!.length, end: m.index + m[1]!.length + m[2]!.length });
  }
  const m = FIELD_LINE.exec(text);
  return m ? trimDependency(text, { start: m[1]!.length, end: m[1]!.length + m[2]!.length }) : null;
}

/** The cells of a table row, without their padding; `\|` does not end a cell. */
export function rowCells(text: string): Span[] {
  const bars: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "|") bars.push(i);
  }
  const trimmed = text.trim();
  const edges = [...bars];
  if (!trimmed.startsWith("|")) edges.unshift(text.length - text.trimStart().length - 1);
  if (!trimmed.endsWith("|") || edges.length < 2) edges.push(text.trimEnd().length);
  const cells: Span[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    let [start, end] = [edges[i]! + 1, edges[i + 1]!];
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    cells.push({ start, end });
  }
  return cells;
}

/** The text of an inline task after its bullet and checkbox: where its marks stand. */
export function itemTextSpan(text: string): Span {
  const m = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)/.exec(text);
  const start = m ? m[1]!.length : text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}

/** The heading's text, without `#` marks or a closing sequence. */
export function headingTextSpan(text: string): Span {
  const m = /^(\s*#{1,6}\s+)(.*?)(\s+#+)?\s*$/.exec(text);
  if (!m) return { start: 0, end: text.trimEnd().length };
  return { start: m[1]!.length, end: m[1]!.length + m[2]!.length };
}

const within = (text: string, region: Span, re: RegExp): Span | null => {
  const part = text.slice(region.start, region.end);
  const m = re.exec(part);
  if (!m) return null;
  const at = m.index + (m[0].length - (m.groups?.mark ?? m[0]).length);
  return { start: region.start + at, end: region.start + at + (m.groups?.mark ?? m[0]).length };
};

export const OWNER_MARK = /(?:^|[\s(,[])(?<mark>@[\w.-]*\w)/;
const NUMBER = String.raw`\d+(?:[.,]\d+)?|½`;
const AMOUNT = String.raw`~?\s*(?:${NUMBER})\s*(?:(?:-|–|—|to)\s*(?:${NUMBER})\s*)?(?:${EFFORT_UNIT})`;
const ESTIMATE_MARKS = [
  new RegExp(String.raw`(?<mark>[([]\s*(?:est\.?\s*|estimate:?\s*)?${AMOUNT}\s*[)\]])`, "i"),
  new RegExp(
    String.raw`(?<mark>(?:~|\best\.?\s*)(?:${NUMBER})\s*(?:(?:-|–|to)\s*(?:${NUMBER})\s*)?(?:${EFFORT_UNIT}))(?![\w])`,
    "i",
  ),
  new RegExp(String.raw`(?:^|[,—–|(]\s*)(?<mark>${AMOUNT})(?=\s*(?:[,;—–|)]|$))`, "i"),
  /(?<mark>[([]\s*(?:XS|S|M|L|XL)\s*[)\]])/,
];
const PRIORITY_MARKS = [
  new RegExp(`(?<mark>${CONVENTIONAL_PRIORITY_EMOJI.map(([e]) => e).join("|")})\uFE0F?`, "u"),
  /(?<![\w.#])(?<mark>P-?[0-3])(?![\w])/,
  /(?:^|\s)(?<mark>#[pP][0-3])(?![\w])/,
  new RegExp(String.raw`[([]\s*(?<mark>(?:${PRIORITY_TOKEN})(?:\s+priority)?)\s*[)\],]`, "i"),
  new RegExp(String.raw`[,—–]\s*(?<mark>(?:${PRIORITY_TOKEN}))\s*$`, "i"),
];
/** Status marks of an inline task: `— blocked`, `(in progress)`, `[blocked]`, `BLOCKED` (not `blocked by X`). */
export const STATUS_MARKS =
  /\s*[—–]\s*(?:blocked|in[ -]progress|wip|deferred|postponed|done|to do)\b(?!\s+by\b)|\s*[([](?:blocked|in[ -]progress|wip|deferred|postponed|done|completed?|to[ -]?do|not started)[)\]]|\s+\b(?:BLOCKED|IN[ -]PROGRESS|WIP|DEFERRED|POSTPONED|DONE|COMPLETED)\b(?!\s+by\b)/gi;

const DEPENDS = new RegExp(String.raw`(?:\(\s*|(?:[—–]|\s-|[,;])\s*)(${DEPENDENCY_PHRASE})\s+`, "iu");

/** An inline dependency (`— depends on OPS-3`, `(needs 6.2)`, `— blocked by X`): the whole mark and its list. */
export function dependsMark(text: string, region: Span): { mark: Span; value: Span; blocking: boolean } | null {
  const part = text.slice(region.start, region.end);
  const m = DEPENDS.exec(part);
  if (!m) return null;
  const paren = m[0].trimStart().startsWith("(");
  const valueStart = m.index + m[0].length;
  const rest = part.slice(valueStart);
  const len = paren ? rest.indexOf(")") : rest.search(/\s[—–]\s|$/);
  if (len < 0) return null;
  const at = region.start;
  return {
    mark: { start: at + m.index, end: at + valueStart + len + (paren ? 1 : 0) },
    value: { start: at + valueStart, end: at + valueStart + len },
    blocking: BLOCKING_PHRASE.test(m[1]!.replace(/\s+/g, " ")),
  };
}

/** Where a field value ends: before an inline dependency written after it (`3 days — depends on #57`). */
export function trimDependency(text: string, value: Span): Span {
  const d = dependsMark(text, value);
  return d && d.mark.start > value.start ? { start: value.start, end: d.mark.start } : value;
}

export const ownerMark = (text: string, region: Span) => within(text, region, OWNER_MARK);
export const priorityMark = (text: string, region: Span) => first(text, region, PRIORITY_MARKS);
export const estimateMark = (text: string, region: Span) => first(text, region, ESTIMATE_MARKS);

function first(text: string, region: Span, patterns: readonly RegExp[]): Span | null {
  for (const re of patterns) {
    const s = within(text, region, re);
    if (s) return s;
  }
  return null;
}

/**
 * The title within a region: its words as written, with markup between them, widened to take
 * in a `**` or `` ` `` it opens or closes (so none is left unbalanced). `~~` stays: it says done.
 */
export function titleSpan(text: string, region: Span, title: string): Span | null {
  const words = title.split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  return wordsSpan(text, region, words);
}

/**
 * The title's words as they stand, and the words of it found further on (a `#tag` after other
 * marks): for rewriting a title whose words are not all in one run.
 */
export function titleParts(text: string, region: Span, title: string): Span[] {
  const words = title.split(/\s+/).filter(Boolean);
  for (let n = words.length; n > 0; n--) {
    const head = wordsSpan(text, region, words.slice(0, n));
    if (!head) continue;
    const parts = [head];
    let from = head.end;
    for (const w of words.slice(n)) {
      const at = text.indexOf(w, from);
      if (at < 0 || at >= region.end) continue;
      parts.push({ start: at, end: at + w.length });
      from = at + w.length;
    }
    return parts;
  }
  return [];
}

function wordsSpan(text: string, region: Span, words: readonly string[]): Span | null {
  const sep = String.raw`(?:[\s*_\x60~\\]|\[|\]\([^)]*\)|\p{Extended_Pictographic}|\uFE0F|\u200D)+`;
  const char = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(
    words
      .map((w) =>
        Array.from(w)
          .map(char)
          .join(String.raw`\\?`),
      )
      .join(sep),
    "u",
  );
  const part = text.slice(region.start, region.end);
  const m = re.exec(part);
  if (!m) return null;
  let [start, end] = [region.start + m.index, region.start + m.index + m[0].length];
  for (const marker of ["**", "`"]) {
    const inside = text.slice(start, end).split(marker).length - 1;
    if (inside % 2 === 0) continue;
    const before = text.lastIndexOf(marker, start - 1);
    const after = text.indexOf(marker, end);
    const countBefore = before >= region.start ? text.slice(region.start, start).split(marker).length - 1 : 0;
    if (countBefore % 2 === 1 && before >= region.start) start = before;
    else if (after >= 0 && after < region.end) end = after + marker.length;
  }
  return { start, end };
}

/** `[owner:: Sam]`, `(estimate:: 5h)`: the value of the inline field of `kind` in the region. */
export function inlineFieldValue(text: string, region: Span, kind: FieldKind): Span | null {
  const re = /[[(]\s*([^[\]():]{1,40})::\s*([^\])]*?)\s*[\])]/g;
  const part = text.slice(region.start, region.end);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (fieldKind(m[1]!.trim()) !== kind) continue;
    const start =
      region.start + m.index + m[0].indexOf("::") + 2 + /^\s*/.exec(m[0].slice(m[0].indexOf("::") + 2))![0].length;
    return { start, end: start + m[2]!.length };
  }
  return null;
}
