import type { Item, Phase, Status } from "@/lib/plan/contract";
import type { Classified } from "./classify";
import { findWeeks } from "./markers";
import { plain } from "./mdast";
import { byLine, inheritedPriority, push, statusColumn, takeItem, type Draft, type Reader } from "./reader";
import type { Entry } from "./scan";
import { findHeadingStatus, deriveStatus } from "./status";
import { METRICS_LABEL, PHASE_HEADING } from "./vocabulary";

const IMPLICIT_PHASE = "Tasks";

/**
 * Phases: the section each task belongs to, and phase-like sections with checkboxes of their
 * own. Checkboxes nobody has taken land in their phase's checklist or the plan's criteria.
 */
export function readPhases(r: Reader, sections: readonly Classified[], preamble: readonly Entry[]): Phase[] {
  for (const d of r.drafts) {
    const around = d.home?.kind === "task" ? d.home.parent : (d.home ?? d.phase);
    if (!d.ownPriority && d.task.priority === null) d.task.priority = inheritedPriority(around, r.ctx);
    const column = d.statusUnset ? statusColumn(d.home ?? d.phase) : null;
    if (column) d.task.status = column;
  }
  const phaseSections = new Set<Classified>(r.drafts.map((d) => d.phase).filter((p): p is Classified => p !== null));
  for (const c of withLooseCheckboxes(sections, r.assigned)) if (c.phaseLike) phaseSections.add(c);
  for (const c of sections) if (c.kind === "group") placeLooseEntries(r, c, phaseSections);
  for (const e of preamble) if (e.checked !== null && !r.assigned.has(e)) r.criteria.push(takeItem(r, e));
  return assemblePhases(r, phaseSections);
}

function placeLooseEntries(r: Reader, c: Classified, phaseSections: Set<Classified>) {
  for (const e of c.content.entries) {
    if (e.checked === null || r.assigned.has(e)) continue;
    const phase = nearestPhase(c, phaseSections);
    const it = takeItem(r, e);
    const inCriteria = c.metricsLike || (e.label !== null && METRICS_LABEL.test(e.label.text));
    if (phase) push(r.phaseChecklists, phase, it);
    else r.criteria.push(it);
    if (inCriteria) r.metricSources.push({ text: e.text, line: e.line, list: true });
  }
  for (const e of c.content.entries) {
    if (e.checked !== null) continue;
    const inMetrics = (e.label !== null && METRICS_LABEL.test(e.label.text)) || c.metricsLike;
    if (inMetrics) r.metricSources.push({ text: e.text, line: e.line, list: true });
  }
}

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

function assemblePhases(r: Reader, phaseSections: Set<Classified>): Phase[] {
  const byPhase = new Map<Classified | null, Draft[]>();
  for (const d of r.drafts) push(byPhase, d.phase, d);
  const phases: Array<Phase & { order: number }> = [];
  const implicit = byPhase.get(null);
  if (implicit?.length) {
    const tasks = implicit.map((d) => d.task).sort(byLine);
    phases.push({
      title: IMPLICIT_PHASE,
      key: null,
      weeks: null,
      status: deriveStatus(tasks.map((t) => t.status)),
      tasks,
      checklist: [],
      line: null,
      order: tasks[0]!.line ?? 0,
    });
  }
  for (const c of phaseSections) {
    const own = (byPhase.get(c) ?? []).sort((a, b) => (a.task.line ?? 0) - (b.task.line ?? 0));
    const checklist: Item[] = (r.phaseChecklists.get(c) ?? []).sort(byLine);
    if (!own.length && !checklist.length) continue;
    const written = phaseStatus(c);
    for (const d of own) if (d.statusUnset && written === "done") d.task.status = "done";
    const tasks = own.map((d) => d.task);
    const status =
      written ??
      deriveStatus(tasks.length ? tasks.map((t) => t.status) : checklist.map((i) => (i.done ? "done" : "todo")));
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
    r.index.phases.set(c.section.line, {
      line: c.section.line,
      endLine: c.section.endLine,
      headingDepth: c.section.depth,
    });
  }
  return phases.sort((a, b) => a.order - b.order).map(({ order: _order, ...p }) => p);
}

function phaseStatus(c: Classified): Status | null {
  const s =
    findHeadingStatus(c.plainTitle) ?? (/^(?:completed?|done|finished)\s*[:\-–—]/i.test(c.plainTitle) ? "done" : null);
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
