import type { Priority, Status } from "@/lib/plan/contract";
import { AFTER, alternation, anywhere, BEFORE, leading, mergeWords, whole } from "./build";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import type { ColumnKind, FieldKind, Unit, Words } from "./types";

/**
 * The words plans use, as data: one table per language (en, de, es, fr), merged here. Every
 * pattern of the importer that depends on wording is derived below from these tables, so
 * supporting a new style or language means adding words to a table, not a branch or a regex.
 */
export type { ColumnKind, FieldKind, Unit, Words } from "./types";

export const WORDS: Words = mergeWords(en, de, es, fr);

const PRIORITIES: readonly Priority[] = ["P0", "P1", "P2", "P3"];

/** Priority words → level, for a whole field value or cell (value-only words included). */
export const PRIORITY_WORDS: ReadonlyArray<readonly [RegExp, Priority]> = PRIORITIES.map((p) => [
  whole([...WORDS.priority[p], ...(WORDS.priorityValues?.[p] ?? [])], "i"),
  p,
]);

/** One alternation of every priority word for scanning text (`\b` around it is the caller's). */
export const PRIORITY_TOKEN = `${alternation(PRIORITIES.flatMap((p) => WORDS.priority[p]))}|p-?[0-3]`;

/** The word `priority` in every language (`High priority`, `Priorität: Hoch`). */
export const PRIORITY_NAME = alternation(WORDS.fields.priority);
/** Upper-case priority words: in a title they are a mark even without brackets (`HIGH: Fix login`). */
export const PRIORITY_UPPER = alternation(
  PRIORITIES.flatMap((p) => WORDS.priority[p]).filter((w) => !/^p-?\d$/.test(w) && w.length > 2),
).toUpperCase();

/** Priority words that mark a checkbox as a task when bracketed: `(high)`, `[P1]`. */
export const TASK_PRIORITY_MARK = new RegExp(
  String.raw`^\s*[[(]?P[0-3]\b[\])]?\s*[:\-–—]|[([]\s*(?:P[0-3]|${alternation(WORDS.priorityMarks)})(?:\s+(?:${PRIORITY_NAME}))?\s*[)\],]|[,—–]\s*P[0-3]\b`,
  "iu",
);
/** `Step 3:`, `Item 2.`, `Schritt 4:` before a key. */
export const ITEM_WORD = alternation(WORDS.itemWords);
export const WEEK_WORD = alternation(WORDS.weekWords);
export const RANGE_WORD = alternation(WORDS.rangeWords);
export const NOT_TASK_TABLE = whole(WORDS.nonTaskColumns);
export const METRIC_COLUMNS = {
  name: whole(WORDS.metricColumns.name),
  target: whole(WORDS.metricColumns.target),
  current: whole(WORDS.metricColumns.current),
};
export const OR_MORE_WORDS = alternation(WORDS.orMore);
export const OR_LESS_WORDS = alternation(WORDS.orLess);
export const NOTE_ITEM = new RegExp(String.raw`^\s*(?:→|->|=>|⇒|(?:${alternation(WORDS.noteWords)})(?![\p{L}]))`, "iu");
/** `Decision needed:` as a label in every language (a bare `Decision:` names the choice instead). */
export const DECISION_NEEDED_LABEL = leading(
  WORDS.fields.decisionNeeded.filter((w) => !WORDS.decisionWords.includes(w)),
);
/** A field named just `Decision` (`Entscheidung`, `Décision`): its value is the option chosen. */
export const DECISION_FIELD = whole(WORDS.decisionWords);

/** Symbols that state a status without words. */
const STATUS_SYMBOLS: Readonly<Partial<Record<Status, string>>> = {
  blocked: "⛔|🚫|🛑",
  in_progress: "🚧|🔄|⏳",
  done: "✅|✔|☑|✓",
};
/** A version named as the status (`v2.0`) puts the work off to that release. */
const VERSION = String.raw`\bv\d+(?:\.\d+)*\b`;

