import type { Root, RootContent } from "mdast";
import type { Decision, Item, Metric, Phase, Plan, Priority, Status, Task } from "@/lib/plan/contract";
import { classifySections, type Classified } from "./classify";
import { buildDecision, cleanDecisionTitle, entriesUnder, optionsFromVersus, readOption } from "./decisions";
import { parseDependencies } from "./dependencies";
import { parseEstimate, parseSizeDefinition, type SizeTable } from "./estimate";
import { codeSpans, looksLikePath, pathsIn, readFieldLine } from "./fields";
import { EMOJI, endLine, inlineText, plain } from "./mdast";
import { findWeeks, readTitle, type MarkerContext, type TitleMarkers } from "./markers";
import { parseMetric } from "./metrics";
import { findTitlePriority, parseLegendLine } from "./priority";
import { isLabel, scanBlocks, type Content, type Entry, type Field, type Label, type TableFact } from "./scan";
import { buildSections, type Section } from "./sections";
import { deriveStatus, findHeadingStatus, statusFromText } from "./status";
import { CRITERIA_LABEL, DEFAULT_SIZES, METRICS_LABEL, NO_OWNER, OPTIONS_LABEL, PHASE_HEADING } from "./vocabulary";

/** Where each part of the plan stands in the source, for writing edits back in place. */
export interface SourceIndex {
  tasks: Map<number, TaskSource>;
  phases: Map<number, PhaseSource>;
  /** End line of each checkbox's list item, by its line. */
  itemEnds: Map<number, number>;
}

export interface TaskSource {
  line: number;
  style: "heading" | "checkbox" | "table" | "list";
  headingDepth: number;
  endLine: number;
  fieldLines: Partial<Record<"status" | "estimate" | "owner" | "priority", number>>;
  /** The field names as written (`Estimated Effort`), for lines that hold several fields. */
  fieldNames?: Partial<Record<"status" | "estimate" | "owner" | "priority", string>>;
  lastFieldLine: number | null;
}

export interface PhaseSource {
  line: number;
  endLine: number;
  headingDepth: number;
}

