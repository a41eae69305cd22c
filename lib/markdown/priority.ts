import type { Priority } from "@/lib/plan/contract";
import { EMOJI } from "./mdast";
import { PRIORITY_NAME, PRIORITY_TOKEN, PRIORITY_WORDS } from "./vocabulary";

/**
 * A plan's own meaning of its colour emoji, read from its legend. Without a legend an emoji says
 * nothing: 🟢 marks "Strengths" as often as it marks low priority.
 */
export type Legend = ReadonlyMap<string, Priority>;

export function priorityFromWord(word: string): Priority | null {
  const w = word.trim().replace(/\s+/g, " ");
  for (const [pattern, level] of PRIORITY_WORDS) if (pattern.test(w)) return level;
  return null;
}

const TOKEN = `(?:${PRIORITY_TOKEN})`;
const UPPER_WORDS =
  /\b(P-?[0-3]|CRITICAL|BLOCKER|URGENT|HIGH|MEDIUM|LOW|MINOR|NICE[- ]TO[- ]HAVE|MUST[- ]HAVE|SHOULD[- ]HAVE|COULD[- ]HAVE)\b/;
const BEFORE_PRIORITY = new RegExp(String.raw`\b(${TOKEN})[- ](?:${PRIORITY_NAME})(?![\p{L}])`, "iu");
const AFTER_PRIORITY = new RegExp(String.raw`\b(?:${PRIORITY_NAME})\s*[:=]?\s*(${TOKEN})(?![\p{L}])`, "iu");
const BRACKETED = new RegExp(String.raw`[([]\s*(${TOKEN})(?:\s+(?:${PRIORITY_NAME}))?\s*[)\]]`, "i");
const LEADING = new RegExp(String.raw`^(${TOKEN})\b\s*(?:[:#(\-–—]|$)`, "i");
const FIRST_WORD = new RegExp(String.raw`^(${TOKEN})\b`, "i");

/**
 * The priority a title states. Strict (for task titles): a P-level, an upper-case word, a word
 * next to "priority", in brackets, or leading and followed by a colon. Lenient (for group
 * headings such as `Critical Issues` or `Nice to Have`): also a plain first word.
 */
export function findTitlePriority(text: string, legend: Legend, lenient = false): Priority | null {
  const t = text.replace(EMOJI, " ").trim();
  const plevel = /(?<![\w.])P-?([0-3])(?![\w])/.exec(t);
  if (plevel) return `P${plevel[1]}` as Priority;
  for (const pattern of [UPPER_WORDS, BEFORE_PRIORITY, AFTER_PRIORITY, BRACKETED, LEADING]) {
    const m = pattern.exec(t);
    if (m) return priorityFromWord(m[1]!);
  }
  if (lenient) {
    const m = FIRST_WORD.exec(t);
    if (m) return priorityFromWord(m[1]!);
  }
  return emojiPriority(text, legend);
}

export function emojiPriority(text: string, legend: Legend): Priority | null {
  for (const m of text.matchAll(EMOJI)) {
    const base = m[0].replace(/[\uFE0F\u200D]/g, "");
    const level = legend.get(base);
    if (level) return level;
  }
  return null;
}

/** One legend line: `🔴 **HIGH** - before launch`, `| 🟠 | Medium |`, `🟢 = P3`. */
export function parseLegendLine(text: string): [string, Priority] | null {
  const t = text.replace(/\*\*|`|\|/g, " ").trim();
  const emoji = new RegExp(`^(?:${EMOJI.source})`, "u").exec(t);
  if (!emoji || t.length > 240) return null;
  const rest = t.slice(emoji[0].length).replace(/^\s*[=:→\-–—]?\s*/, "");
  const word = new RegExp(String.raw`^(${TOKEN})\b`, "i").exec(rest);
  if (!word) return null;
  const level = priorityFromWord(word[1]!);
  const base = emoji[0].replace(/[\uFE0F\u200D]/g, "");
  return level && base ? [base, level] : null;
}

/**
 * A `Priority:` field or priority cell: the whole value may be a word that only counts there
 * (`Media`, which in prose is an ordinary word), else whatever priority it states.
 */
export function priorityFromValue(text: string, legend: Legend): Priority | null {
  return (
    priorityFromWord(
      text
        .replace(EMOJI, " ")
        .replace(/[*_`]/g, "")
        .replace(/[.!]+$/, ""),
    ) ?? findTitlePriority(text, legend, true)
  );
}