const statusRule = (s: Status, extra = ""): readonly [RegExp, Status] => [
  new RegExp(
    [`${BEFORE}(?:${alternation(WORDS.status[s])})${AFTER}`, STATUS_SYMBOLS[s], extra].filter(Boolean).join("|"),
    "iu",
  ),
  s,
];
/** Status words found in a `Status:` field or a table cell, tried in this order. */
export const STATUS_RULES: ReadonlyArray<readonly [RegExp, Status]> = [
  statusRule("todo"),
  statusRule("blocked"),
  statusRule("deferred", VERSION),
  statusRule("in_progress"),
  statusRule("done"),
];

/** Headings that are a kanban column: the whole heading is one of these. */
export const STATUS_GROUPS: ReadonlyArray<readonly [RegExp, Status]> = (
  ["in_progress", "todo", "done", "blocked", "deferred"] as const
).map((s) => [whole(WORDS.statusGroups[s]), s]);

/** Headings that are a bucket of work with no state or priority of its own: `Backlog`, `Unsorted`. */
export const BUCKET_HEADING = whole(WORDS.buckets);

/** Symbols that mark a title's status. */
const TITLE_SYMBOLS: Readonly<Record<Exclude<Status, "todo">, string>> = {
  done: "✅|✔️?|☑️?",
  in_progress: "🚧",
  blocked: "⛔|🚫",
  deferred: "",
};
const TITLE_ORDER = ["done", "in_progress", "blocked", "deferred"] as const;
const titleWords = (s: Status) => WORDS.titleStatus[s];
const ALL_TITLE_WORDS = alternation(TITLE_ORDER.flatMap(titleWords));
const ALL_TITLE_UPPER = alternation(TITLE_ORDER.flatMap(titleWords), true);

/**
 * Markers of status inside a task heading or list item (stricter than a Status field): a symbol,
 * the word in upper case (`DONE`), in brackets (`(blocked)`, `[wip]`) or after a dash (`— deferred`).
 */
export const HEADING_STATUS_RULES: ReadonlyArray<readonly [RegExp, Status]> = [
  ...TITLE_ORDER.flatMap((s) => {
    const lower = alternation(titleWords(s));
    const loose = WORDS.titleStatusAnywhere[s] ?? [];
    const exact = [TITLE_SYMBOLS[s], `${BEFORE}(?:${alternation(titleWords(s), true)})${AFTER}`];
    const version = s === "deferred" ? String.raw`|v\d+(?:\.\d+)*` : "";
    const marked = String.raw`\((?:${lower}${version})\)|\[(?:${lower})\]|(?:[—–]|\s-)\s*(?:${lower})${AFTER}`;
    // Words that mark a title anywhere are read in any case (`in progress`, `WIP`); the others only in upper case.
    return [
      [new RegExp(exact.filter(Boolean).join("|"), "u"), s],
      [
        new RegExp(
          [marked, loose.length ? `${BEFORE}(?:${alternation(loose)})${AFTER}` : ""].filter(Boolean).join("|"),
          "iu",
        ),
        s,
      ],
    ] as const;
  }),
  // Written back for a task whose column or phase would otherwise say another status.
  [/\((?:to[ -]?do|not started)\)/iu, "todo"],
];
/** `Done: Fix login`, `✅ Blocked — Migrate`: a status word leading a title. */
export const STATUS_PREFIX = new RegExp(String.raw`^(?:✅\s*)?(${ALL_TITLE_WORDS})\s*[:\-–—]\s*`, "iu");
/** A status mark ending a title, in upper case (`… DONE`) or marked (`(deferred)`, `— done`). */
export const TRAILING_STATUS_UPPER = new RegExp(
  String.raw`\s*[-–—:|]*\s*${BEFORE}(?:${ALL_TITLE_UPPER})${AFTER}[\s!.]*$`,
  "u",
);
export const TRAILING_STATUS_MARK = new RegExp(
  String.raw`\s*(?:\((?:${ALL_TITLE_WORDS}|future|later|v\d+(?:\.\d+)*)\)|\[(?:${ALL_TITLE_WORDS})\]|(?:[—–|]|\s-)\s*(?:${ALL_TITLE_WORDS}))[\s!.]*$`,
  "iu",
);
/** Status marks that make a checkbox a task: `— blocked`, `(in progress)`. */
export const TASK_STATUS_MARK = new RegExp(
  String.raw`[—–]\s*(?:${alternation([...titleWords("blocked"), ...titleWords("in_progress")])})${AFTER}|\((?:${alternation([...titleWords("blocked"), ...titleWords("in_progress")])})\)`,
  "iu",
);
/** Every title status word, for marker groups (`(@ana, wip)`). */
export const TITLE_STATUS_TOKEN = ALL_TITLE_WORDS;

