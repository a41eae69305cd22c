import type { Priority, Status } from "@/lib/plan/contract";

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

export type Unit = "minute" | "hour" | "day" | "week" | "month" | "point";

/** Table columns the importer reads tasks from. */
export type ColumnKind = "title" | "key" | "priority" | "estimate" | "owner" | "status" | "deps" | "files";

/**
 * The words of one language. Every entry is a phrase as plans write it, matched
 * case-insensitively as a whole word; a space in a phrase also matches a hyphen. Index merges
 * the languages and derives every pattern of the importer from these tables.
 */
export interface Words {
  /** Priority words anywhere (`HIGH: Fix the login`, `(critical)`, `Priority: Low`). */
  priority: Record<Priority, readonly string[]>;
  /** Priority words that only count as a whole field value or cell (`Prioridad: Media`): in prose they are ordinary words. */
  priorityValues?: Partial<Record<Priority, readonly string[]>>;
  /** Status words in a `Status:` field or a status cell. */
  status: Record<Status, readonly string[]>;
  /** Headings that are a kanban column, a bucket of work in one state: the whole heading is one of these. */
  statusGroups: Record<Status, readonly string[]>;
  /** Headings that are a bucket of work without a state or priority (`Backlog`, `Unsorted`). */
  buckets: readonly string[];
  /** Words of a heading that names a phase, followed by its number (`Phase 2`, `Sprint 3`). */
  phaseWords: readonly string[];
  /** Words of a heading that names a group of work by name, with nothing after (`Epic: Payments`). */
  groupPrefixes: readonly string[];
  /** Words that name a task with a key (`Task 1.2`, `Aufgabe 1.2`). */
  taskWords: readonly string[];
  units: Record<Unit, readonly string[]>;
  /** Words before a number that make it approximate (`about 3 days`, `ca. 3 Tage`). */
  approx: readonly string[];
  fields: Record<FieldKind, readonly string[]>;
  columns: Record<ColumnKind, readonly string[]>;
  /** Labels under which checkboxes are acceptance criteria rather than action items. */
  criteriaLabels: readonly string[];
  /** Labels under which list items are success metrics. */
  metricsLabels: readonly string[];
  optionsLabels: readonly string[];
  /** Section headings that hold decisions. */
  decisionSections: readonly string[];
  /** `Decision 1: X`: the word a decision heading starts with. */
  decisionWords: readonly string[];
  /** Words of a section heading that holds the plan's own scales (priority emoji, sizes, points). */
  legendHeadings: readonly string[];
  /** Headings that describe the plan rather than hold work. */
  nonTaskHeadings: readonly string[];
  /** Words of a priority-group heading that carry no title of their own. */
  groupFiller: readonly string[];
  noOwner: readonly string[];
  noDependency: readonly string[];
  /** Inline dependency phrases: `depends on #57`, `(needs 6.2)`, `blocked by the vendor contract`. */
  dependencyPhrases: readonly string[];
  /** Of those, the ones that also say the task is blocked now. */
  blockingPhrases: readonly string[];
  recommended: readonly string[];
  /** `we lean to Redis`: a phrase before the option a decision leans to. */
  leaning: readonly string[];
  chosen: readonly string[];
  decidedStatus: readonly string[];
  /** Status marks in a task's own title (`✅ DONE`, `(blocked)`, `— in progress`): stricter than a Status field. */
  titleStatus: Record<Status, readonly string[]>;
  /** Of those, the lower-case words that mark a title anywhere (`… postponed to Q3`). */
  titleStatusAnywhere: Partial<Record<Status, readonly string[]>>;
  /** Priority words that mark a checkbox as a task when bracketed (`(high)`, `[mittel]`). */
  priorityMarks: readonly string[];
  /** `Step 3:`, `Item 2.` before a key. */
  itemWords: readonly string[];
  /** `Week 3`, `Weeks 2-3`: the word a week number follows. */
  weekWords: readonly string[];
  /** `2 to 3`, `2 bis 3`: the words of a range. */
  rangeWords: readonly string[];
  /** Table headers that make a table something other than a task list (`| Phase | ... |`, `| Risk | ... |`). */
  nonTaskColumns: readonly string[];
  /** Columns of a metric table. */
  metricColumns: Record<"name" | "target" | "current", readonly string[]>;
  /** `1000 req/s or more`: words after a value that make it a bound. */
  orMore: readonly string[];
  orLess: readonly string[];
  /** List items that are notes rather than options: `Note: ...`. */
  noteWords: readonly string[];
  /** `Postgres vs DynamoDB`: the word between two options. */
  versus: readonly string[];
  /** `Redis or Memcached`: the word before the last option of a list. */
  or: readonly string[];
  /** Comparison words of a metric target. */
  ops: Record<"<=" | ">=" | "<" | ">" | "=", readonly string[]>;
}
