import type { Decision } from "@/lib/plan/contract";
import { readOption } from "./decisions";
import { isQuestionLine } from "./question-decisions";
import { CHOSEN_MARK, INLINE_CHOSEN, RECOMMENDED_MARK } from "./vocabulary";

/** The part of write-back's line document that decisions need. */
export interface DecisionLines {
  readonly lastLine: number;
  get(n: number): string;
  set(n: number, text: string): void;
  insertAfter(n: number, text: string): void;
}

const LIST_ITEM = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)(?!\[[ xX]\])(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s/;
/** How far below its title a decision's options are looked for. */
const WINDOW = 40;

/**
 * A choice made in the app, written in the decision's own style. Checkbox options are ticked by
 * the tick pass; here options written as plain list items get (or lose) a `(chosen)` mark, which
 * the engine reads back; a decision whose options are not list items of their own
 * (`Decision needed: A vs B`) gets a `Decided: X` line under it, in the bold style of its field.
 */
export function writeDecisionChoices(doc: DecisionLines, original: readonly Decision[], current: readonly Decision[]) {
  const before = new Map(original.filter((d) => d.line !== null).map((d) => [d.line!, d]));
  for (const decision of current) {
    const was = decision.line !== null ? before.get(decision.line) : undefined;
    if (!was || was.options.some((o) => o.line !== null)) continue;
    const chosenNow = decision.options.find((o) => o.chosen)?.text ?? null;
    const chosenWas = was.options.find((o) => o.chosen)?.text ?? null;
    if (chosenNow === chosenWas) continue;
    const lines = optionLines(doc, decision.line!, was);
    if (lines.size) {
      for (const [text, n] of lines) {
        const line = doc.get(n);
        const marked = readOption(LIST_ITEM.exec(line)![2]!, null, null).chosen;
        if (text === chosenNow && !marked) doc.set(n, withChosenMark(line));
        if (text !== chosenNow && marked) doc.set(n, line.replace(/\s*\(chosen\)/i, "").replace(CHOSEN_MARK, ""));
      }
    } else if (isQuestionLine(doc.get(decision.line!))) {
      doc.set(decision.line!, withInlineChoice(doc.get(decision.line!), chosenNow));
    } else if (chosenNow !== null) {
      const title = doc.get(decision.line!);
      const list =
        /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)/.exec(title)?.[1]?.replace(/\d+/, (n) => String(Number(n) + 1)) ?? "";
      doc.insertAfter(decision.line!, `${list}**Decided:** ${chosenNow}`);
    }
  }
}

/**
 * A question decision keeps its choice on its own line, as teams write it:
 * `… — we lean to Redis.` → `… — we lean to Redis. Decided: Memcached.`; a new choice replaces the
 * old one, no choice removes it.
 */
function withInlineChoice(line: string, chosen: string | null): string {
  const end = /\s*$/.exec(line)![0];
  const body = line.slice(0, line.length - end.length);
  const old = INLINE_CHOSEN.exec(body);
  const kept = old ? body.slice(0, old.index).replace(/\s+$/, "") : body;
  if (chosen === null) return kept + end;
  const stop = /[.!?]$/.test(kept) ? "" : ".";
  return `${kept}${stop} Decided: ${chosen}.${end}`;
}

/** `**Redis** (6h) ← **RECOMMENDED**` → `**Redis** (6h) (chosen) ← **RECOMMENDED**`: the mark the engine reads. */
function withChosenMark(line: string): string {
  const trimmed = line.replace(/\s+$/, "");
  const recommended = RECOMMENDED_MARK.exec(trimmed);
  const at =
    recommended && recommended.index + recommended[0].length === trimmed.length ? recommended.index : trimmed.length;
  return `${trimmed.slice(0, at)} (chosen)${trimmed.slice(at)}`;
}

/** Option text → its list-item line, for options written one per list item below the decision. */
function optionLines(doc: DecisionLines, from: number, decision: Decision): Map<string, number> {
  const wanted = new Set(decision.options.map((o) => o.text));
  const found = new Map<string, number>();
  for (let n = from + 1; n <= Math.min(doc.lastLine, from + WINDOW) && found.size < wanted.size; n++) {
    const line = doc.get(n);
    if (HEADING.test(line)) break;
    const m = LIST_ITEM.exec(line);
    if (!m) continue;
    const text = readOption(m[2]!, null, null).text;
    if (wanted.has(text) && !found.has(text)) found.set(text, n);
  }
  return found.size === wanted.size ? found : new Map();
}
