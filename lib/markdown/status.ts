import type { Status } from "@/lib/plan/contract";
import { HEADING_STATUS_RULES, STATUS_RULES } from "./vocabulary";

/**
 * The status a `Status:` field or a status column states. A partial count (`3 of 5`,
 * `76 identified, 3 fixed`) means work has started.
 */
export function statusFromText(text: string): Status | null {
  const t = text.replace(/\*\*|`/g, "");
  const ratio = /\b(\d+)\s*(?:\/|of|out of)\s*(\d+)\b/.exec(t);
  if (ratio) {
    const [done, total] = [Number(ratio[1]), Number(ratio[2])];
    if (total > 0 && done === total) return "done";
    if (done > 0 && done < total) return "in_progress";
  }
  const count = /\b(\d+)\s+(?:fixed|done|completed|resolved|migrated|closed|merged|addressed)\b/i.exec(t);
  if (count && Number(count[1]) > 0) return "in_progress";
  for (const [pattern, status] of STATUS_RULES) if (pattern.test(t)) return status;
  return null;
}

/** Status markers in a title: ✅, `COMPLETED`, `(blocked)`, `— deferred`, `(v2.0)`. */
export function findHeadingStatus(text: string): Status | null {
  for (const [pattern, status] of HEADING_STATUS_RULES) if (pattern.test(text)) return status;
  return null;
}

/** Phase status when the heading says nothing: derived from what the phase holds. */
export function deriveStatus(statuses: readonly Status[]): Status {
  if (statuses.length === 0) return "todo";
  if (statuses.every((s) => s === "done")) return "done";
  if (statuses.every((s) => s === "deferred")) return "deferred";
  if (statuses.every((s) => s === "blocked" || s === "done" || s === "deferred") && statuses.includes("blocked"))
    return "blocked";
  if (statuses.some((s) => s === "in_progress" || s === "done")) return "in_progress";
  return "todo";
}
