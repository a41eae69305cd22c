import { EMOJI, plain, stripEmoji } from "./mdast";
import { readTitle, type MarkerContext, type TitleMarkers } from "./markers";
import { versusOptions } from "./question-decisions";
import { findTitlePriority } from "./priority";
import { scanBlocks, type Content } from "./scan";
import { allSections, type Section } from "./sections";
import {
  BUCKET_HEADING,
  CRITERIA_LABEL,
  DECISION_HEADING,
  DECISIONS_SECTION,
  GROUP_FILLER,
  GROUP_PREFIX,
  METRICS_LABEL,
  NON_TASK_HEADING,
  PHASE_HEADING,
  PHASE_WORD,
  PRIORITY_TOKEN,
  STATUS_GROUPS,
  TASK_WORD,
} from "./vocabulary";
import type { Status } from "@/lib/plan/contract";

export type SectionKind = "task" | "decision" | "group" | "content";

/** A section with what its heading says and what kind of thing it is. */
export interface Classified {
  section: Section;
  parent: Classified | null;
  children: Classified[];
  markers: TitleMarkers;
  plainTitle: string;
  content: Content;
  kind: SectionKind;
  /** `Phase 1`, `Week 2`, `Sprint 3`: a group of work by name. */
  phaseLike: boolean;
  /** `P0: Critical`, `High Priority (Before Production)`, `Nice to Have`. */
  priorityGroup: boolean;
  /** `In Progress`, `Todo`, `Done`: a kanban column; its tasks take its status. */
  statusGroup: Status | null;
  /** `Backlog`, `Unsorted`, `Epic: Payments`: a bucket of work with no state or priority of its own. */
  bucket: boolean;
  /** A phase, priority group or status column: what it holds is work. */
  workGroup: boolean;
  /** `Success Criteria`, `Acceptance Criteria`, `Success Metrics`: checkboxes here are criteria. */
  criteriaLike: boolean;
  metricsLike: boolean;
  decisionsContainer: boolean;
  /** The task or decision section this one is part of. */
  owner: Classified | null;
}

const PHASE_IN_BRACKETS = new RegExp(String.raw`\((?:${PHASE_WORD})\s+\d[^)]*\)\s*:?\s*$`, "iu");
const TASK_NAMED = new RegExp(String.raw`^(?:${TASK_WORD})(?:\s+#?[\w.-]+)?\s*:`, "iu");
const FILLER_STRIP = new RegExp(String.raw`\b(?:${PRIORITY_TOKEN})\b|\([^)]*\)|\[[^\]]*\]|[#:\-–—|/&,.!]`, "gi");

/** A group heading's words without emoji, a count `(3)` or a trailing colon. */
const groupWords = (title: string) => stripEmoji(title.replace(/\(\s*\d+\s*\)|:$/g, ""));

function statusGroupOf(title: string): Status | null {
  const t = groupWords(title);
  for (const [pattern, status] of STATUS_GROUPS) if (pattern.test(t)) return status;
  return null;
}

