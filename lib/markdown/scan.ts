import type { List, ListItem, Paragraph, RootContent, Table } from "mdast";
import { fieldKind, readFieldLine } from "./fields";
import { inlineText, plain, startLine } from "./mdast";
import type { FieldKind } from "./vocabulary";

/**
 * What the blocks of one section hold, read once: fields, labels, checkboxes, plain list items
 * and tables, each with its source line and the label it stands under. The classifier works on
 * these facts, never on the tree again.
 */

export interface Label {
  text: string;
  line: number;
}

export interface Field {
  kind: FieldKind | null;
  name: string;
  /** Light markdown (`**`, `` ` `` kept). */
  value: string;
  line: number;
  /** Items of a list nested under a list-item field (`- **Files:**` followed by a sub-list). */
  sublist: Entry[];
}

export interface Entry {
  /** Light markdown of the item's first paragraph. */
  text: string;
  line: number;
  checked: boolean | null;
  label: Label | null;
  depth: number;
  /** The checkbox this one is nested under, if any. */
  parent: Entry | null;
  /** Index among the items of its own list, and that list's identity, for grouping options. */
  list: List;
  node: ListItem;
}

export interface TableFact {
  header: string[];
  rows: Array<{ cells: string[]; line: number }>;
  line: number;
  label: Label | null;
}

export interface Content {
  fields: Field[];
  entries: Entry[];
  tables: TableFact[];
  labels: Label[];
}

export const emptyContent = (): Content => ({ fields: [], entries: [], tables: [], labels: [] });

/** Nesting deeper than this is read as plain text: no plan needs it, and it bounds the work. */
const MAX_DEPTH = 48;

interface Frame {
  blocks: readonly RootContent[];
  label: Label | null;
  depth: number;
  parent: Entry | null;
}

type Handler<T extends RootContent> = (
  node: T,
  frame: Frame,
  out: Content,
  push: (f: Frame) => void,
) => Label | null | undefined;

/** One handler per kind of block; each may return a new current label for what follows it. */
const handlers: { [K in RootContent["type"]]?: Handler<Extract<RootContent, { type: K }>> } = {
  paragraph: readParagraph,
  list: readList,
  table: readTable,
  blockquote: (node, frame, _out, push) => {
    push({ ...frame, blocks: node.children });
    return undefined;
  },
  thematicBreak: () => null,
};

export function scanBlocks(
  blocks: readonly RootContent[],
  label: Label | null,
  out: Content = emptyContent(),
): Content {
  // Depth-first with an explicit stack; frames are pushed in reverse so reading order is kept.
  const stack: Frame[] = [{ blocks, label, depth: 0, parent: null }];
  while (stack.length) {
    const frame = stack.pop()!;
    const pending: Frame[] = [];
    let current = frame.label;
    for (const node of frame.blocks) {
      const handler = handlers[node.type] as Handler<RootContent> | undefined;
      if (!handler) continue;
      const next = handler(node, { ...frame, label: current }, out, (f) => pending.push(f));
      if (next !== undefined) current = next ?? frame.label;
    }
    for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i]!);
  }
  // Nested content is read after its siblings; put everything back in reading order.
  const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
  out.entries.sort(byLine);
  out.fields.sort(byLine);
  out.labels.sort(byLine);
  return out;
}

function readParagraph(node: Paragraph, frame: Frame, out: Content): Label | null | undefined {
  const text = inlineText(node.children);
  const line0 = startLine(node);
  let label: Label | null | undefined;
  text.split("\n").forEach((raw, i) => {
    const line = line0 + i;
    // `Priority: High · Estimate: 5 days · Owner: Bo`: several fields on one line.
    const parts = raw.split(/\s+[·•|]\s+/);
    // Tracker exports add fields of their own (`Type: Bug | Priority: High | Status: QA`): every
    // part is a field, and at least two are fields the importer knows.
    const fields = parts.map((part) => readFieldLine(part, "any"));
    const known = fields.filter((f) => f && fieldKind(f.name) && f.value);
    if (parts.length > 1 && fields.every((f) => f && f.value) && known.length >= Math.min(2, parts.length)) {
      for (const f of known)
        out.fields.push({ kind: fieldKind(f!.name), name: f!.name, value: f!.value, line, sublist: [] });
      return;
    }
    const field = readFieldLine(raw, "known");
    if (field) {
      const kind = fieldKind(field.name);
      if (kind && field.value) out.fields.push({ kind, name: field.name, value: field.value, line, sublist: [] });
      else if (!field.value || kind === "options") label = addLabel(out, field.name, line);
      return;
    }
    if (isLabel(raw)) label = addLabel(out, plain(raw).replace(/:$/, ""), line);
  });
  return label;
}