interface Draft {
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

const IMPLICIT_PHASE = "Tasks";

export function readDocument(root: Root, fileName: string | undefined): { plan: Plan; index: SourceIndex } {
  const top = buildSections(root);
  // The first level-1 heading is the title, unless the plan uses level 1 for its phases.
  const firstH1 = top.children.find((s) => s.depth === 1) ?? null;
  const h1Count = top.children.filter((s) => s.depth === 1).length;
  const titleSection = firstH1 && !(h1Count > 1 && PHASE_HEADING.test(plain(firstH1.light).replace(EMOJI, "").trim())) ? firstH1 : null;
  const topLevel = [...(titleSection?.children ?? []), ...top.children.filter((s) => s !== titleSection)];
  const preamble = [...top.blocks, ...(titleSection?.blocks ?? [])];
  const preambleContent = scanBlocks(preamble, null);

  const ctx = readConventions(top, preambleContent);
  const sections = classifySections(top, topLevel, ctx).filter((c) => c.section !== titleSection);
  const index: SourceIndex = { tasks: new Map(), phases: new Map(), itemEnds: new Map() };
  const warnings: string[] = [];

  const drafts: Draft[] = [];
  const decisions: Decision[] = [];
  const assigned = new Set<Entry>();
  const criteria: Item[] = [];
  const phaseChecklists = new Map<Classified, Item[]>();
  const metricSources: Array<{ text: string; line: number; list: boolean }> = [];

  const item = (e: Entry): Item => {
    assigned.add(e);
    index.itemEnds.set(e.line, endLine(e.node));
    return { text: itemText(e.text), done: e.checked === true, line: e.line };
  };

  const owned = new Map<Classified, Classified[]>();
  for (const s of sections) if (s.owner) push(owned, s.owner, s);
  const gathered = new Map<Classified, Content>();
  const contentOf = (c: Classified) => gathered.get(c) ?? gathered.set(c, gatherContent(c, owned.get(c) ?? [])).get(c)!;

  // 1. Heading tasks and their content.
  for (const c of sections.filter((s) => s.kind === "task")) {
    const content = contentOf(c);
    const d = draftFromHeading(c, content, ctx);
    drafts.push(d);
    index.tasks.set(d.source.line, d.source);
    const optionLabels = new Set<Label>();
    for (const e of content.entries) {
      if (e.checked === null || assigned.has(e)) continue;
      const label = nearestLabel(e);
      if (label && isDecisionLabel(label)) {
        optionLabels.add(label);
        continue;
      }
      const target = label && CRITERIA_LABEL.test(label.text) ? d.task.criteria : d.task.checklist;
      target.push(item(e));
      if (target === d.task.criteria) metricSources.push({ text: e.text, line: e.line, list: true });
    }
    decisions.push(...decisionsFromLabels(optionLabels, content, d.task.title, assigned, index));
    decisions.push(...decisionsFromFields(content, assigned, index));
  }

  // 2. Decision sections, and decision lists in decision containers.
  for (const c of sections.filter((s) => s.kind === "decision")) {
    const content = contentOf(c);
    const boxes = content.entries.filter((e) => e.checked !== null && !assigned.has(e));
    let options = boxes.map((e) => readOption(e.text, e.checked, e.line));
    boxes.forEach((e) => {
      assigned.add(e);
      index.itemEnds.set(e.line, endLine(e.node));
    });
    if (!options.length) {
      const label = content.labels.find((l) => OPTIONS_LABEL.test(l.text));
      const entries = label ? entriesUnder(label, content.entries) : content.entries.filter((e) => e.depth === 0 && e.label === null);
      options = entries.filter((e) => !readFieldLine(e.text.split("\n")[0] ?? "", "known")).map((e) => readOption(e.text, null, null));
    }
    const needed = content.fields.find((f) => f.kind === "decisionNeeded" && !/^decision$/i.test(f.name));
    if (!options.length && needed) options = optionsFromVersus(needed.value);
    decisions.push(buildDecision({ title: c.plainTitle, line: c.section.line, options, fields: content.fields }));
  }
  for (const c of sections.filter((s) => s.kind === "group" && (s.decisionsContainer || s.parent?.decisionsContainer))) {
    const labels = new Set(c.content.labels.filter((l) => !CRITERIA_LABEL.test(l.text)));
    decisions.push(...decisionsFromLabels(labels, c.content, null, assigned, index, true));
  }
  for (const c of sections.filter((s) => s.kind === "group")) {
    decisions.push(...decisionsFromFields(c.content, assigned, index));
    const questionOrOptions = new Set(c.content.labels.filter((l) => isDecisionLabel(l)));
    decisions.push(...decisionsFromLabels(questionOrOptions, c.content, c.plainTitle, assigned, index));
  }

  // 3. Tasks written as checkboxes, list items with keys, and table rows.
  const known = new Map(drafts.filter((d) => d.task.key).map((d) => [d.task.key!.toUpperCase(), d]));
  const parentsOfTasks = new Set(sections.filter((x) => x.kind === "task").map((x) => x.parent));
  for (const c of sections.filter((s) => s.kind === "group")) {
    if (!c.criteriaLike) drafts.push(...checkboxTasks(c, ctx, item, assigned, index));
    drafts.push(...listItemTasks(c, ctx, known, index, parentsOfTasks.has(c)));
    drafts.push(...tableTasks(c, ctx, known, index));
  }
  drafts.push(...preambleTasks(preambleContent, ctx, item, assigned, known, index));

  // 4. Phases: the section each task belongs to; phase-like sections with checkboxes.
  for (const d of drafts) {
    const around = d.home?.kind === "task" ? d.home.parent : (d.home ?? d.phase);
    if (!d.ownPriority && d.task.priority === null) d.task.priority = inheritedPriority(around, ctx);
    const column = d.statusUnset ? statusColumn(d.home ?? d.phase) : null;
    if (column) d.task.status = column;
  }
  const phaseSections = new Set<Classified>(drafts.map((d) => d.phase).filter((p): p is Classified => p !== null));
  for (const c of withLooseCheckboxes(sections, assigned)) if (c.phaseLike) phaseSections.add(c);

  for (const c of sections) {
    if (c.kind !== "group") continue;
    for (const e of c.content.entries) {
      if (e.checked === null || assigned.has(e)) continue;
      const phase = nearestPhase(c, phaseSections);
      const it = item(e);
      const inCriteria = c.metricsLike || (e.label !== null && METRICS_LABEL.test(e.label.text));
      if (phase) push(phaseChecklists, phase, it);
      else criteria.push(it);
      if (inCriteria) metricSources.push({ text: e.text, line: e.line, list: true });
    }
    for (const e of c.content.entries) {
      if (e.checked !== null) continue;
      const inMetrics = (e.label !== null && METRICS_LABEL.test(e.label.text)) || c.metricsLike;
      if (inMetrics) metricSources.push({ text: e.text, line: e.line, list: true });
    }
  }
  for (const e of preambleContent.entries) if (e.checked !== null && !assigned.has(e)) criteria.push(item(e));

  const phases = assemblePhases(drafts, phaseSections, phaseChecklists, index);
  for (const c of sections) if (c.kind === "task") {
    const content = contentOf(c);
    for (const e of content.entries) if (e.checked === null && e.label && METRICS_LABEL.test(e.label.text)) metricSources.push({ text: e.text, line: e.line, list: true });
  }

  const fromTables = [preambleContent, ...sections.map((c) => c.content)].flatMap((content) => content.tables.flatMap(metricsFromTable));
  const metrics = dedupeMetrics([
    ...metricSources.map((m) => parseMetric(m.text, m.line, m.list)).filter((m): m is Metric => m !== null),
    ...fromTables,
  ]);
  const title = titleSection ? plain(titleSection.light).replace(EMOJI, " ").replace(/\s+/g, " ").trim() : titleFromFileName(fileName);
  criteria.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  decisions.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  metrics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  if (!phases.length && !criteria.length && !decisions.length && !metrics.length)
    warnings.push("No tasks, checklists, decisions or metrics were found: this does not look like a plan.");
  return {
    plan: {
      format: "flightplan.plan/v1",
      title,
      meta: readMeta(preamble),
      repairedEncoding: null,
      phases,
      decisions,
      metrics,
      criteria,
      warnings,
    },
    index,
  };
}

// ---------------------------------------------------------------------------------------------
// Conventions a plan declares for itself: its priority legend and its t-shirt sizes.

function readConventions(top: Section, preamble: Content): MarkerContext {
  const legend = new Map<string, Priority>();
  const sizes: Record<string, readonly [number, number]> = { ...DEFAULT_SIZES };
  const lines: string[] = [];
  const visit = (content: Content) => {
    for (const e of content.entries) lines.push(e.text);
    for (const t of content.tables) for (const r of t.rows) lines.push(r.cells.join(" | "));
  };
  visit(preamble);
  const stack = [...top.children];
  while (stack.length) {
    const s = stack.pop()!;
    if (/legend|priorit|sizes?|effort|estimat|key\b/i.test(plain(s.light))) visit(scanBlocks(s.blocks, null));
    stack.push(...s.children);
  }
  for (const line of lines) {
    const entry = parseLegendLine(line);
    if (entry && !legend.has(entry[0])) legend.set(entry[0], entry[1]);
    const size = parseSizeDefinition(line);
    if (size) sizes[size[0]] = size[1];
  }
  return { legend, sizes };
}

function readMeta(preamble: readonly RootContent[]): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const node of preamble) {
    const paragraphs =
      node.type === "paragraph" ? [node] : node.type === "list" ? node.children.map((i) => i.children[0]).filter((p) => p?.type === "paragraph") : [];
    for (const p of paragraphs) {
      if (p?.type !== "paragraph") continue;
      for (const line of inlineText(p.children).split("\n")) {
        const f = readFieldLine(line, "any");
        if (f && plain(f.value) && !(f.name in meta)) meta[f.name] = plain(f.value);
      }
    }
  }
  return meta;
}