/** Hours per unit of effort. A day is 8 hours, a week 40, a month four weeks. Points have no hours of their own. */
const UNIT_HOURS: Readonly<Record<Exclude<Unit, "point">, number>> = {
  minute: 1 / 60,
  hour: 1,
  day: 8,
  week: 40,
  month: 160,
};
export const HOURS_PER_UNIT: ReadonlyArray<readonly [RegExp, number]> = (
  Object.keys(UNIT_HOURS) as Array<keyof typeof UNIT_HOURS>
).map((u) => [whole(WORDS.units[u], "i"), UNIT_HOURS[u]]);
export const EFFORT_UNIT = alternation(
  (Object.keys(UNIT_HOURS) as Array<keyof typeof UNIT_HOURS>).flatMap((u) => WORDS.units[u]),
);
export const POINT_UNIT = alternation(WORDS.units.point);
export const APPROX = alternation(WORDS.approx);

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

const FIELD_ORDER: readonly FieldKind[] = [
  "priority",
  "status",
  "estimate",
  "owner",
  "dependsOn",
  "files",
  "key",
  "decisionNeeded",
  "options",
  "dueBy",
  "chosen",
  "weeks",
];
export const FIELD_NAMES: ReadonlyArray<readonly [RegExp, FieldKind]> = FIELD_ORDER.map((k) => [
  whole(WORDS.fields[k]),
  k,
]);
/** Field names that count in story points, not hours. */
export const POINTS_FIELD = whole(["story points", "points", "sp", "story point estimate", ...WORDS.units.point]);

export const TABLE_COLUMNS: Readonly<Record<ColumnKind, RegExp>> = Object.fromEntries(
  (Object.keys(WORDS.columns) as ColumnKind[]).map((k) => [k, whole(WORDS.columns[k])]),
) as Record<ColumnKind, RegExp>;

/** Labels under which checkboxes are acceptance criteria rather than action items. */
export const CRITERIA_LABEL = anywhere(WORDS.criteriaLabels);
/** Labels under which list items are success metrics. */
export const METRICS_LABEL = anywhere(WORDS.metricsLabels);
/** Labels under which a list holds the options of a decision. */
export const OPTIONS_LABEL = leading(WORDS.optionsLabels);
/** Section headings that hold decisions. */
export const DECISIONS_SECTION = anywhere(WORDS.decisionSections);
/** A heading that is itself one decision: `Decision 1: X`, `Open question 2: X`, `D-001: X`, `ADR-7 X`. */
const DECISION_LEAD = String.raw`^(?:(?:${alternation(WORDS.decisionWords)})(?:\s+(?:#?\d+|[A-Z]))?|D-?\d+|ADR[- ]?\d+)\s*[:.\-–—)]\s*`;
export const DECISION_HEADING = new RegExp(`${DECISION_LEAD}(.+)$`, "iu");
/** What a decision heading or label starts with before its title. */
export const DECISION_PREFIX = new RegExp(DECISION_LEAD, "iu");

