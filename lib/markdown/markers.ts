import type { Estimate, Priority, Status } from "@/lib/plan/contract";
import { findInlineEstimate, type SizeTable } from "./estimate";
import { EMOJI, plain } from "./mdast";
import { findTitlePriority, type Legend } from "./priority";
import { findHeadingStatus } from "./status";
import { PHASE_HEADING, PRIORITY_TOKEN } from "./vocabulary";

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
}

export interface MarkerContext {
  legend: Legend;
  sizes: SizeTable;
}

const SEP = String.raw`\s*(?:[:.)\-–—]\s*|\s)`;
const KEY_PATTERNS: ReadonlyArray<readonly [RegExp, boolean]> = [
  [new RegExp(String.raw`^task\s+#?([A-Za-z][A-Za-z0-9]*-\d+[a-z]?|[A-Za-z]*\d+(?:\.\d+)*[a-z]?)(?![.\d])(?:${SEP}|$)`, "i"), true],
  [/^\[([A-Za-z][A-Za-z0-9]*-\d+|#?\d+(?:\.\d+)*)\]\s*[:\-–—]?\s*/, true],
  [new RegExp(String.raw`^([A-Z][A-Z0-9]{0,11}-\d+[a-z]?)\b${SEP}`), true],
  [new RegExp(String.raw`^(P[0-3]\.\d+)\b${SEP}`), true],
  [new RegExp(String.raw`^#(\d+)\b${SEP}`), true],
  [/^(?:step|item|issue|story|ticket)\s+#?(\d+(?:\.\d+)*)\s*[:.)\-–—]\s*/i, true],
  [/^(\d+(?:\.\d+)*)(?:[.)]\s*|\s*[:\-–—]\s*|\s+(?=\S))/, false],
];

const PRIORITY_PREFIX = new RegExp(
  String.raw`^(?:${PRIORITY_TOKEN})(?:\s+priority)?\s*(?:\(([^)]*)\))?\s*(?:#(\d+))?\s*[:\-–—]\s*`,
  "i",
);
const ORDINAL_PREFIX = /^priority\s+#?(\d+)\s*[:\-–—]\s*/i;
const STATUS_PREFIX = /^(?:✅\s*)?(?:completed?|done|finished|in progress|wip|blocked|deferred)\s*[:\-–—]\s*/i;
const TRAILING_STATUS =
  /\s*[-–—:|]*\s*(?:\b(?:COMPLETED?|DONE|FINISHED|RESOLVED|FIXED|SHIPPED|IN[ -]PROGRESS|WIP|BLOCKED|DEFERRED|POSTPONED)\b|\((?:completed?|done|in[ -]progress|wip|blocked|deferred|postponed|future|later|v\d+(?:\.\d+)*)\)|[—–]\s*(?:blocked|in[ -]progress|deferred|done))[\s!.]*$/i;
const TRAILING_PRIORITY = new RegExp(String.raw`(?:\s*[,—–|-]\s*(?:${PRIORITY_TOKEN})(?:\s+priority)?)+\s*[,—–|-]*\s*$`, "i");
const WEEKS = /\bweeks?\s+(\d+)(?:\s*(?:-|–|—|to|&|and)\s*(\d+))?/i;
const OWNER = /(?:^|[\s(,[])@([\w.-]*\w)/;

export function findWeeks(text: string): { from: number; to: number } | null {
  const m = WEEKS.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return to >= from ? { from, to } : null;
}

/** Reads the markers of a title and returns it cleaned: no key, priority, emoji, status or markup. */
export function readTitle(light: string, ctx: MarkerContext, depth = 0): TitleMarkers {
  const struck = /~~([^~]+)~~/.exec(light);
  const raw = plain(light);
  let status = findHeadingStatus(raw);
  if (struck && plain(struck[1]!).length >= raw.replace(EMOJI, "").trim().length / 3) status = "done";
  const priority = findTitlePriority(raw, ctx.legend);
  const inlineEstimate = findInlineEstimate(raw, ctx.sizes);
  const owner = OWNER.exec(raw);

  // A title crossed out as a whole is done; its markers may stand inside or outside the ~~.
  let t = raw.replace(EMOJI, " ").replace(/\s+/g, " ").trim();
  // `### Task: Write the runbook`: named a task outright, without a key.
  const named = /^task\s*:\s*(?=\S)/i.exec(t);
  if (named) t = t.slice(named[0].length);
  // `### [x] Migrate the database`: a checkbox written into a heading.
  const box = /^\[([ xX])\]\s+/.exec(t);
  if (box) {
    if (box[1] !== " ") status = "done";
    t = t.slice(box[0].length);
  }
  t = t.replace(STATUS_PREFIX, "");
  t = t.replace(TRAILING_STATUS, "");
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
  t = t.replace(TRAILING_STATUS, "");
  t = t.replace(TRAILING_PRIORITY, "").replace(TRAILING_STATUS, "");
  t = t.replace(/^[\s:.\-–—|]+|[\s:\-–—|,;]+$/g, "").replace(/\s+/g, " ").trim();
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
    estimate: inlineEstimate?.estimate ?? null,
    owner: owner ? `@${owner[1]}` : null,
    weeks: weeks ?? (phase && /^weeks?$/i.test(phase[1]!) ? findWeeks(phase[0]) : null),
    strongKey,
    ordinal,
  };
}

const MARKER_ONLY = new RegExp(
  String.raw`^(?:\s*(?:@[\w.-]+|~?\s*\d+(?:\.\d+)?\s*(?:-\s*\d+(?:\.\d+)?\s*)?[a-z ]{0,8}|${PRIORITY_TOKEN}(?:\s+priority)?|XS|S|M|L|XL|blocked|in progress|wip|done|deferred)\s*[,;|]?)+$`,
  "i",
);

/** Removes `(P0)`, `[P1]`, `(@ana, ~4h)`, `[M]` groups that hold only markers. */
function stripMarkerGroups(text: string): string {
  return text
    .replace(/\s*[([]([^()[\]]*)[)\]]/g, (group, inner: string) => (MARKER_ONLY.test(inner.trim()) && inner.trim() ? " " : group))
    .replace(/(?:^|\s)@[\w.-]*\w/g, " ")
    .replace(/\s+/g, " ");
}