function titleFromFileName(fileName: string | undefined): string {
  if (!fileName) return "Untitled plan";
  const base = fileName.split(/[\\/]/).pop()!.replace(/\.(?:md|markdown|txt)$/i, "");
  return base.replace(/[-_]+/g, " ").trim() || "Untitled plan";
}

// ---------------------------------------------------------------------------------------------
// Tasks.

/**
 * A task or decision section's own blocks and those of its sub-sections, each sub-heading acting
 * as the label of what stands under it unlabelled. Sub-sections belong to one owner only, so
 * their entries are labelled in place.
 */
function gatherContent(c: Classified, subsections: readonly Classified[]): Content {
  const out: Content = { fields: [...c.content.fields], entries: [...c.content.entries], tables: [...c.content.tables], labels: [...c.content.labels] };
  for (const s of subsections) {
    const label: Label = { text: s.plainTitle, line: s.section.line };
    for (const e of s.content.entries) e.label ??= label;
    for (const t of s.content.tables) t.label ??= label;
    out.labels.push(label, ...s.content.labels);
    out.fields.push(...s.content.fields);
    out.tables.push(...s.content.tables);
    out.entries.push(...s.content.entries);
  }
  return out;
}

/** The label an entry stands under, or its enclosing checkbox's. */
function nearestLabel(e: Entry): Label | null {
  for (let x: Entry | null = e; x; x = x.parent) if (x.label) return x.label;
  return null;
}

const isDecisionLabel = (l: Label) => OPTIONS_LABEL.test(l.text) || /^decision needed\b/i.test(l.text) || /\?\s*$/.test(l.text);

