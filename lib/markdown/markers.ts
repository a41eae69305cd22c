import type { Estimate, Priority, Status } from "@/lib/plan/contract";
import { findInlineEstimate, parseEstimate, type SizeTable } from "./estimate";
import { EMOJI, plain, stripEmoji } from "./mdast";
import { splitInlineDependency } from "./dependencies";
import { fieldKind, readFieldLine } from "./fields";
import { emojiPriority, findTitlePriority, priorityFromWord, type Legend } from "./priority";
import { findHeadingStatus, statusFromText } from "./status";
import {
  CONVENTIONAL_PRIORITY_EMOJI,
  DATE_MARKS,
  NO_OWNER,
  ITEM_WORD,
  PHASE_HEADING,
  PRIORITY_NAME,
  PRIORITY_TOKEN,
  RANGE_WORD,
  RECURRENCE_MARK,
  STATUS_PREFIX,
  TASK_WORD,
  TITLE_STATUS_TOKEN,
  TRAILING_STATUS_MARK,
  TRAILING_STATUS_UPPER,
  WEEK_WORD,
} from "./vocabulary";

/** What a heading, list item or table cell says about itself, and its title without the markers. */
export interface TitleMarkers {
  title: string;
  key: string | null;
  priority: Priority | null;
  status: Status | null;
  estimate: Estimate | null;
  owner: string | null;
  weeks: { from: number; to: number } | null;
  /** The key came from an explicit task pattern (`Task 1.2`, `PROD-7`, `#12`), not a bare number. */
  strongKey: boolean;
  /** `Priority 1:` style ordinal, or a checkbox in a heading: a sign of a task, not a priority level. */
  ordinal: boolean;
  /** `— depends on OPS-3`, `(needs 6.2)`: what the title says the work waits for. */
  dependsOn: string[];
  /** Metadata written the Obsidian Tasks way: inline fields, dates, priority emoji or tags. */
  annotated: boolean;
}

export interface MarkerContext {
  legend: Legend;
  sizes: SizeTable;
  /** The plan's own meaning of its status emoji (`🟢 done · 🔴 blocked`). */
  statusLegend?: ReadonlyMap<string, Status>;
  /** Hours per story point from the plan's legend (`1 SP ≈ 6 h`); without one, points give no estimate. */
  pointHours?: number | null;
}

