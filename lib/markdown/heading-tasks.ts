import type { Priority, Task } from "@/lib/plan/contract";
import type { Classified } from "./classify";
import { parseDependencies, splitInlineDependency } from "./dependencies";
import { parseEffort } from "./estimate";
import { legendStatus } from "./legends";
import { codeSpans, looksLikePath, pathsIn } from "./fields";
import { decisionsFromFields, decisionsFromLabels } from "./found-decisions";
import { plain } from "./mdast";
import type { MarkerContext } from "./markers";
import { priorityFromValue } from "./priority";
import {
  isDecisionLabel,
  nearestLabel,
  phaseFor,
  readOwner,
  takeItem,
  type Draft,
  type Reader,
  type TaskSource,
} from "./reader";
import type { Content, Field, Label } from "./scan";
import { statusFromText } from "./status";
import { CRITERIA_LABEL, POINTS_FIELD } from "./vocabulary";

/** Tasks written as headings: their fields, their checkboxes, and the decisions inside them. */
export function readHeadingTasks(r: Reader, sections: readonly Classified[], contentOf: (c: Classified) => Content) {
  for (const c of sections.filter((s) => s.kind === "task")) {
    const content = contentOf(c);
    const d = draftFromHeading(c, content, r.ctx);
    r.drafts.push(d);
    r.index.tasks.set(d.source.line, d.source);
    const optionLabels = new Set<Label>();
    for (const e of content.entries) {
      if (e.checked === null || r.assigned.has(e)) continue;
      const label = nearestLabel(e);
      if (label && isDecisionLabel(label)) {
        optionLabels.add(label);
        continue;
      }
      const target = label && CRITERIA_LABEL.test(label.text) ? d.task.criteria : d.task.checklist;
      target.push(takeItem(r, e));
      if (target === d.task.criteria) r.metricSources.push({ text: e.text, line: e.line, list: true });
    }
    r.decisions.push(...decisionsFromLabels(r, optionLabels, content, d.task.title));
    r.decisions.push(...decisionsFromFields(r, content));
  }
}

/**
 * A task or decision section's own blocks and those of its sub-sections, each sub-heading acting
 * as the label of what stands under it unlabelled. Sub-sections belong to one owner only, so
 * their entries are labelled in place.
 */
export function gatherContent(c: Classified, subsections: readonly Classified[]): Content {
  const out: Content = {
    fields: [...c.content.fields],
    entries: [...c.content.entries],
    tables: [...c.content.tables],
    labels: [...c.content.labels],
  };
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

function headingSource(c: Classified, content: Content): TaskSource {
  const source: TaskSource = {
    line: c.section.line,
    style: "heading",
    headingDepth: c.section.depth,
    endLine: c.section.endLine,
    fieldLines: {},
    lastFieldLine: null,
  };
  for (const f of content.fields) {
    if (
      f.kind === "status" ||
      f.kind === "estimate" ||
      f.kind === "owner" ||
      f.kind === "priority" ||
      f.kind === "dependsOn"
    ) {
      if (source.fieldLines[f.kind] === undefined) (source.fieldNames ??= {})[f.kind] = f.name;
      source.fieldLines[f.kind] ??= f.line;
    }
    source.lastFieldLine = Math.max(source.lastFieldLine ?? 0, f.line);
  }
  return source;
}

function draftFromHeading(c: Classified, content: Content, ctx: MarkerContext): Draft {
  const m = c.markers;
  const first = (kind: Field["kind"]) => content.fields.find((f) => f.kind === kind);
  const source = headingSource(c, content);
  const keyField = first("key");
  const priorityField = first("priority");
  const statusField = first("status");
  const estimateField = first("estimate");
  const ownerField = first("owner");
  const depsField = first("dependsOn");

  const fieldKey = keyField ? /^#?([A-Za-z]*[-.]?\d[\w.-]*)$/.exec(plain(keyField.value).split(/\s+/)[0] ?? "") : null;
  const key = fieldKey ? fieldKey[1]! : m.key;
  // A field is the explicit word: it outranks a marker in the heading (`✅`, `(P0)`).
  const priority = priorityField
    ? priorityFromValue(plain(priorityField.value), ctx.legend)
    : (m.priority ?? keyPriority(key));
  const status =
    (statusField ? (statusFromText(statusField.value) ?? legendStatus(statusField.value, ctx.statusLegend)) : null) ??
    m.status;
  const task: Task = {
    key,
    title: m.title,
    priority,
    status: status ?? "todo",
    estimate:
      (estimateField
        ? parseEffort(estimateField.value, ctx.sizes, ctx.pointHours, POINTS_FIELD.test(estimateField.name))
        : null) ?? m.estimate,
    owner: ownerField ? readOwner(ownerField.value) : m.owner,
    dependsOn: depsField
      ? parseDependencies(depsField.value)
      : m.dependsOn.length
        ? m.dependsOn
        : inlineDependencies(content),
    files: filesOf(content),
    checklist: [],
    criteria: [],
    line: c.section.line,
  };
  const phase = phaseFor(c.parent);
  // `**Priority:** None` is a priority of its own too: nothing is inherited over it.
  return {
    task,
    home: c,
    phase,
    source,
    ownPriority: priority !== null || priorityField !== undefined,
    statusUnset: status === null,
  };
}

const keyPriority = (key: string | null): Priority | null =>
  key && /^P[0-3]\./.test(key) ? (key.slice(0, 2) as Priority) : null;

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

/** `Effort: 3 days — depends on #57`: a dependency written inside another field's value. */
function inlineDependencies(content: Content): string[] {
  for (const f of content.fields) {
    const inline = f.kind !== "dependsOn" ? splitInlineDependency(plain(f.value)) : null;
    if (inline) return inline.dependsOn;
  }
  return [];
}
