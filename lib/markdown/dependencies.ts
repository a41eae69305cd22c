import { EMOJI, plain, stripEmoji } from "./mdast";
import { BLOCKING_PHRASE, DEPENDENCY_PHRASE, NO_DEPENDENCY, TASK_WORD } from "./vocabulary";

const KEY = String.raw`#?(?:[A-Z][A-Z0-9]*-\d+|P[0-3]\.\d+|\d+(?:\.\d+)*[a-z]?)`;
const REF = new RegExp(
  String.raw`^(?:(?:${TASK_WORD}|items?|steps?)\s+)?(${KEY})(?:\s*(?:-|–|—|to|through)\s*(?:(?:${TASK_WORD})\s+)?(${KEY}))?$`,
  "i",
);

/**
 * `Task 1.1 (indexes)` → ["1.1"]; `Tasks 2.1-2.3` → ["2.1", "2.2", "2.3"]; `PROD-1, PROD-2`;
 * `None` → []; a dependency that names no task stays as its text.
 */
export function parseDependencies(light: string): string[] {
  const value = stripEmoji(plain(light));
  if (!value || NO_DEPENDENCY.test(value)) return [];
  const out: string[] = [];
  for (const raw of value.split(/\s*(?:,|;|\band\b|&|\+)\s*/i)) {
    const part = raw
      .replace(/\s*\([^)]*\)\s*/g, " ")
      .replace(/[.]+$/, "")
      .trim();
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

const INLINE_PAREN = new RegExp(String.raw`\s*\((${DEPENDENCY_PHRASE})\s+([^()]+)\)`, "iu");
const INLINE_DASH = new RegExp(
  String.raw`\s*(?:[—–]|\s-|[,;])\s*(${DEPENDENCY_PHRASE})\s+(.+?)\s*(?=\s[—–]\s|$)`,
  "iu",
);

/**
 * A dependency written inline: `Move secrets — depends on OPS-3, OPS-7`, `Switch readers (needs 6.2)`,
 * `Sign artefacts — blocked by the vendor contract`. Returns the text without it, what it depends
 * on, and whether the phrase says the work is blocked now.
 */
export function splitInlineDependency(text: string): { rest: string; dependsOn: string[]; blocked: boolean } | null {
  const m = INLINE_PAREN.exec(text) ?? INLINE_DASH.exec(text);
  if (!m) return null;
  const dependsOn = parseDependencies(m[2]!);
  if (!dependsOn.length) return null;
  const rest = (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length)).replace(/\s+/g, " ").trim();
  return { rest, dependsOn, blocked: BLOCKING_PHRASE.test(m[1]!.replace(/\s+/g, " ")) };
}