function isPriorityGroup(title: string, ctx: MarkerContext): boolean {
  if (/^task(?:\s+#?[\w.-]+)?\s*:/i.test(title) || !findTitlePriority(title, ctx.legend, true)) return false;
  const words = title.replace(EMOJI, " ").replace(FILLER_STRIP, " ");
  const total = words.split(/\s+/).filter(Boolean).length;
  const content = words.replace(GROUP_FILLER, " ").split(/\s+/).filter(Boolean).length;
  // Only filler (`P0 — must ship`, `Nice to Have`), or one word alone (`P1: Backend`). A word
  // beside filler is a task's title: `LOW: Ship the thing`, `HIGH: Fix login`.
  return content === 0 || (content === 1 && total === 1);
}

/** Reads every section's heading and own blocks, then decides which sections are tasks. */
export function classifySections(top: Section, topLevel: Section[], ctx: MarkerContext): Classified[] {
  const byId = new Map<Section, Classified>();
  const list: Classified[] = [];
  for (const section of allSections(top)) {
    const plainTitle = stripEmoji(plain(section.light));
    const parent = section.parent ? (byId.get(section.parent) ?? null) : null;
    // `### Task: Acceptance Criteria` is a task by name, whatever the words after the colon.
    const markers = readTitle(section.light, ctx);
    // A tracker key (`ENG-43 Email verification`) names a task too: its words are a title, not a label.
    const named = TASK_NAMED.test(plainTitle) || (markers.strongKey && /^[A-Z][A-Z0-9]*-\d/.test(markers.key ?? ""));
    const c: Classified = {
      section,
      parent: topLevel.includes(section) ? null : parent,
      children: [],
      markers,
      plainTitle,
      content: scanBlocks(section.blocks, null),
      kind: "group",
      phaseLike: PHASE_HEADING.test(plainTitle) || PHASE_IN_BRACKETS.test(plainTitle),
      priorityGroup: isPriorityGroup(plainTitle, ctx),
      statusGroup: statusGroupOf(plainTitle),
      bucket: !named && (BUCKET_HEADING.test(groupWords(plainTitle)) || GROUP_PREFIX.test(plainTitle)),
      workGroup: false,
      criteriaLike: !named && (CRITERIA_LABEL.test(plainTitle) || /\bchecklist\b/i.test(plainTitle)),
      metricsLike: !named && METRICS_LABEL.test(plainTitle),
      decisionsContainer: !named && DECISIONS_SECTION.test(plainTitle) && !DECISION_HEADING.test(plainTitle),
      owner: null,
    };
    byId.set(section, c);
    list.push(c);
    if (c.parent) c.parent.children.push(c);
  }
  // Criteria-ness is inherited: `Success Criteria` > `Must Have` holds criteria too.
  for (const c of list) {
    c.workGroup = c.phaseLike || c.priorityGroup || c.statusGroup !== null || c.bucket;
    if (c.parent?.criteriaLike) c.criteriaLike = true;
    if (c.parent?.metricsLike) c.metricsLike = true;
  }

  const score = new Map<Classified, number>();
  for (const c of list) score.set(c, taskScore(c));
  const marked = (c: Classified) =>
    score.get(c)! >= 2 &&
    (c.markers.key !== null || c.markers.ordinal || findTitlePriority(c.plainTitle, ctx.legend) !== null);

  // Top-down: a task's sub-sections are its content; a would-be task that holds marked tasks is a group.
  for (const c of list) {
    const owner =
      c.parent && (c.parent.kind === "task" || c.parent.kind === "decision" || c.parent.kind === "content")
        ? (c.parent.owner ?? c.parent)
        : null;
    if (owner) {
      c.kind = "content";
      c.owner = owner;
      continue;
    }
    // `Postgres vs DynamoDB`: a heading that compares options, outside any work group, is a decision.
    const versus = !c.markers.strongKey && !c.workGroup && !c.parent?.workGroup && versusOptions(c.plainTitle) !== null;
    if (DECISION_HEADING.test(c.plainTitle) || versus) {
      c.kind = "decision";
      continue;
    }
    if (score.get(c)! >= 2 && !hasMarkedDescendant(c, marked)) c.kind = "task";
  }
  // Numbered siblings of tasks are tasks too: `### 2.4 Logging` between `### 2.3` and `### 2.5`.
  for (const c of list) {
    const tasks = c.children.filter((x) => x.kind === "task" && x.markers.key);
    if (tasks.length < 2 || c.kind !== "group") continue;
    for (const x of c.children)
      if (
        x.kind === "group" &&
        x.markers.key &&
        !x.children.length &&
        !x.phaseLike &&
        !x.criteriaLike &&
        !NON_TASK_HEADING.test(x.markers.title)
      )
        x.kind = "task";
  }
  return list;
}

function hasMarkedDescendant(c: Classified, marked: (c: Classified) => boolean): boolean {
  const stack = [...c.children];
  while (stack.length) {
    const d = stack.pop()!;
    if (marked(d)) return true;
    stack.push(...d.children);
  }
  return false;
}

const TASK_FIELDS = new Set(["priority", "status", "estimate", "owner", "dependsOn", "files", "key"]);

/** How much a section looks like one piece of work. Two points make a task. */
function taskScore(c: Classified): number {
  if (c.workGroup || c.criteriaLike || c.decisionsContainer) return 0;
  if (NON_TASK_HEADING.test(c.plainTitle.replace(/^\d+(?:\.\d+)*[.)]?\s*/, ""))) return 0;
  const m = c.markers;
  let s = 0;
  if (m.strongKey) s += 2;
  else if (m.key) s += 1;
  if (m.ordinal) s += 1;
  if (m.priority) s += 2;
  if (m.status) s += 1;
  if (m.estimate || m.owner) s += 1;
  const kinds = new Set(c.content.fields.map((f) => f.kind).filter((k) => k && TASK_FIELDS.has(k)));
  s += Math.min(kinds.size, 2);
  if (c.content.entries.some((e) => e.checked !== null && !(e.label && CRITERIA_LABEL.test(e.label.text)))) s += 1;
  // A heading right under `Phase 2` or `High Priority` is a piece of that work unless it names itself otherwise.
  if (c.parent?.workGroup) s += 2;
  return s;
}