/** A heading of a section that defines the plan's scales. */
export const LEGEND_HEADING = anywhere(WORDS.legendHeadings);

/** Headings that describe the plan rather than hold work. */
export const NON_TASK_HEADING = leading(WORDS.nonTaskHeadings);

/** Words that make a heading a group of work (a phase), with the number as key. */
export const PHASE_HEADING = new RegExp(
  String.raw`^(?:(?:completed|done|current|next|upcoming|finished)\s*[:\-–—]\s*)?(${alternation(WORDS.phaseWords)})\s+(\d+[A-Za-z]?(?:\s*[-–—]\s*\d+)?)\b`,
  "iu",
);
export const PHASE_WORD = alternation(WORDS.phaseWords);
/** `Epic: Payments`, `Project: Teams`: a group of work by name. */
export const GROUP_PREFIX = new RegExp(String.raw`^(?:${alternation(WORDS.groupPrefixes)})\s*[:\-–—]\s*(?=\S)`, "iu");
/** `Task 1.2`, `Aufgabe 1.2`, `Tâche 1.2`. */
export const TASK_WORD = alternation(WORDS.taskWords);

/** Words of a priority-group heading that carry no title of their own. */
export const GROUP_FILLER = new RegExp(`${BEFORE}(?:${alternation(WORDS.groupFiller)})${AFTER}|&`, "giu");

/** Values that mean "nobody". */
export const NO_OWNER = whole(WORDS.noOwner);
/** Dependency values that mean "none". */
export const NO_DEPENDENCY = leading(WORDS.noDependency);
/** `depends on #57`, `(needs 6.2)`, `blocked by the vendor contract`, inline in a title. */
export const DEPENDENCY_PHRASE = alternation(WORDS.dependencyPhrases);
export const BLOCKING_PHRASE = whole(WORDS.blockingPhrases);

/** Decision-option markers. */
const RECOMMENDED = alternation(WORDS.recommended);
export const RECOMMENDED_MARK = new RegExp(
  String.raw`\s*(?:←|<-|⬅️?|👈|-->|—|–|-)?\s*\**\s*\(?\s*(?:⭐\s*)?${BEFORE}(?:${RECOMMENDED})${AFTER}[^)\n]*\)?\**\s*$|\s*\((?:⭐\s*)?(?:${RECOMMENDED})[^)]*\)|\s*\[(?:${RECOMMENDED})\]|\s*⭐\s*$`,
  "iu",
);
export const CHOSEN_MARK = new RegExp(
  String.raw`\s*(?:←|<-|⬅️?|👈)?\s*\**\s*\(?\s*${BEFORE}(?:${alternation(WORDS.chosen)})${AFTER}\s*\)?\**\s*$|\s*✅\s*$|^\s*✅\s*`,
  "iu",
);
/** `we lean to Redis`: the option named after it is the recommended one. */
export const LEANING = new RegExp(String.raw`${BEFORE}(?:${alternation(WORDS.leaning)})\s+(.+?)\s*[.;]?\s*$`, "iu");

/** `Postgres vs DynamoDB`: a heading that names the options of one decision. */
export const VERSUS = new RegExp(String.raw`\s+(?:${alternation(WORDS.versus)})(?=\s)\s*`, "iu");
/** Separators of an inline list of options: `A, B or C`. */
export const OPTION_SEPARATOR = new RegExp(
  String.raw`\s*,\s*(?:(?:${alternation(WORDS.or)})\s+)?|\s+(?:${alternation(WORDS.or)})\s+`,
  "iu",
);
/** `Options: Redis or Memcached` inside a sentence. */
export const INLINE_OPTIONS = new RegExp(
  String.raw`${BEFORE}(?:${alternation(WORDS.optionsLabels)})\s*:\s*(.+?)(?=\s+[—–]\s+|\.\s|\.?$)`,
  "iu",
);
/** `Decided: a database table.` inside a sentence. */
export const INLINE_CHOSEN = new RegExp(
  String.raw`${BEFORE}(?:${alternation(WORDS.fields.chosen)})\s*:\s*(.+?)\s*\.?$`,
  "iu",
);