function draftFromHeading(c: Classified, content: Content, ctx: MarkerContext): Draft {
  const m = c.markers;
  const first = (kind: Field["kind"]) => content.fields.find((f) => f.kind === kind);
  const source: TaskSource = {
    line: c.section.line,
    style: "heading",
    headingDepth: c.section.depth,
    endLine: c.section.endLine,
    fieldLines: {},
    lastFieldLine: null,
  };
  for (const f of content.fields) {
    if (f.kind === "status" || f.kind === "estimate" || f.kind === "owner" || f.kind === "priority") {
      if (source.fieldLines[f.kind] === undefined) (source.fieldNames ??= {})[f.kind] = f.name;
      source.fieldLines[f.kind] ??= f.line;
    }
    source.lastFieldLine = Math.max(source.lastFieldLine ?? 0, f.line);
  }
  const keyField = first("key");
  const priorityField = first("priority");
  const statusField = first("status");
  const estimateField = first("estimate");
  const ownerField = first("owner");
  const depsField = first("dependsOn");

  const fieldKey = keyField ? /^#?([A-Za-z]*[-.]?\d[\w.-]*)$/.exec(plain(keyField.value).split(/\s+/)[0] ?? "") : null;
  const key = fieldKey ? fieldKey[1]! : m.key;
  // A field is the explicit word: it outranks a marker in the heading (`✅`, `(P0)`).
  const priority = priorityField ? findTitlePriority(plain(priorityField.value), ctx.legend, true) : (m.priority ?? keyPriority(key));
  const status = (statusField ? statusFromText(statusField.value) : null) ?? m.status;
  const task: Task = {
    key,
    title: m.title,
    priority,
    status: status ?? "todo",
    estimate: (estimateField ? parseEstimate(estimateField.value, ctx.sizes) : null) ?? m.estimate,
    owner: ownerField ? readOwner(ownerField.value) : m.owner,
    dependsOn: depsField ? parseDependencies(depsField.value) : [],
    files: filesOf(content),
    checklist: [],
    criteria: [],
    line: c.section.line,
  };
  const phase = phaseFor(c.parent);
  // `**Priority:** None` is a priority of its own too: nothing is inherited over it.
  return { task, home: c, phase, source, ownPriority: priority !== null || priorityField !== undefined, statusUnset: status === null };
}

const keyPriority = (key: string | null): Priority | null => (key && /^P[0-3]\./.test(key) ? (key.slice(0, 2) as Priority) : null);

function readOwner(value: string): string | null {
  const v = plain(value).replace(EMOJI, " ").replace(/\s+/g, " ").trim();
  return !v || NO_OWNER.test(v) ? null : v;
}

function filesOf(content: Content): string[] {
  const files: string[] = [];
  for (const f of content.fields) {
    if (f.kind !== "files") continue;
    files.push(...pathsIn(f.value));
    for (const s of f.sublist) files.push(...codeSpans(s.text).filter(looksLikePath).slice(0, 1));
  }
  for (const t of content.tables) {
    const col = t.header.findIndex((h) => /^(?:files?|paths?|locations?|file ?paths?|modules?)$/i.test(h));
    if (col < 0) continue;
    for (const r of t.rows) {
      const cell = r.cells[col] ?? "";
      files.push(...(codeSpans(cell).length ? codeSpans(cell) : [plain(cell)]).filter(looksLikePath));
    }
  }
  return [...new Set(files)];
}

/** The phase a task in section `c` belongs to: the nearest phase-like or priority group, else `c`. */
function phaseFor(c: Classified | null): Classified | null {
  for (let x = c; x; x = x.parent) if (x.workGroup) return x;
  return c && !c.criteriaLike ? c : null;
}

function statusColumn(c: Classified | null): Status | null {
  for (let x = c; x; x = x.parent) if (x.statusGroup) return x.statusGroup;
  return null;
}

function inheritedPriority(c: Classified | null, ctx: MarkerContext): Priority | null {
  for (let x = c; x; x = x.parent) {
    if (x.kind === "task" && x.markers.priority) return x.markers.priority;
    const p = findTitlePriority(x.plainTitle, ctx.legend, x.priorityGroup || x.kind === "group");
    if (p) return p;
  }
  return null;
}