function addLabel(out: Content, text: string, line: number): Label {
  const label = { text, line };
  out.labels.push(label);
  return label;
}

/** A short line that introduces what follows: `**Success Criteria:**`, `Options:`, `Which DB?`. */
export function isLabel(light: string): boolean {
  const t = light.trim();
  if (!t || t.length > 120) return false;
  if (/:\s*\**\s*$/.test(t)) return true;
  if (/^\*\*[^*]+\*\*$/.test(t)) return true;
  return /\?\s*\**$/.test(t) && t.length < 100;
}

function readList(node: List, frame: Frame, out: Content, push: (f: Frame) => void): undefined {
  for (const item of node.children) {
    const first = item.children[0];
    const text = first?.type === "paragraph" ? inlineText(first.children) : "";
    const firstLine = text.split("\n")[0] ?? "";
    const entry: Entry = {
      text,
      // The checkbox stands where the item's text starts (`-` alone on a line may precede it).
      line: item.checked != null && first?.type === "paragraph" ? startLine(first) : startLine(item),
      checked: item.checked ?? null,
      label: frame.label,
      depth: frame.depth,
      parent: frame.parent,
      list: node,
      node: item,
    };
    out.entries.push(entry);
    let childLabel = frame.label;
    const field = entry.checked === null ? readFieldLine(firstLine, "known") : null;
    const kind = field ? fieldKind(field.name) : null;
    if (field && kind && field.value) {
      const f: Field = { kind, name: field.name, value: field.value, line: entry.line, sublist: [] };
      out.fields.push(f);
      collectSublist(item, f);
    }
    if (field && (!field.value || kind === "options")) childLabel = { text: field.name, line: entry.line };
    else if (entry.checked === null && isLabel(firstLine))
      childLabel = { text: plain(firstLine).replace(/:$/, ""), line: entry.line };
    if (field && field.value && kind === "decisionNeeded")
      childLabel = { text: `Decision needed: ${field.value}`, line: entry.line };
    if (frame.depth >= MAX_DEPTH) continue;
    const rest = first?.type === "paragraph" ? item.children.slice(1) : item.children;
    if (rest.length)
      push({
        blocks: rest as RootContent[],
        label: childLabel,
        depth: frame.depth + 1,
        parent: entry.checked !== null ? entry : frame.parent,
      });
  }
  return undefined;
}

/** The nested items of a list-item field, kept on the field (a `Files:` list, say). */
function collectSublist(item: ListItem, field: Field) {
  for (const child of item.children.slice(1)) {
    if (child.type !== "list") continue;
    for (const sub of child.children) {
      const p = sub.children[0];
      if (p?.type !== "paragraph") continue;
      field.sublist.push({
        text: inlineText(p.children),
        line: startLine(sub),
        checked: sub.checked ?? null,
        label: null,
        depth: 0,
        parent: null,
        list: child,
        node: sub,
      });
    }
  }
}

function readTable(node: Table, frame: Frame, out: Content): undefined {
  const [head, ...body] = node.children;
  if (!head) return undefined;
  const cells = (row: (typeof node.children)[number]) => row.children.map((c) => inlineText(c.children).trim());
  out.tables.push({
    header: cells(head).map(plain),
    rows: body.map((row) => ({ cells: cells(row), line: startLine(row) })),
    line: startLine(node),
    label: frame.label,
  });
  return undefined;
}
