import type { Priority, Status } from "@/lib/plan/contract";

/**
 * The words plans use, as data. Every rule of the importer that depends on wording reads these
 * tables, so supporting a new style of plan usually means adding a row here, not a branch.
 */

/** Priority words → level. Matched case-insensitively as whole words. */
export const PRIORITY_WORDS: ReadonlyArray<readonly [RegExp, Priority]> = [
  [/^(?:p-?0|critical|blocker|urgent|showstopper|must[- ]have)$/i, "P0"],
  [/^(?:p-?1|high|important|should[- ]have)$/i, "P1"],
  [/^(?:p-?2|medium|med|normal|moderate priority|could[- ]have)$/i, "P2"],
  [/^(?:p-?3|low|minor|nice[- ]to[- ]have|trivial|optional)$/i, "P3"],
];

/** One alternation of every priority word, for scanning text. Longest first. */
export const PRIORITY_TOKEN =
  "must[- ]have|should[- ]have|could[- ]have|nice[- ]to[- ]have|showstopper|critical|blocker|urgent|important|medium|normal|minor|trivial|high|low|med|p-?[0-3]";

/** Status words found in a `Status:` field or a table cell, tried in this order. */
export const STATUS_RULES: ReadonlyArray<readonly [RegExp, Status]> = [
  [/\b(?:not[ -](?:yet[ -])?(?:started|done|complete[d]?|begun)|to[ -]?do|pending|planned|open|unstarted|backlog item)\b/i, "todo"],
  [/\b(?:blocked|on[ -]hold|waiting (?:on|for)|stuck)\b|⛔|🚫|🛑/iu, "blocked"],
  [/\b(?:deferred|postponed|descoped|out of scope|won'?t (?:do|fix)|parked|icebox|future|later)\b|\bv\d+(?:\.\d+)*\b/i, "deferred"],
  [/\b(?:in[ -]progress|started|ongoing|underway|under way|wip|partial(?:ly)?|in review|doing|active)\b|🚧|🔄|⏳/iu, "in_progress"],
  [/\b(?:completed?|done|finished|resolved|fixed|merged|shipped|closed|implemented|verified|delivered)\b|✅|✔|☑|✓/iu, "done"],
];

/** Headings that are a kanban column: the whole heading is one of these. */
export const STATUS_GROUPS: ReadonlyArray<readonly [RegExp, Status]> = [
  [/^(?:in[ -]progress|doing|wip|ongoing|active|started|current(?:ly)?(?: working on)?|now|in review)$/i, "in_progress"],
  [/^(?:to[ -]?do|not started|planned|next|up next|open|pending|ready)$/i, "todo"],
  [/^(?:done|completed?|finished|shipped|closed|resolved|released)$/i, "done"],
  [/^(?:blocked|on hold|waiting)$/i, "blocked"],
  [/^(?:later|icebox|deferred|someday|parked|won'?t do|out of scope)$/i, "deferred"],
];

/** Markers of status inside a task heading or list item (stricter than a Status field). */
export const HEADING_STATUS_RULES: ReadonlyArray<readonly [RegExp, Status]> = [
  [/✅|✔️?|☑️?|\b(?:COMPLETED?|DONE|FINISHED|RESOLVED|FIXED|SHIPPED)\b|\((?:completed?|done|finished|fixed|shipped)\)/u, "done"],
  [/🚧|\b(?:IN[ -]PROGRESS|WIP|STARTED|ONGOING)\b|\((?:in[ -]progress|wip|started|ongoing)\)|[—–-]\s*in[ -]progress\b/iu, "in_progress"],
  [/⛔|🚫|\bBLOCKED\b|\(blocked\)|\[blocked\]|[—–-]\s*blocked\b/u, "blocked"],
  [/\b(?:DEFERRED|POSTPONED|FUTURE|LATER|WONT ?DO)\b|\((?:deferred|postponed|future|later|v\d+(?:\.\d+)*)\)|\b(?:deferred|postponed)\b|[—–-]\s*deferred\b/u, "deferred"],
];

/** Hours per unit of effort. A day is 8 hours, a week 40, a month four weeks. */
export const HOURS_PER_UNIT: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:m|mins?|minutes?)$/i, 1 / 60],
  [/^(?:h|hrs?|hours?)$/i, 1],
  [/^(?:d|days?|person[- ]days?|dev(?:eloper)?[- ]days?|man[- ]days?)$/i, 8],
  [/^(?:w|wks?|weeks?)$/i, 40],
  [/^(?:months?|mos?)$/i, 160],
];

export const EFFORT_UNIT =
  "person[- ]days?|dev(?:eloper)?[- ]days?|man[- ]days?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?";

/** T-shirt sizes → hours. A plan's own legend (`M = 1-2 days`) overrides a row. */
export const DEFAULT_SIZES: Readonly<Record<string, readonly [number, number]>> = {
  XS: [1, 2],
  S: [2, 4],
  SMALL: [2, 4],
  SIMPLE: [2, 4],
  EASY: [2, 4],
  TRIVIAL: [1, 2],
  M: [8, 16],
  MEDIUM: [8, 16],
  MODERATE: [8, 16],
  L: [24, 40],
  LARGE: [24, 40],
  COMPLEX: [24, 40],
  HARD: [24, 40],
  XL: [40, 80],
};

/** Field names as plans write them (`**Effort:** 3h`, `Owner: Ana`) → what they set. */
export type FieldKind =
  | "priority"
  | "status"
  | "estimate"
  | "owner"
  | "dependsOn"
  | "files"
  | "key"
  | "decisionNeeded"
  | "options"
  | "dueBy"
  | "chosen"
  | "weeks";

export const FIELD_NAMES: ReadonlyArray<readonly [RegExp, FieldKind]> = [
  [/^(?:priority|severity|prio)$/i, "priority"],
  [/^(?:status|state|progress)$/i, "status"],
  [/^(?:effort|estimated effort|estimate[ds]?|effort estimate|time estimate|estimated time|timeline|time|duration|size|sizing|est\.?|eta|effort \(hours\)|hours)$/i, "estimate"],
  [/^(?:owner|owners|assignee|assignees|assigned to|assigned|responsible|dri|lead)$/i, "owner"],
  [/^(?:dependencies|dependency|depends on|depends|blocked by|requires|prerequisites?|after)$/i, "dependsOn"],
  [/^(?:files?|locations?|paths?|files? modified|files? to (?:modify|change|create)|files? changed|affected files?|code|module|modules)$/i, "files"],
  [/^(?:task id|id|ticket|ticket id|issue id|key|ref)$/i, "key"],
  [/^(?:decision needed|decision required|needs decision|open decision|decision)$/i, "decisionNeeded"],
  [/^(?:options|alternatives|choices|considered options|options considered)$/i, "options"],
  [/^(?:required by|decide by|due|due by|due date|deadline|needed by)$/i, "dueBy"],
  [/^(?:chosen|chosen option|selected|outcome|resolution)$/i, "chosen"],
  [/^(?:schedule|weeks?|when|sprint)$/i, "weeks"],
];

/** Labels under which checkboxes are acceptance criteria rather than action items. */
export const CRITERIA_LABEL =
  /\b(?:success criteria|acceptance criteria|acceptance|definition of done|dod|done when|exit criteria|deliverables?|success metrics?|verification|validation criteria|criteria)\b/i;

/** Labels under which list items are success metrics. */
export const METRICS_LABEL =
  /\b(?:success metrics?|metrics|kpis?|targets?|slos?|slas?|goals?|success criteria|acceptance criteria|criteria|definition of done|done when)\b/i;

/** Labels under which a list holds the options of a decision. */
export const OPTIONS_LABEL = /^(?:options?|alternatives|choices|considered options|options considered)\b/i;

/** Section headings that hold decisions. */
export const DECISIONS_SECTION = /\b(?:decisions|decision (?:points?|log|records?|register)|open questions|questions to (?:answer|resolve))\b/i;

/** A heading that is itself one decision: `Decision 1: X`, `D-001: X`, `ADR-7 X`. */
export const DECISION_HEADING = /^(?:decision(?:\s+(?:#?\d+|[A-Z]))?|D-?\d+|ADR[- ]?\d+)\s*[:.\-–—)]\s*(.+)$/i;

/** Headings that describe the plan rather than hold work. */
export const NON_TASK_HEADING =
  /^(?:summary|executive summary|overview|introduction|background|context|notes?|legend|priority legend|table of contents|contents|toc|references?|appendix|conclusion|glossary|faq|questions|resources|links|changelog|history|revision history|about|purpose|scope|assumptions|risks?|key findings|findings|results|test execution results|recommendations?|next steps|communication plan|stakeholders|status|current state|current status|related|see also|goals?|objectives?|timeline|schedule|milestones|out of scope|non-goals|dependencies|resources|budget|team|roles|approach|strategy|rationale|motivation|problem|solution|implementation details|details|description|acceptance|exit criteria|success criteria|deliverables|metrics|kpis?|open questions|decisions?)\b/i;

/** Words that make a heading a group of work (a phase), with the number as key. */
export const PHASE_HEADING =
  /^(?:(?:completed|done|current|next|upcoming|finished)\s*[:\-–—]\s*)?(phase|stage|sprint|milestone|iteration|week|weeks|month|release|wave|step)\s+(\d+[A-Za-z]?(?:\s*[-–—]\s*\d+)?)\b/i;

/** Words of a priority-group heading that carry no title of their own. */
export const GROUP_FILLER =
  /\b(?:priority|priorities|issues?|items?|tasks?|work|backlog|todos?|to-dos?|bugs?|fixes|improvements?|requirements?|have|to|the|and|&|level)\b/gi;

/** Values that mean "nobody". */
export const NO_OWNER = /^(?:tbd|tba|anyone|anybody|unassigned|none|n\/a|na|nobody|-|—|\?|team|all)$/i;

/** Dependency values that mean "none". */
export const NO_DEPENDENCY = /^(?:none|n\/a|na|no|nothing|-|—)\b/i;

/** Decision-option markers. */
export const RECOMMENDED_MARK =
  /\s*(?:←|<-|⬅️?|👈|-->|—|–|-)?\s*\**\s*\(?\s*(?:⭐\s*)?\brecommended\b[^)\n]*\)?\**\s*$|\s*\((?:⭐\s*)?recommended[^)]*\)|\s*\[recommended\]|\s*⭐\s*$/i;
export const CHOSEN_MARK = /\s*(?:←|<-|⬅️?|👈)?\s*\**\s*\(?\s*\b(?:chosen|selected|decided|picked|accepted)\b\s*\)?\**\s*$|\s*✅\s*$|^\s*✅\s*/i;

/** Decision statuses that mean the decision is made even when no option is marked. */
export const DECIDED_STATUS = /\b(?:accepted|decided|approved|adopted|final|resolved|closed|chosen|done)\b/i;

/** Metric units as written → canonical unit. */
export const METRIC_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^%$/, "%"],
  [/^(?:ms|msec|millis(?:econds?)?|milliseconds?)$/i, "ms"],
  [/^(?:μs|us|microseconds?)$/i, "µs"],
  [/^(?:s|secs?|seconds?)$/i, "s"],
  [/^(?:mins?|minutes?)$/i, "min"],
  [/^(?:h|hrs?|hours?)$/i, "h"],
  [/^(?:days?)$/i, "d"],
  [/^(?:req(?:uests?)?\/s(?:ec(?:ond)?)?|rps|req(?:uests?)? per second|requests\/second)$/i, "req/s"],
  [/^(?:qps|queries\/s(?:ec)?|queries per second)$/i, "qps"],
  [/^(?:tps|transactions\/s(?:ec)?)$/i, "tps"],
  [/^(?:rpm|req(?:uests?)?\/min(?:ute)?)$/i, "req/min"],
  [/^(?:fps)$/i, "fps"],
  [/^(?:kb|kib)$/i, "KB"],
  [/^(?:mb|mib)$/i, "MB"],
  [/^(?:gb|gib)$/i, "GB"],
  [/^(?:x|×)$/i, "x"],
];

export const METRIC_UNIT_TOKEN =
  "%|ms|msec|milliseconds?|millis|μs|us|microseconds?|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|req(?:uests?)?\\s?/\\s?s(?:ec(?:ond)?)?|rps|req(?:uests?)? per second|qps|queries/s(?:ec)?|tps|rpm|fps|kib|kb|mib|mb|gib|gb|x|×";