function checkboxTasks(
  c: Classified | null,
  ctx: MarkerContext,
  item: (e: Entry) => Item,
  assigned: Set<Entry>,
  index: SourceIndex,
  content: Content = c!.content,
): Draft[] {
  const tops = content.entries.filter((e) => e.checked !== null && e.parent === null && !assigned.has(e) && !(e.label && (CRITERIA_LABEL.test(e.label.text) || isDecisionLabel(e.label))));
  const lists = new Map<unknown, Entry[]>();
  for (const e of tops) push(lists, e.list, e);
  const children = new Map<Entry, Entry[]>();
  for (const x of content.entries) if (x.parent) push(children, x.parent, x);
  const descendants = (e: Entry): Entry[] => {
    const out: Entry[] = [];
    const stack = [...(children.get(e) ?? [])];
    while (stack.length) {
      const x = stack.pop()!;
      out.push(x);
      stack.push(...(children.get(x) ?? []));
    }
    return out.sort((a, b) => a.line - b.line);
  };
  const drafts: Draft[] = [];
  for (const entries of lists.values()) {
    const taskish = entries.some((e) => hasTaskMarkers(e.text, readTitle(e.text, ctx)) || (children.get(e) ?? []).some((x) => x.checked !== null));
    if (!taskish) continue;
    for (const e of entries) {
      if (index.tasks.has(e.line)) continue;
      const m = readTitle(e.text, ctx);
      const own = item(e);
      const task: Task = {
        key: m.key,
        title: m.title,
        priority: m.priority,
        status: e.checked ? "done" : (m.status ?? "todo"),
        estimate: m.estimate,
        owner: m.owner,
        dependsOn: [],
        files: [...new Set(codeSpans(e.text).filter(looksLikePath))],
        checklist: [own],
        criteria: [],
        line: e.line,
      };
      for (const x of descendants(e).filter((x) => x.checked !== null && !assigned.has(x))) {
        const label = nearestLabel(x);
        (label && CRITERIA_LABEL.test(label.text) && label !== e.label ? task.criteria : task.checklist).push(item(x));
      }
      const source: TaskSource = { line: e.line, style: "checkbox", headingDepth: 0, endLine: endLine(e.node), fieldLines: {}, lastFieldLine: null };
      index.tasks.set(e.line, source);
      drafts.push({ task, home: c, phase: phaseFor(c), source, ownPriority: m.priority !== null, statusUnset: !e.checked && m.status === null });
    }
  }
  return drafts;
}

/** Tasks written before the first section heading belong to the plan's implicit phase. */
function preambleTasks(content: Content, ctx: MarkerContext, item: (e: Entry) => Item, assigned: Set<Entry>, known: Map<string, Draft>, index: SourceIndex): Draft[] {
  const preamble: Classified = {
    section: { heading: null, depth: 0, light: "", line: 1, endLine: 1, blocks: [], children: [], parent: null },
    parent: null,
    children: [],
    markers: readTitle("", ctx),
    plainTitle: "",
    content,
    kind: "group",
    phaseLike: false,
    priorityGroup: false,
    statusGroup: null,
    workGroup: false,
    criteriaLike: false,
    metricsLike: false,
    decisionsContainer: false,
    owner: null,
  };
  const drafts = [...checkboxTasks(preamble, ctx, item, assigned, index), ...listItemTasks(preamble, ctx, known, index, false), ...tableTasks(preamble, ctx, known, index)];
  for (const d of drafts) [d.phase, d.home] = [null, null];
  return drafts;
}

/** Inline marks that make a checkbox a task: a key, an owner, an effort, a bracketed priority or status. */
function hasTaskMarkers(light: string, m: TitleMarkers): boolean {
  const t = plain(light);
  if (m.strongKey || m.owner || m.estimate) return true;
  if (/^\s*[[(]?P[0-3]\b[\])]?\s*[:\-–—]|[([]\s*(?:P[0-3]|critical|high|medium|low)(?:\s+priority)?\s*[)\],]|[,—–]\s*P[0-3]\b/i.test(t)) return true;
  return /[—–]\s*(?:blocked|in progress|wip)\b|\((?:blocked|in progress|wip)\)/i.test(t);
}

/**
 * Plain list items as tasks: `1. **PROD-001**: Structured Logging` under a phase puts the task
 * PROD-001 in that phase (a reference); items with task marks (`#12 Title (@ana, ~4h)`) are
 * tasks; and so is every plain item of a priority group that has no task headings.
 */
