import { EMOJI, plain } from "./mdast";
import { NO_DEPENDENCY } from "./vocabulary";

const KEY = String.raw`#?(?:[A-Z][A-Z0-9]*-\d+|P[0-3]\.\d+|\d+(?:\.\d+)*[a-z]?)`;
const REF = new RegExp(String.raw`^(?:tasks?\s+|items?\s+|steps?\s+)?(${KEY})(?:\s*(?:-|–|—|to|through)\s*(?:tasks?\s+)?(${KEY}))?$`, "i");

/**
 * `Task 1.1 (indexes)` → ["1.1"]; `Tasks 2.1-2.3` → ["2.1", "2.2", "2.3"]; `PROD-1, PROD-2`;
 * `None` → []; a dependency that names no task stays as its text.
 */
export function parseDependencies(light: string): string[] {
  const value = plain(light).replace(EMOJI, " ").replace(/\s+/g, " ").trim();
  if (!value || NO_DEPENDENCY.test(value)) return [];
  const out: string[] = [];
  for (const raw of value.split(/\s*(?:,|;|\band\b|&|\+)\s*/i)) {
    const part = raw.replace(/\s*\([^)]*\)\s*/g, " ").replace(/[.]+$/, "").trim();
    if (!part) continue;
    const m = REF.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    out.push(...expand(m[1]!.replace(/^#/, ""), m[2]?.replace(/^#/, "")));
  }
  return [...new Set(out)];
}

function expand(from: string, to: string | undefined): string[] {
  if (!to) return [from];
  const a = /^(.*?)(\d+)$/.exec(from);
  const b = /^(.*?)(\d+)$/.exec(to);
  if (!a || !b) return [from, to];
  // `2.1-2.3` shares the prefix `2.`; `2.1-3` means 2.1 to 2.3.
  const prefixB = b[1] === "" ? a[1]! : b[1]!;
  const [lo, hi] = [Number(a[2]), Number(b[2])];
  if (a[1] !== prefixB || hi < lo || hi - lo > 50) return [from, to];
  const width = a[2]!.length;
  return Array.from({ length: hi - lo + 1 }, (_, i) => a[1] + String(lo + i).padStart(width, "0"));
}
