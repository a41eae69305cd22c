import type { Paragraph } from "mdast";
import type { Decision, DecisionOption } from "@/lib/plan/contract";
import type { Classified } from "./classify";
import { cleanDecisionTitle, readOption } from "./decisions";
import { inlineText, plain, startLine } from "./mdast";
import { INLINE_CHOSEN, INLINE_OPTIONS, LEANING, OPTION_SEPARATOR, VERSUS } from "./vocabulary";

/**
 * Decisions written in prose: `**Open question 2: which cache?** Options: Redis or Memcached —
 * we lean to Redis.` One line holds the question, its options, what the team leans to and,
 * once made, the choice (`Decided: Redis.`).
 */
export function questionDecisions(sections: readonly Classified[]): Decision[] {
  const out: Decision[] = [];
  for (const c of sections)
    for (const block of c.section.blocks) {
      if (block.type !== "paragraph") continue;
      inlineText((block as Paragraph).children)
        .split("\n")
        .forEach((line, i) => {
          const d = readQuestionLine(line, startLine(block) + i);
          if (d) out.push(d);
        });
    }
  return out;
}

const QUESTION = /^\*\*(.+?\?)\*\*\s*(.*)$|^(.+?\?)\s+(.*)$/;

/** Whether a source line is one question decision (`**Which cache?** Options: A or B`), so a choice is written on it. */
export function isQuestionLine(source: string): boolean {
  return readQuestionLine(source, 0) !== null;
}

function readQuestionLine(light: string, line: number): Decision | null {
  const m = QUESTION.exec(light.trim());
  if (!m) return null;
  const question = plain(m[1] ?? m[3] ?? "");
  const rest = plain(m[2] ?? m[4] ?? "");
  const listed = INLINE_OPTIONS.exec(rest);
  // A question followed by its options is a decision, whether or not it is called one.
  if (!listed) return null;
  const options: DecisionOption[] = listed[1]!
    .split(OPTION_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => readOption(s, null, null));
  if (options.length < 2) return null;
  const after = rest.slice(listed.index + listed[0].length);
  const chosen = INLINE_CHOSEN.exec(after);
  // What the team leans to is read before the choice (`we lean to Redis. Decided: Memcached.`).
  const lean = LEANING.exec(chosen ? after.slice(0, chosen.index) : after);
  if (lean) mark(options, lean[1]!, "recommended");
  if (chosen) mark(options, chosen[1]!, "chosen");
  return {
    title: cleanDecisionTitle(question).replace(/\?\s*$/, ""),
    status: options.some((o) => o.chosen) ? "decided" : "open",
    options,
    dueBy: null,
    line,
  };
}

const wordsOf = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/** Share of the shorter text's words the other has too. */
function similarity(a: string, b: string): number {
  const [A, B] = [wordsOf(a), wordsOf(b)];
  if (!A.size || !B.size) return 0;
  return [...A].filter((w) => B.has(w)).length / Math.min(A.size, B.size);
}

/** Marks the option the text names (the most alike, if it names one at all). */
function mark(options: DecisionOption[], text: string, what: "recommended" | "chosen") {
  let best: DecisionOption | null = null;
  let score = 0;
  for (const o of options) {
    const s = similarity(o.text, text);
    if (s > score) [best, score] = [o, s];
  }
  if (best && score >= 0.5) best[what] = true;
}

/** `Postgres vs DynamoDB` → the two options; null when the title is no comparison. */
export function versusOptions(title: string): DecisionOption[] | null {
  const parts = title
    .replace(/\?$/, "")
    .split(VERSUS)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => p.split(/\s+/).length <= 6)
    ? parts.map((p) => readOption(p, null, null))
    : null;
}