function listItemTasks(c: Classified, ctx: MarkerContext, known: Map<string, Draft>, index: SourceIndex, headingTasks: boolean): Draft[] {
  if (c.criteriaLike || c.metricsLike || c.decisionsContainer) return [];
  const lists = new Map<unknown, Entry[]>();
  for (const e of c.content.entries) {
    if (e.checked !== null || e.depth !== 0) continue;
    if (e.label && (CRITERIA_LABEL.test(e.label.text) || METRICS_LABEL.test(e.label.text) || isDecisionLabel(e.label))) continue;
    push(lists, e.list, e);
  }
  const drafts: Draft[] = [];
  for (const entries of lists.values()) {
    const read = entries.map((e) => ({ e, m: readTitle(e.text, ctx), first: e.text.split("\n")[0] ?? "" }));
    const candidates = read.filter(({ first }) => plain(first) !== "" && !readFieldLine(first, "any") && !/:\s*\**\s*$/.test(first) && plain(first).length <= 160);
    const marked = candidates.filter(({ e, m }) => hasTaskMarkers(e.text, m));
    const allAreTasks = ((c.priorityGroup || c.statusGroup !== null) && !headingTasks) || (marked.length > 0 && marked.length * 2 >= read.length);
    for (const { e, m } of read) {
      const existing = m.strongKey && m.key ? known.get(m.key.toUpperCase()) : undefined;
      if (existing) {
        if (c.workGroup && (!existing.phase || (!existing.phase.phaseLike && existing.phase !== c))) existing.phase = c;
        continue;
      }
      const keyed = m.strongKey && m.key && c.workGroup;
      if ((!keyed && !(allAreTasks && candidates.some((x) => x.e === e))) || index.tasks.has(e.line)) continue;
      const task = blankTask(m, e.line);
      task.files = [...new Set(codeSpans(e.text).filter(looksLikePath))];
      const source: TaskSource = { line: e.line, style: "list", headingDepth: 0, endLine: endLine(e.node), fieldLines: {}, lastFieldLine: null };
      index.tasks.set(e.line, source);
      const d: Draft = { task, home: c, phase: phaseFor(c), source, ownPriority: m.priority !== null, statusUnset: m.status === null };
      if (m.key) known.set(m.key.toUpperCase(), d);
      drafts.push(d);
    }
  }
  return drafts;
}

function blankTask(m: TitleMarkers, line: number): Task {
  return {
    key: m.key,
    title: m.title,
    priority: m.priority,
    status: m.status ?? "todo",
    estimate: m.estimate,
    owner: m.owner,
    dependsOn: [],
    files: [],
    checklist: [],
    criteria: [],
    line,
  };
}

