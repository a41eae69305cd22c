import { MAX_ESTIMATE_HOURS, type Estimate } from "@/lib/plan/contract";
import { APPROX, DEFAULT_SIZES, EFFORT_UNIT, HOURS_PER_UNIT, POINT_UNIT } from "./vocabulary";

export type SizeTable = Readonly<Record<string, readonly [number, number]>>;

const NUMBER = String.raw`\d+(?:[.,]\d+)?|½`;
const EFFORT = new RegExp(
  String.raw`(?<![\w.])(?:(?:${APPROX})\s*)?(${NUMBER})\s*(?:(?:-|–|—|to)\s*(${NUMBER})\s*)?(${EFFORT_UNIT})(?![\w])`,
  "i",
);

const toNumber = (s: string) => (s === "½" ? 0.5 : Number(s.replace(",", ".")));
const round = (n: number) => Math.round(n * 100) / 100;

function hoursPer(unit: string): number {
  for (const [pattern, hours] of HOURS_PER_UNIT) if (pattern.test(unit)) return hours;
  return 1;
}

/**
 * `3-4 days` → 24–32 h, `2 hours` → 2–2, `1 week` → 40–40, `MODERATE` → the size table.
 * The first effort in the text wins: `4-6 hours (6-8 with Redis)` is 4–6.
 */
export function parseEstimate(text: string, sizes: SizeTable = DEFAULT_SIZES): Estimate | null {
  const clean = text.replace(/\*\*|`|~~/g, "").trim();
  const m = EFFORT.exec(clean);
  if (m) {
    const per = hoursPer(m[3]!);
    const min = toNumber(m[1]!) * per;
    const max = m[2] ? toNumber(m[2]) * per : min;
    // Beyond five person-years a number is no estimate (and past 1e308 not even a number).
    if (Number.isFinite(min) && Number.isFinite(max) && max >= min && max <= MAX_ESTIMATE_HOURS)
      return { minHours: round(min), maxHours: round(max), text: m[0].trim() };
  }
  return parseSize(clean, sizes);
}

/** A t-shirt size standing alone (`M`, `[L]`, `MODERATE`, `Small - one file`). */
export function parseSize(text: string, sizes: SizeTable = DEFAULT_SIZES): Estimate | null {
  const word = /^[[(]?\s*([A-Za-z]{1,10})\s*[\])]?(?:\s*(?:[-–—:(]|$))/.exec(text.trim());
  if (!word) return null;
  const range = sizes[word[1]!.toUpperCase()];
  if (!range) return null;
  // A single letter only counts as a size when it is written as one (upper case).
  if (word[1]!.length <= 2 && word[1] !== word[1]!.toUpperCase()) return null;
  return { minHours: range[0], maxHours: range[1], text: word[1]! };
}

// Compiled once: the unit alternation is long, and these run for every title.
const AMOUNT = String.raw`(?:${NUMBER})\s*(?:(?:-|–|to)\s*(?:${NUMBER})\s*)?(?:${EFFORT_UNIT})`;
const bracketed = new RegExp(
  String.raw`[([]\s*(?:est\.?\s*|estimate:?\s*)?((?:(?:${APPROX})\s*)?${AMOUNT})\s*[)\]]`,
  "i",
);
const tilde = new RegExp(String.raw`(?:~|\best\.?\s*|\bestimate:\s*)(${AMOUNT})(?![\w])`, "i");
const separated = new RegExp(String.raw`(?:^|[,—–|]\s*)((?:~\s*)?${AMOUNT})(?=\s*(?:[,—–|)]|$))`, "i");
const ALONE = new RegExp(String.raw`^~?\s*${AMOUNT}$`, "i");

/** Inline effort markers in a title: `(2h)`, `[3d]`, `~4h`, `(3-4 days)`, `[M]`, `est. 3h`. */
export function findInlineEstimate(text: string, sizes: SizeTable): { estimate: Estimate; match: string } | null {
  const b = bracketed.exec(text);
  if (b) {
    const estimate = parseEstimate(b[1]!, sizes);
    if (estimate) return { estimate, match: b[0] };
  }
  const t = tilde.exec(text);
  if (t) {
    const estimate = parseEstimate(t[1]!, sizes);
    if (estimate) return { estimate, match: t[0] };
  }
  // `Fix auth — 2h, P0`: an effort standing alone between separators.
  const s = separated.exec(text);
  if (s) {
    const estimate = parseEstimate(s[1]!, sizes);
    if (estimate) return { estimate, match: s[1]! };
  }
  const size = /[([]\s*(XS|S|M|L|XL)\s*[)\]]/.exec(text);
  if (size && sizes[size[1]!]) {
    const r = sizes[size[1]!]!;
    return { estimate: { minHours: r[0], maxHours: r[1], text: size[1]! }, match: size[0] };
  }
  // Inside a marker group with other markers: `(@ana, ~4h)` or `(P1, 2d)`.
  const group = /\(([^()]*)\)/g;
  for (let g = group.exec(text); g; g = group.exec(text)) {
    for (const part of g[1]!.split(/[,;|]/)) {
      const p = part.trim();
      if (!ALONE.test(p)) continue;
      const estimate = parseEstimate(p, sizes);
      if (estimate) return { estimate, match: p };
    }
  }
  return null;
}

/** A plan's own size legend: `M = 1-2 days`, `| L | 3-5 days |`, `**S**: under 4 hours`. */
export function parseSizeDefinition(text: string): [string, readonly [number, number]] | null {
  const m = /^\W*(XS|S|M|L|XL|SMALL|MEDIUM|LARGE|SIMPLE|MODERATE|COMPLEX)\W*\s*(?:=|:|→|->|–|—|-|\|)\s*(.+)$/i.exec(
    text.replace(/\*\*|`/g, "").trim(),
  );
  if (!m) return null;
  const estimate = parseEstimate(m[2]!, {});
  if (!estimate) return null;
  return [m[1]!.toUpperCase(), [estimate.minHours, estimate.maxHours]];
}

const POINTS_BARE = new RegExp(String.raw`^\s*(\d+(?:[.,]\d+)?)\s*(?:${POINT_UNIT})?\s*$`, "i");
const POINTS_NAMED = new RegExp(String.raw`^\s*(\d+(?:[.,]\d+)?)\s*(?:${POINT_UNIT})\s*$`, "i");

/**
 * An effort field or cell. Story points (`3`, `5 SP`, `3 points`; a bare number in a points
 * column) are hours only through the plan's own legend (`1 SP ≈ 6 h`); without one they give no estimate.
 */
export function parseEffort(
  value: string,
  sizes: SizeTable,
  pointHours: number | null | undefined,
  inPoints: boolean,
): Estimate | null {
  const clean = value.replace(/\*\*|`|~~/g, "").trim();
  const points = (inPoints ? POINTS_BARE : POINTS_NAMED).exec(clean);
  if (points) {
    if (!pointHours) return null;
    const hours = round(toNumber(points[1]!) * pointHours);
    if (!(hours <= MAX_ESTIMATE_HOURS)) return null;
    return { minHours: hours, maxHours: hours, text: clean };
  }
  return parseEstimate(clean, sizes);
}