/** Decision statuses that mean the decision is made even when no option is marked. */
export const DECIDED_STATUS = anywhere(WORDS.decidedStatus);

/** Comparison words of metric targets → operator, and one alternation of all of them. */
export const METRIC_OPS: ReadonlyArray<readonly [RegExp, "<=" | ">=" | "<" | ">" | "="]> = [
  [new RegExp(String.raw`^(?:<=|≤|=<|${alternation(WORDS.ops["<="])})$`, "i"), "<="],
  [new RegExp(String.raw`^(?:>=|≥|=>|${alternation(WORDS.ops[">="])})$`, "i"), ">="],
  [new RegExp(String.raw`^(?:<|${alternation(WORDS.ops["<"])})$`, "i"), "<"],
  [new RegExp(String.raw`^(?:>|${alternation(WORDS.ops[">"])})$`, "i"), ">"],
  [new RegExp(String.raw`^(?:=|==|${alternation(WORDS.ops["="])})$`, "i"), "="],
];
export const METRIC_OP_TOKEN = String.raw`<=|>=|≤|≥|=<|=>|==|<|>|=|${alternation(Object.values(WORDS.ops).flat())}`;

/** Metric units as written → canonical unit. Units are international: one table. */
const METRIC_UNIT_NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["%", ["%"]],
  ["ms", ["ms", "msec", "millis", "millisecond", "milliseconds"]],
  ["µs", ["μs", "µs", "us", "microsecond", "microseconds"]],
  ["s", ["s", "sec", "secs", "second", "seconds", "sek", "seg", "segundos", "secondes"]],
  ["min", ["min", "mins", "minute", "minutes", "minuten", "minutos"]],
  ["h", ["h", "hr", "hrs", "hour", "hours", "std", "stunden", "horas", "heures"]],
  ["d", ["day", "days", "tage", "días", "jours"]],
  [
    "req/s",
    [
      "req/s",
      "req/sec",
      "req/second",
      "request/s",
      "requests/s",
      "requests/sec",
      "requests/second",
      "rps",
      "req per second",
      "request per second",
      "requests per second",
    ],
  ],
  ["qps", ["qps", "queries/s", "queries/sec", "queries per second"]],
  ["tps", ["tps", "transactions/s", "transactions/sec"]],
  ["req/min", ["rpm", "req/min", "req/minute", "requests/min", "requests/minute"]],
  ["fps", ["fps"]],
  ["KB", ["kb", "kib"]],
  ["MB", ["mb", "mib"]],
  ["GB", ["gb", "gib"]],
  ["x", ["x", "×"]],
];
export const METRIC_UNITS: ReadonlyArray<readonly [RegExp, string]> = METRIC_UNIT_NAMES.map(([unit, names]) => [
  new RegExp(`^(?:${alternation(names)})$`, "i"),
  unit,
]);
export const METRIC_UNIT_TOKEN = alternation(METRIC_UNIT_NAMES.flatMap(([, names]) => names));

/** Priority emoji of the Obsidian Tasks convention; a plan's own legend overrides them. */
export const CONVENTIONAL_PRIORITY_EMOJI: ReadonlyArray<readonly [string, Priority]> = [
  ["🔺", "P0"],
  ["⏫", "P1"],
  ["🔼", "P2"],
  ["🔽", "P3"],
  ["⏬", "P3"],
];
/** Obsidian Tasks date marks (due, scheduled, start, created, done, cancelled) and recurrence. */
export const DATE_MARKS = "📅|⏳|🛫|➕|✅|❌";
export const RECURRENCE_MARK = "🔁";
