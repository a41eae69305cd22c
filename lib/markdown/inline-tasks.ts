import type { Task } from "@/lib/plan/contract";
import type { Classified } from "./classify";
import { codeSpans, looksLikePath, readFieldLine } from "./fields";
import { endLine, plain } from "./mdast";
import { readTitle, type TitleMarkers } from "./markers";
import {
  blankTask,
  columnSection,
  isDecisionLabel,
  nearestLabel,
  phaseFor,
  push,
  takeItem,
  type Draft,
  type Reader,
  type TaskSource,
} from "./reader";
import type { Content, Entry } from "./scan";
import { tableTasks } from "./table-tasks";
import { CRITERIA_LABEL, METRICS_LABEL, TASK_PRIORITY_MARK, TASK_STATUS_MARK } from "./vocabulary";

/** Tasks written as checkboxes, list items with keys, and table rows, in groups and the preamble. */
export function readInlineTasks(r: Reader, sections: readonly Classified[], preamble: Content) {
  r.known = new Map(r.drafts.filter((d) => d.task.key).map((d) => [d.task.key!.toUpperCase(), d]));
  const parentsOfTasks = new Set(sections.filter((x) => x.kind === "task").map((x) => x.parent));
  for (const c of sections.filter((s) => s.kind === "group")) {
    if (!c.criteriaLike) r.drafts.push(...checkboxTasks(r, c));
    r.drafts.push(...listItemTasks(r, c, parentsOfTasks.has(c)));
    r.drafts.push(...tableTasks(r, c));
  }
  r.drafts.push(...preambleTasks(r, preamble));
}

/** The entries nested under each checkbox of `content`, in reading order. */
function descendantsOf(children: Map<Entry, Entry[]>): (e: Entry) => Entry[] {
  return (e) => {
    const out: Entry[] = [];
    const stack = [...(children.get(e) ?? [])];
    while (stack.length) {
      const x = stack.pop()!;
      out.push(x);
      stack.push(...(children.get(x) ?? []));
    }
    return out.sort((a, b) => a.line - b.line);
  };
}

/** Checkbox lists with task marks (`- [ ] #101 Title (@ana, ~4h)`) or with sub-checkboxes. */
function checkboxTasks(r: Reader, c: Classified): Draft[] {
  const content = c.content;
  const tops = content.entries.filter(
    (e) =>
      e.checked !== null &&
      e.parent === null &&
      !r.assigned.has(e) &&
      !(e.label && (CRITERIA_LABEL.test(e.label.text) || isDecisionLabel(e.label))),
  );
  const lists = new Map<unknown, Entry[]>();
  for (const e of tops) push(lists, e.list, e);
  const children = new Map<Entry, Entry[]>();
  for (const x of content.entries) if (x.parent) push(children, x.parent, x);
  const descendants = descendantsOf(children);
  const drafts: Draft[] = [];
  // Checkboxes right under a priority group, kanban column or bucket are its work, unless the group's work is written as headings.
  const groupWork =
    (c.priorityGroup || c.statusGroup !== null || c.bucket) &&
    !c.phaseLike &&
    !c.children.some((x) => x.kind === "task");
  for (const entries of lists.values()) {
    const taskish =
      groupWork ||
      entries.some(
        (e) =>
          hasTaskMarkers(e.text, readTitle(e.text, r.ctx)) || (children.get(e) ?? []).some((x) => x.checked !== null),
      );
    if (!taskish) continue;
    for (const e of entries) if (!r.index.tasks.has(e.line)) drafts.push(checkboxTask(r, c, e, descendants(e)));
  }
  return drafts;
}

function checkboxTask(r: Reader, c: Classified, e: Entry, descendants: readonly Entry[]): Draft {
  const m = readTitle(e.text, r.ctx);
  const own = takeItem(r, e);
  const task: Task = {
    ...blankTask(m, e.line),
    status: e.checked ? "done" : (m.status ?? "todo"),
    files: [...new Set(codeSpans(e.text).filter(looksLikePath))],
    checklist: [own],
  };
  for (const x of descendants.filter((x) => x.checked !== null && !r.assigned.has(x))) {
    const label = nearestLabel(x);
    (label && CRITERIA_LABEL.test(label.text) && label !== e.label ? task.criteria : task.checklist).push(
      takeItem(r, x),
    );
  }
  const source: TaskSource = {
    line: e.line,
    style: "checkbox",
    headingDepth: 0,
    endLine: endLine(e.node),
    fieldLines: {},
    lastFieldLine: null,
    column: columnSection(c)?.section.line,
  };
  r.index.tasks.set(e.line, source);
  return {
    task,
    home: c,
    phase: phaseFor(c),
    source,
    ownPriority: m.priority !== null,
    statusUnset: !e.checked && m.status === null,
  };
}