const COLUMNS = {
  title: /^(?:task|title|item|action|action item|work item|story|ticket|issue|todo|to-do|deliverable|what|description)$/i,
  key: /^(?:id|#|key|no\.?|nr\.?|number|ref|task id|ticket id)$/i,
  priority: /^(?:priority|prio|severity|p|pri)$/i,
  estimate: /^(?:estimate|effort|est\.?|size|hours|time|duration|estimated effort|eta)$/i,
  owner: /^(?:owner|assignee|assigned to|who|responsible|dri)$/i,
  status: /^(?:status|state|done|progress)$/i,
  deps: /^(?:depends on|dependencies|deps|blocked by|after)$/i,
  files: /^(?:files?|paths?|locations?|file paths?)$/i,
};
const NOT_TASK_TABLE = /^(?:phase|week|weeks|sprint|category|metric|component|aspect|area|milestone|risk|file|files)$/i;

/** `| ID | Task | Priority | Estimate | Owner | Status |` rows as tasks; a table of existing keys is a summary. */
function tableTasks(c: Classified, ctx: MarkerContext, known: Map<string, Draft>, index: SourceIndex): Draft[] {
  const drafts: Draft[] = [];
  for (const t of c.content.tables) {
    const col = (re: RegExp) => t.header.findIndex((h) => re.test(h.replace(EMOJI, "").trim()));
    const titleCol = col(COLUMNS.title);
    const others = [COLUMNS.key, COLUMNS.priority, COLUMNS.estimate, COLUMNS.owner, COLUMNS.status, COLUMNS.deps].map(col);
    if (titleCol < 0 || others.every((i) => i < 0) || NOT_TASK_TABLE.test(t.header[0] ?? "")) continue;
    const [keyCol, prioCol, estCol, ownerCol, statusCol, depsCol] = others as [number, number, number, number, number, number];
    const fileCol = col(COLUMNS.files);
    const rows = t.rows.map((r) => {
      const m = readTitle(r.cells[titleCol] ?? "", ctx);
      const key = keyCol >= 0 ? plain(r.cells[keyCol] ?? "").replace(/^#/, "") || null : m.key;
      return { r, m, key };
    });
    const references = rows.filter((x) => x.key && known.has(x.key.toUpperCase())).length;
    if (references * 2 >= rows.length && references > 0) continue;
    for (const { r, m, key } of rows) {
      if (!m.title || (key && known.has(key.toUpperCase())) || index.tasks.has(r.line)) continue;
      const cell = (i: number) => (i >= 0 ? (r.cells[i] ?? "") : "");
      const status = statusCol >= 0 ? (statusFromText(cell(statusCol)) ?? (/\[x\]/i.test(cell(statusCol)) ? "done" : null)) : null;
      const task: Task = {
        ...blankTask(m, r.line),
        key,
        priority: prioCol >= 0 ? (findTitlePriority(plain(cell(prioCol)), ctx.legend, true) ?? m.priority) : m.priority,
        status: status ?? m.status ?? "todo",
        estimate: estCol >= 0 ? (parseEstimate(cell(estCol), ctx.sizes) ?? m.estimate) : m.estimate,
        owner: ownerCol >= 0 ? readOwner(cell(ownerCol)) : m.owner,
        dependsOn: depsCol >= 0 ? parseDependencies(cell(depsCol)) : [],
        files: fileCol >= 0 ? pathsIn(cell(fileCol)) : [],
      };
      const source: TaskSource = { line: r.line, style: "table", headingDepth: 0, endLine: r.line, fieldLines: {}, lastFieldLine: null };
      index.tasks.set(r.line, source);
      const d: Draft = { task, home: c, phase: phaseFor(c), source, ownPriority: task.priority !== null, statusUnset: status === null && m.status === null };
      if (key) known.set(key.toUpperCase(), d);
      drafts.push(d);
    }
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------------
// Decisions found in fields and labels.

function decisionsFromFields(content: Content, assigned: Set<Entry>, index: SourceIndex): Decision[] {
  const out: Decision[] = [];
  for (const f of content.fields) {
    if (f.kind !== "decisionNeeded" || /^decision$/i.test(f.name)) continue;
    let options = optionsFromVersus(f.value);
    const nested = content.entries.filter((e) => e.label?.line === f.line && e.label.text.startsWith("Decision needed"));
    if (!options.length && nested.length) options = takeOptions(nested, assigned, index);
    out.push(buildDecision({ title: plain(f.value).replace(/\?$/, ""), line: f.line, options, fields: [] }));
  }
  return out;
}

function decisionsFromLabels(
  labels: Set<Label>,
  content: Content,
  ownerTitle: string | null,
  assigned: Set<Entry>,
  index: SourceIndex,
  anyList = false,
): Decision[] {
  const out: Decision[] = [];
  for (const label of labels) {
    const entries = entriesUnder(label, content.entries).filter((e) => !assigned.has(e));
    const checkboxes = entries.filter((e) => e.checked !== null);
    const isQuestion = /\?\s*$/.test(label.text) && !OPTIONS_LABEL.test(label.text);
    if (entries.length < 2 || (isQuestion && !anyList && checkboxes.length < 2)) continue;
    if (!anyList && !isDecisionLabel(label)) continue;
    const title = OPTIONS_LABEL.test(label.text) && ownerTitle ? ownerTitle : cleanDecisionTitle(label.text);
    out.push(buildDecision({ title, line: label.line, options: takeOptions(entries, assigned, index), fields: [] }));
  }
  return out;
}

function takeOptions(entries: readonly Entry[], assigned: Set<Entry>, index: SourceIndex) {
  return entries.map((e) => {
    if (e.checked !== null) {
      assigned.add(e);
      index.itemEnds.set(e.line, endLine(e.node));
    }
    return readOption(e.text, e.checked, e.line);
  });
}

// ---------------------------------------------------------------------------------------------
// Phases.

/** Group sections that hold, themselves or below, checkboxes no task or decision has taken. */
function withLooseCheckboxes(sections: readonly Classified[], assigned: Set<Entry>): Set<Classified> {
  const out = new Set<Classified>();
  for (const s of sections) {
    if (s.kind !== "group" || !s.content.entries.some((e) => e.checked !== null && !assigned.has(e))) continue;
    for (let x: Classified | null = s; x && !out.has(x); x = x.parent) if (x.kind === "group") out.add(x);
  }
  return out;
}

function nearestPhase(c: Classified, phases: Set<Classified>): Classified | null {
  for (let x: Classified | null = c; x; x = x.parent) if (phases.has(x)) return x;
  return null;
}

function assemblePhases(drafts: Draft[], phaseSections: Set<Classified>, checklists: Map<Classified, Item[]>, index: SourceIndex): Phase[] {
  const byPhase = new Map<Classified | null, Draft[]>();
  for (const d of drafts) push(byPhase, d.phase, d);
  const phases: Array<Phase & { order: number }> = [];
  const implicit = byPhase.get(null);
  if (implicit?.length) {
    const tasks = implicit.map((d) => d.task).sort(byLine);
    phases.push({ title: IMPLICIT_PHASE, key: null, weeks: null, status: deriveStatus(tasks.map((t) => t.status)), tasks, checklist: [], line: null, order: tasks[0]!.line ?? 0 });
  }
  for (const c of phaseSections) {
    const own = (byPhase.get(c) ?? []).sort((a, b) => (a.task.line ?? 0) - (b.task.line ?? 0));
    const checklist = (checklists.get(c) ?? []).sort(byLine);
    if (!own.length && !checklist.length) continue;
    const written = phaseStatus(c);
    for (const d of own) if (d.statusUnset && written === "done") d.task.status = "done";
    const tasks = own.map((d) => d.task);
    const status = written ?? deriveStatus(tasks.length ? tasks.map((t) => t.status) : checklist.map((i) => (i.done ? "done" : "todo")));
    const phaseMatch = PHASE_HEADING.exec(c.plainTitle);
    phases.push({
      title: phaseTitle(c.plainTitle),
      key: phaseMatch ? phaseMatch[2]!.replace(/\s+/g, "") : c.markers.key,
      weeks: c.markers.weeks ?? weeksField(c),
      status,
      tasks,
      checklist,
      line: c.section.line,
      order: c.section.line,
    });
    index.phases.set(c.section.line, { line: c.section.line, endLine: c.section.endLine, headingDepth: c.section.depth });
  }
  return phases.sort((a, b) => a.order - b.order).map(({ order: _order, ...p }) => p);
}

function phaseStatus(c: Classified): Status | null {
  const s = findHeadingStatus(c.plainTitle) ?? (/^(?:completed?|done|finished)\s*[:\-–—]/i.test(c.plainTitle) ? "done" : null);
  return s === "deferred" && !/\b(?:DEFERRED|POSTPONED|deferred|postponed)\b/.test(c.plainTitle) ? null : s;
}

function weeksField(c: Classified) {
  const f = c.content.fields.find((x) => x.kind === "weeks" || x.kind === "estimate");
  return f ? findWeeks(plain(f.value)) : null;
}

/** `PHASE 1: Critical Stabilization (Week 1) - ✅ COMPLETED` → `PHASE 1: Critical Stabilization`. */
export function phaseTitle(plainTitle: string): string {
  // Read again until nothing changes, so a title written back reads back the same.
  let title = cleanPhaseTitle(plainTitle);
  for (let i = 0; i < 4 && cleanPhaseTitle(title) !== title; i++) title = cleanPhaseTitle(title);
  return title;
}

function cleanPhaseTitle(plainTitle: string): string {
  const title = plainTitle
    .replace(/^(?:completed?|done|finished)\s*[:\-–—]\s*/i, "")
    .replace(/\s*[-–—|:]*\s*(?:\b(?:COMPLETED?|DONE|FINISHED|IN PROGRESS|WIP|BLOCKED)\b)[\s!.]*$/, "")
    .replace(/\s*\((?:weeks?|days?|sprint|months?)\s+\d[^)]*\)/gi, "")
    .replace(/\s*[-–—|:]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  // A kanban column (`Done`, `In Progress`) is all status words: it keeps its name.
  return title || plainTitle;
}

// ---------------------------------------------------------------------------------------------

/** `| Metric | Current | Target |` rows: the metric column names it, the target column sets it. */
function metricsFromTable(t: TableFact): Metric[] {
  const col = (re: RegExp) => t.header.findIndex((h) => re.test(h.replace(EMOJI, "").trim()));
  const name = col(/^(?:metric|kpi|measure|indicator|slo|sli|success metric|what)$/i);
  const target = col(/^(?:target|goal|threshold|objective|slo target|desired|success criteria)$/i);
  const current = col(/^(?:current|baseline|today|now|actual|as[- ]is)$/i);
  if (name < 0 || target < 0) return [];
  return t.rows.flatMap((r) => {
    const m = parseMetric(r.cells[target] ?? "", r.line, true);
    const label = plain(r.cells[name] ?? "").replace(EMOJI, " ").replace(/\s+/g, " ").trim();
    if (!m || !label) return [];
    // A bare target next to the current value says which way to go: 99.5% → 99.9% is "at least".
    const now = current >= 0 ? parseMetric(r.cells[current] ?? "", r.line, true) : null;
    if (m.target.op === "=" && now && now.target.value !== m.target.value) m.target.op = m.target.value > now.target.value ? ">=" : "<=";
    return [{ ...m, name: label }];
  });
}

function dedupeMetrics(metrics: Metric[]): Metric[] {
  const seen = new Set<string>();
  return metrics.filter((m) => {
    const k = `${m.name.toLowerCase()}|${m.target.op}|${m.target.value}|${m.target.unit}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function itemText(light: string): string {
  return plain(light.split("\n").join(" "));
}

const byLine = (a: { line: number | null }, b: { line: number | null }) => (a.line ?? 0) - (b.line ?? 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