const TASK_NAMED = new RegExp(String.raw`^(?:${TASK_WORD})\s*:\s*(?=\S)`, "i");
const SEP = String.raw`\s*(?:[:.)\-–—]\s*|\s)`;
const KEY_PATTERNS: ReadonlyArray<readonly [RegExp, boolean]> = [
  [
    new RegExp(
      String.raw`^(?:${TASK_WORD})\s+#?([A-Za-z][A-Za-z0-9]*-\d+[a-z]?|[A-Za-z]*\d+(?:\.\d+)*[a-z]?)(?![.\d])(?:${SEP}|$)`,
      "i",
    ),
    true,
  ],
  [/^\[([A-Za-z][A-Za-z0-9]*-\d+|#?\d+(?:\.\d+)*)\]\s*[:\-–—]?\s*/, true],
  [new RegExp(String.raw`^([A-Z][A-Z0-9]{0,11}-\d+[a-z]?)\b${SEP}`), true],
  [new RegExp(String.raw`^(P[0-3]\.\d+)\b${SEP}`), true],
  [new RegExp(String.raw`^#(\d+)\b${SEP}`), true],
  [new RegExp(String.raw`^(?:${ITEM_WORD})\s+#?(\d+(?:\.\d+)*)\s*[:.)\-–—]\s*`, "iu"), true],
  [/^(\d+(?:\.\d+)*)(?:[.)]\s*|\s*[:\-–—]\s*|\s+(?=\S))/, false],
];

const PRIORITY_PREFIX = new RegExp(
  String.raw`^(?:${PRIORITY_TOKEN})(?:\s+(?:${PRIORITY_NAME}))?\s*(?:\(([^)]*)\))?\s*(?:#(\d+))?\s*[:\-–—]\s*`,
  "i",
);
const ORDINAL_PREFIX = new RegExp(String.raw`^(?:${PRIORITY_NAME})\s+#?(\d+)\s*[:\-–—]\s*`, "i");
const TRAILING_PRIORITY = new RegExp(
  String.raw`(?:\s*[,—–|-]\s*(?:${PRIORITY_TOKEN})(?:\s+(?:${PRIORITY_NAME}))?)+\s*[,—–|-]*\s*$`,
  "i",
);
const WEEKS = new RegExp(String.raw`(?<![\p{L}])(?:${WEEK_WORD})\s+(\d+)(?:\s*(?:-|–|—|${RANGE_WORD})\s*(\d+))?`, "iu");
/** A status mark ending a title, upper case or marked. */
const stripTrailingStatus = (t: string) => t.replace(TRAILING_STATUS_UPPER, "").replace(TRAILING_STATUS_MARK, "");
const OWNER = /(?:^|[\s(,[])@([\w.-]*\w)/;

export function findWeeks(text: string): { from: number; to: number } | null {
  const m = WEEKS.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return to >= from ? { from, to } : null;
}

/** Reads the markers of a title and returns it cleaned: no key, priority, emoji, status or markup. */
export function readTitle(written: string, ctx: MarkerContext, depth = 0): TitleMarkers {
  const meta = readInlineMeta(written, ctx);
  const light = meta.rest;
  const struck = /~~([^~]+)~~/.exec(light);
  const inline = splitInlineDependency(plain(light));
  const tail = readMarkerTail(inline ? inline.rest : plain(light), ctx);
  const raw = tail ? tail.rest : inline ? inline.rest : plain(light);
  let status = meta.status ?? tail?.status ?? findHeadingStatus(raw) ?? (inline?.blocked ? "blocked" : null);
  if (struck && plain(struck[1]!).length >= raw.replace(EMOJI, "").trim().length / 3) status = "done";
  const priority = meta.priority ?? tail?.priority ?? findTitlePriority(raw, ctx.legend);
  const given = meta.estimate ?? tail?.estimate ?? null;
  const inlineEstimate = given ? null : findInlineEstimate(raw, ctx.sizes);
  const ownerMark = OWNER.exec(raw);
  const ownerText = meta.owner ?? tail?.owner ?? (ownerMark ? `@${ownerMark[1]}` : null);
  // `— in progress | TBD`, `Owner: ✅`: a word that says "nobody yet", or no word at all, is no
  // owner, as in an `Owner:` field (readOwner).
  const ownerWords = ownerText === null ? "" : stripEmoji(plain(ownerText)).trim();
  const owner = !ownerWords || NO_OWNER.test(ownerWords) ? null : ownerText;

  // A title crossed out as a whole is done; its markers may stand inside or outside the ~~.
  let t = stripEmoji(raw);
  // `### Task: Write the runbook`: named a task outright, without a key.
  const named = TASK_NAMED.exec(t);
  if (named) t = t.slice(named[0].length);
  // `### [x] Migrate the database`: a checkbox written into a heading.
  const box = /^\[([ xX])\]\s+/.exec(t);
  if (box) {
    if (box[1] !== " ") status = "done";
    t = t.slice(box[0].length);
  }
  const prefix = STATUS_PREFIX.exec(t);
  if (prefix) {
    // `Done: Fix login`: the leading word is the title's status.
    status ??= findHeadingStatus(`(${prefix[1]})`);
    t = t.slice(prefix[0].length);
  }
  t = stripTrailingStatus(t);
  let key: string | null = null;
  let strongKey = false;
  let ordinal = false;

  const prio = PRIORITY_PREFIX.exec(t);
  if (prio) {
    if (prio[2]) [key, strongKey] = [prio[2], true];
    t = t.slice(prio[0].length);
  }
  const ord = ORDINAL_PREFIX.exec(t);
  if (box || named) ordinal = true;
  if (ord) {
    ordinal = true;
    t = t.slice(ord[0].length);
  }
  if (inlineEstimate) t = t.replace(inlineEstimate.match, " ").replace(/\s+/g, " ").trim();
  if (!key) {
    for (const [pattern, strong] of KEY_PATTERNS) {
      const m = pattern.exec(t);
      if (!m) continue;
      [key, strongKey] = [m[1]!.replace(/^#/, ""), strong];
      t = t.slice(m[0].length);
      break;
    }
  }
  t = stripMarkerGroups(t);
  t = stripTrailingStatus(t);
  t = stripTrailingStatus(t.replace(TRAILING_PRIORITY, ""));
  t = t
    .replace(/^[\s:.\-–—|]+|[\s:\-–—|,;]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!t) t = "Untitled";
  // Cleaning again changes nothing: a title never carries a marker that one more read would take.
  if (depth < 8 && t !== "Untitled") {
    const again = readTitle(t, ctx, depth + 1).title;
    if (again !== t) t = again;
  }

  const phase = PHASE_HEADING.exec(raw.replace(EMOJI, "").trim());
  const weeks = findWeeks(raw);
  return {
    title: t,
    key,
    priority,
    status,
    estimate: given ?? inlineEstimate?.estimate ?? null,
    owner,
    weeks: weeks ?? (phase && /^weeks?$/i.test(phase[1]!) ? findWeeks(phase[0]) : null),
    strongKey,
    ordinal,
    dependsOn: inline?.dependsOn ?? [],
    annotated:
      meta.annotated ||
      (priority !== null && emojiPriority(written, ctx.legend) !== null && CONVENTIONAL.test(written)),
  };
}

const TAIL = /\s+[—–]\s+([^—–]+)$/;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u;

/**
 * The marks after a title's last dash: `Fix auth — 2h, Ana`, `Rotate keys — @kim, in progress`,
 * `Retries — **Owner:** Ana · **Est:** 4h`. Read only when every part is a mark (an effort, an
 * owner, a priority, a status or a field) and one of them is more than a bare name.
 */
function readMarkerTail(text: string, ctx: MarkerContext) {
  const m = TAIL.exec(text);
  if (!m) return null;
  const parts = m[1]!
    .split(/\s*[,;·|]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  let [owner, estimate, priority, status] = [
    null as string | null,
    null as Estimate | null,
    null as Priority | null,
    null as Status | null,
  ];
  let names: string[] = [];
  let marks = 0;
  for (const part of parts) {
    const field = readFieldLine(part, "known");
    const kind = field ? fieldKind(field.name) : null;
    if (field && kind === "owner") owner ??= field.value;
    else if (field && kind === "estimate") estimate ??= parseEstimate(field.value, ctx.sizes);
    else if (field && kind === "priority") priority ??= priorityFromWord(field.value);
    else if (field && kind === "status") status ??= statusFromText(field.value);
    else if (/^@[\w.-]*\w$/.test(part)) owner ??= part;
    else if (priorityFromWord(part)) priority ??= priorityFromWord(part);
    else if (findHeadingStatus(`(${part})`)) status ??= findHeadingStatus(`(${part})`);
    else if (
      findInlineEstimate(part, ctx.sizes)?.match.trim() === part ||
      parseEstimate(part, ctx.sizes)?.text === part
    )
      estimate ??= parseEstimate(part, ctx.sizes);
    else if (NAME.test(part)) {
      names = [...names, part];
      continue;
    } else return null;
    marks++;
  }
  if (!marks || names.length > 1) return null;
  return { rest: text.slice(0, m.index).trim(), owner: owner ?? names[0] ?? null, estimate, priority, status };
}

const INLINE_FIELD = /\[([^[\]:]{1,40})::\s*([^\]]*)\]|\(([^():]{1,40})::\s*([^)]*)\)/g;
const DATE_MARK = new RegExp(String.raw`(?:${DATE_MARKS})\uFE0F?\s*\d{4}-\d{2}-\d{2}`, "gu");
const RECURRENCE = new RegExp(String.raw`${RECURRENCE_MARK}\uFE0F?[^#[\]\p{Extended_Pictographic}]*`, "gu");
const TAG = /(^|\s)#([A-Za-z][\w/-]*)/g;
const TRAILING_TAGS = /(?:\s+#[A-Za-z][\w/-]*)+\s*$/;
const CONVENTIONAL = new RegExp(CONVENTIONAL_PRIORITY_EMOJI.map(([e]) => e).join("|"), "u");

/**
 * Obsidian Tasks metadata: `[estimate:: 5h]`, `📅 2027-03-01`, `🔁 every week`, `#p2`. Read into
 * fields and taken out of the title.
 */
function readInlineMeta(light: string, ctx: MarkerContext) {
  let annotated = false;
  let priority: Priority | null = null;
  let status: Status | null = null;
  let estimate: Estimate | null = null;
  let owner: string | null = null;
  let rest = light.replace(INLINE_FIELD, (_all, k1?: string, v1?: string, k2?: string, v2?: string) => {
    const [name, value] = [(k1 ?? k2 ?? "").trim(), plain((v1 ?? v2 ?? "").trim())];
    const kind = fieldKind(name);
    annotated = true;
    if (kind === "estimate") estimate = parseEstimate(value, ctx.sizes);
    else if (kind === "owner") owner = value || null;
    else if (kind === "priority") priority = findTitlePriority(value, ctx.legend, true);
    else if (kind === "status") status = statusFromText(value);
    return " ";
  });
  if (rest.search(DATE_MARK) >= 0 || rest.search(RECURRENCE) >= 0) annotated = true;
  rest = rest.replace(DATE_MARK, " ").replace(RECURRENCE, " ");
  rest = rest.replace(TAG, (all, lead: string, tag: string) => {
    const level = priorityFromWord(tag);
    if (!level) return all;
    priority ??= level;
    annotated = true;
    return lead;
  });
  // Tags that end a title are labels, not words of it (`Review the refresh #security`).
  rest = rest.replace(TRAILING_TAGS, "");
  return {
    rest: rest.replace(/[ \t]+/g, " ").trim(),
    annotated,
    priority: priority as Priority | null,
    status: status as Status | null,
    estimate: estimate as Estimate | null,
    owner: owner as string | null,
  };
}

const MARKER_ONLY = new RegExp(
  String.raw`^(?:\s*(?:@[\w.-]+|~?\s*\d+(?:\.\d+)?\s*(?:-\s*\d+(?:\.\d+)?\s*)?[\p{L} .]{0,10}|${PRIORITY_TOKEN}(?:\s+(?:${PRIORITY_NAME}))?|XS|S|M|L|XL|${TITLE_STATUS_TOKEN}|to do|todo|not started)\s*[,;|]?)+$`,
  "iu",
);

/** Removes `(P0)`, `[P1]`, `(@ana, ~4h)`, `[M]` groups that hold only markers. */
function stripMarkerGroups(text: string): string {
  return text
    .replace(/\s*[([]([^()[\]]*)[)\]]/g, (group, inner: string) =>
      MARKER_ONLY.test(inner.trim()) && inner.trim() ? " " : group,
    )
    .replace(/(?:^|\s)@[\w.-]*\w/g, " ")
    .replace(/\s+/g, " ");
}