/** Tasks written before the first section heading belong to the plan's implicit phase. */
function preambleTasks(r: Reader, content: Content): Draft[] {
  const preamble: Classified = {
    section: { heading: null, depth: 0, light: "", line: 1, endLine: 1, blocks: [], children: [], parent: null },
    parent: null,
    children: [],
    markers: readTitle("", r.ctx),
    plainTitle: "",
    content,
    kind: "group",
    phaseLike: false,
    priorityGroup: false,
    statusGroup: null,
    bucket: false,
    workGroup: false,
    criteriaLike: false,
    metricsLike: false,
    decisionsContainer: false,
    owner: null,
  };
  const drafts = [...checkboxTasks(r, preamble), ...listItemTasks(r, preamble, false), ...tableTasks(r, preamble)];
  for (const d of drafts) [d.phase, d.home] = [null, null];
  return drafts;
}

/** Inline marks that make a checkbox a task: a key, an owner, an effort, a bracketed priority or status. */
export function hasTaskMarkers(light: string, m: TitleMarkers): boolean {
  const t = plain(light);
  if (m.strongKey || m.owner || m.estimate || m.annotated || m.dependsOn.length) return true;
  return TASK_PRIORITY_MARK.test(t) || TASK_STATUS_MARK.test(t);
}

/**
 * Plain list items as tasks: `1. **PROD-001**: Structured Logging` under a phase puts the task
 * PROD-001 in that phase (a reference); items with task marks (`#12 Title (@ana, ~4h)`) are
 * tasks; and so is every plain item of a priority group that has no task headings.
 */
function listItemTasks(r: Reader, c: Classified, headingTasks: boolean): Draft[] {
  if (c.criteriaLike || c.metricsLike || c.decisionsContainer) return [];
  const lists = new Map<unknown, Entry[]>();
  for (const e of c.content.entries) {
    if (e.checked !== null || e.depth !== 0) continue;
    if (e.label && (CRITERIA_LABEL.test(e.label.text) || METRICS_LABEL.test(e.label.text) || isDecisionLabel(e.label)))
      continue;
    push(lists, e.list, e);
  }
  const drafts: Draft[] = [];
  for (const entries of lists.values()) {
    const read = entries.map((e) => ({ e, m: readTitle(e.text, r.ctx), first: e.text.split("\n")[0] ?? "" }));
    const candidates = read.filter(
      ({ first }) =>
        plain(first) !== "" && !readFieldLine(first, "any") && !/:\s*\**\s*$/.test(first) && plain(first).length <= 160,
    );
    const marked = candidates.filter(({ e, m }) => hasTaskMarkers(e.text, m));
    const allAreTasks =
      ((c.priorityGroup || c.statusGroup !== null || c.bucket) && !headingTasks) ||
      (marked.length > 0 && marked.length * 2 >= read.length);
    for (const { e, m } of read) {
      const existing = m.strongKey && m.key ? r.known.get(m.key.toUpperCase()) : undefined;
      if (existing) {
        if (c.workGroup && (!existing.phase || (!existing.phase.phaseLike && existing.phase !== c))) existing.phase = c;
        continue;
      }
      const keyed = m.strongKey && m.key && c.workGroup;
      if ((!keyed && !(allAreTasks && candidates.some((x) => x.e === e))) || r.index.tasks.has(e.line)) continue;
      drafts.push(listItemTask(r, c, e, m));
    }
  }
  return drafts;
}

function listItemTask(r: Reader, c: Classified, e: Entry, m: TitleMarkers): Draft {
  const task = blankTask(m, e.line);
  task.files = [...new Set(codeSpans(e.text).filter(looksLikePath))];
  const source: TaskSource = {
    line: e.line,
    style: "list",
    headingDepth: 0,
    endLine: endLine(e.node),
    fieldLines: {},
    lastFieldLine: null,
    column: columnSection(c)?.section.line,
  };
  r.index.tasks.set(e.line, source);
  const d: Draft = {
    task,
    home: c,
    phase: phaseFor(c),
    source,
    ownPriority: m.priority !== null,
    statusUnset: m.status === null,
  };
  if (m.key) r.known.set(m.key.toUpperCase(), d);
  return d;
}
