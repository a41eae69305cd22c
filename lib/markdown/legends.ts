import type { Status } from "@/lib/plan/contract";
import { parseEstimate } from "./estimate";
import { EMOJI } from "./mdast";
import { statusFromText } from "./status";
import { POINT_UNIT } from "./vocabulary";

/**
 * Scales a plan defines for itself in a legend: what its status emoji mean
 * (`🟢 done · 🟡 in progress`, `| ⏸ | deferred |`) and how many hours a story point is
 * (`1 SP ≈ 6 h`). Read from the preamble and legend sections only.
 */

const EMOJI_AT = new RegExp(`(?:${EMOJI.source})+`, "gu");

/** `Status legend: 🟢 done · 🟡 in progress` → 🟢 → done, 🟡 → in_progress. */
export function parseStatusLegend(line: string): Array<[string, Status]> {
  const text = line.replace(/\*\*|`/g, "");
  const marks = [...text.matchAll(EMOJI_AT)];
  const out: Array<[string, Status]> = [];
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.index ?? text.length;
    const meaning = text
      .slice(m.index + m[0].length, end)
      .replace(/^[\s|=:→\-–—]+/, "")
      .split(/\s*[·•,;|]\s*|\s+[-–—]\s+/)[0]!
      .trim();
    const base = m[0].replace(/[\uFE0F\u200D]/g, "");
    // The meaning is the status word itself (`done`, `not started`), not a sentence that mentions one.
    if (!base || !meaning || meaning.split(/\s+/).length > 3) return;
    const status = statusFromText(meaning);
    if (status) out.push([base, status]);
  });
  return out;
}

/** The status a cell's emoji stands for in the plan's legend. */
export function legendStatus(text: string, legend: ReadonlyMap<string, Status> | undefined): Status | null {
  if (!legend?.size) return null;
  for (const m of text.matchAll(EMOJI_AT)) {
    const s = legend.get(m[0].replace(/[\uFE0F\u200D]/g, ""));
    if (s) return s;
  }
  return null;
}

const POINT_LEGEND = new RegExp(
  String.raw`(?<![\w.])(\d+(?:[.,]\d+)?)\s*(?:${POINT_UNIT})\s*(?:≈|~|=|:|→|->|is|equals|entspricht|equivale a|vaut)\s*(.+)$`,
  "iu",
);

/** `1 SP ≈ 6 h`, `1 point = 4 hours` → hours per point. */
export function parsePointLegend(line: string): number | null {
  const m = POINT_LEGEND.exec(line.replace(/\*\*|`/g, ""));
  if (!m) return null;
  const points = Number(m[1]!.replace(",", "."));
  const hours = parseEstimate(m[2]!, {});
  if (!hours || !points || hours.minHours !== hours.maxHours) return null;
  return hours.minHours / points;
}
