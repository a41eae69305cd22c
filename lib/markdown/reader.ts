import type { Decision, Item, Priority, Status, Task } from "@/lib/plan/contract";
import type { Classified } from "./classify";
import { endLine, plain, stripEmoji } from "./mdast";
import type { MarkerContext, TitleMarkers } from "./markers";
import { findTitlePriority } from "./priority";
import type { Entry, Label } from "./scan";
import { DECISION_NEEDED_LABEL, NO_OWNER, OPTIONS_LABEL } from "./vocabulary";

/**
 * The state one read of a document shares between its steps (heading tasks, decisions, inline
 * and table tasks, phases, metrics), and the small helpers they all use.
 */

/** Where each part of the plan stands in the source, for writing edits back in place. */
export interface SourceIndex {
  tasks: Map<number, TaskSource>;
  phases: Map<number, PhaseSource>;
  /** End line of each checkbox's list item, by its line. */
  itemEnds: Map<number, number>;
  /** Kanban columns (`## In Progress`) by heading line: a status change moves a task between them. */
  columns: Map<number, ColumnSource>;
}

/** The fields a task's source can hold, each written back where (and how) it was read. */
export type SourceField = "status" | "estimate" | "owner" | "priority" | "dependsOn";

/**
 * Where a task stands in the source and how it is written: a heading with field lines, a
 * checkbox or list item with inline marks, or a table row with columns. Spans inside a line
 * are found by `task-spans.ts` with the reader's own conventions.
 */
export interface TaskSource {
  line: number;
  style: "heading" | "checkbox" | "table" | "list";
  headingDepth: number;
  endLine: number;
  /** Heading tasks: the line of each field (`**Owner:** Ana`). */
  fieldLines: Partial<Record<SourceField, number>>;
  /** The field names as written (`Estimated Effort`), for lines that hold several fields. */
  fieldNames?: Partial<Record<SourceField, string>>;
  lastFieldLine: number | null;
  /** Table rows: the column of each field and of the title (marks without a column go there). */
  columns?: Partial<Record<SourceField | "title", number>>;
  /** The kanban column (heading line) whose status the task takes. */
  column?: number;
}

export interface ColumnSource {
  status: Status;
  /** Heading line of the section the column stands in (0: the document). */
  parent: number;
  endLine: number;
}

export interface PhaseSource {
  line: number;
  endLine: number;
  headingDepth: number;
}

export interface Draft {
  task: Task;
  /** Section the task was found in (its own section for a heading task). */
  home: Classified | null;
  /** Phase section it belongs to (null: the implicit phase). */
  phase: Classified | null;
  source: TaskSource;
  ownPriority: boolean;
  /** The task states no status of its own, so a phase written as completed completes it. */
  statusUnset?: boolean;
}

export interface MetricSource {
  text: string;
  line: number;
  list: boolean;
}

export interface Reader {
  ctx: MarkerContext;
  index: SourceIndex;
  /** Entries already placed (as an item, an option or a task): each lands exactly once. */
  assigned: Set<Entry>;
  drafts: Draft[];
  decisions: Decision[];
  criteria: Item[];
  phaseChecklists: Map<Classified, Item[]>;
  metricSources: MetricSource[];
  /** Tasks by upper-cased key, so a later list or table naming a key is read as a reference. */
  known: Map<string, Draft>;
}

export function newReader(ctx: MarkerContext): Reader {
  return {
    ctx,
    index: { tasks: new Map(), phases: new Map(), itemEnds: new Map(), columns: new Map() },
    assigned: new Set(),
    drafts: [],
    decisions: [],
    criteria: [],
    phaseChecklists: new Map(),
    metricSources: [],
    known: new Map(),
  };
}

/** A checkbox entry as an item, marked as placed. */
export function takeItem(r: Reader, e: Entry): Item {
  r.assigned.add(e);
  r.index.itemEnds.set(e.line, endLine(e.node));
  return { text: itemText(e.text), done: e.checked === true, line: e.line };
}

function itemText(light: string): string {
  return plain(light.split("\n").join(" "));
}

/** The label an entry stands under, or its enclosing checkbox's. */
export function nearestLabel(e: Entry): Label | null {
  for (let x: Entry | null = e; x; x = x.parent) if (x.label) return x.label;
  return null;
}

export const isDecisionLabel = (l: Label) =>
  OPTIONS_LABEL.test(l.text) || DECISION_NEEDED_LABEL.test(l.text) || /\?\s*$/.test(l.text);

export function readOwner(value: string): string | null {
  const v = stripEmoji(plain(value));
  return !v || NO_OWNER.test(v) ? null : v;
}

export function blankTask(m: TitleMarkers, line: number): Task {
  return {
    key: m.key,
    title: m.title,
    priority: m.priority,
    status: m.status ?? "todo",
    estimate: m.estimate,
    owner: m.owner,
    dependsOn: m.dependsOn,
    files: [],
    checklist: [],
    criteria: [],
    line,
  };
}

/** The phase a task in section `c` belongs to: the nearest phase-like or priority group, else `c`. */
export function phaseFor(c: Classified | null): Classified | null {
  for (let x = c; x; x = x.parent) if (x.workGroup) return x;
  return c && !c.criteriaLike ? c : null;
}

export function statusColumn(c: Classified | null): Status | null {
  return columnSection(c)?.statusGroup ?? null;
}

/** The kanban column a section stands in, recorded in the index for moves between columns. */
export function columnSection(c: Classified | null): Classified | null {
  for (let x = c; x; x = x.parent) if (x.statusGroup) return x;
  return null;
}

export function recordColumns(r: Reader, sections: readonly Classified[]) {
  for (const c of sections)
    if (c.statusGroup)
      r.index.columns.set(c.section.line, {
        status: c.statusGroup,
        parent: c.section.parent?.line ?? 0,
        endLine: c.section.endLine,
      });
}

export function inheritedPriority(c: Classified | null, ctx: MarkerContext): Priority | null {
  for (let x = c; x; x = x.parent) {
    if (x.kind === "task" && x.markers.priority) return x.markers.priority;
    const p = findTitlePriority(x.plainTitle, ctx.legend, x.priorityGroup || x.kind === "group");
    if (p) return p;
  }
  return null;
}

export const byLine = (a: { line: number | null }, b: { line: number | null }) => (a.line ?? 0) - (b.line ?? 0);

export function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
