import type { Decision, DecisionOption } from "@/lib/plan/contract";
import { EMOJI, plain, stripEmoji } from "./mdast";
import type { Entry, Field, Label } from "./scan";
import {
  CHOSEN_MARK,
  DECIDED_STATUS,
  DECISION_FIELD,
  DECISION_PREFIX,
  NOTE_ITEM,
  RECOMMENDED_MARK,
} from "./vocabulary";

/** An option as written: `**Redis** (6h) ← **RECOMMENDED**` → text, recommended, chosen. */
export function readOption(light: string, checked: boolean | null, line: number | null): DecisionOption {
  let text = stripEmoji(plain(light));
  const recommended = RECOMMENDED_MARK.test(text);
  text = text.replace(new RegExp(RECOMMENDED_MARK.source, "gi"), "");
  const marked = CHOSEN_MARK.test(text);
  text = text.replace(CHOSEN_MARK, "");
  text = text
    .replace(EMOJI, " ")
    .replace(/\s+/g, " ")
    .replace(/[\s\-–—←:]+$/, "")
    .trim();
  return { text, chosen: checked === true || marked, recommended, line: checked === null ? null : line };
}

/** List items that read as notes rather than options: `→ affects scaling`, `Note: ...`. */
export const isNoteItem = (e: Entry) => NOTE_ITEM.test(plain(e.text));

export function buildDecision(args: {
  title: string;
  line: number;
  options: DecisionOption[];
  fields: Field[];
}): Decision {
  const options = args.options;
  const chosenField = args.fields.find(
    (f) => f.kind === "chosen" || (f.kind === "decisionNeeded" && DECISION_FIELD.test(f.name)),
  );
  if (chosenField && !options.some((o) => o.chosen)) {
    const value = plain(chosenField.value).toLowerCase();
    const hit = options.find(
      (o) => o.text && (value.includes(o.text.toLowerCase()) || o.text.toLowerCase().includes(value)),
    );
    if (hit) hit.chosen = true;
    else if (options.length === 0)
      options.push({ text: plain(chosenField.value), chosen: true, recommended: false, line: null });
  }
  const status = args.fields.find((f) => f.kind === "status");
  const decided =
    options.some((o) => o.chosen) ||
    (status !== undefined && DECIDED_STATUS.test(plain(status.value)) && !/\bnot\b/i.test(status.value));
  const due = args.fields.find((f) => f.kind === "dueBy");
  return {
    title: cleanDecisionTitle(args.title),
    status: decided ? "decided" : "open",
    options,
    dueBy: due ? plain(due.value) : null,
    line: args.line,
  };
}

/** `Decision 1: Async Migration (NOW)` → `Async Migration`; `**1. Rate Limiting Backend:**` → `Rate Limiting Backend`. */
export function cleanDecisionTitle(title: string): string {
  return plain(title)
    .replace(EMOJI, " ")
    .replace(DECISION_PREFIX, "")
    .replace(/^\d+(?:\.\d+)*[.)]\s*/, "")
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/[\s:]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** `Decision needed: SQLite locks vs Redis` → two options. */
export function optionsFromVersus(value: string): DecisionOption[] {
  const v = plain(value).replace(/\?$/, "");
  const parts = v
    .split(/\s+(?:vs\.?|versus)\s+|\s+or\s+|\s*\/\s*(?=[A-Z])/i)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.length >= 2 && parts.length <= 6 ? parts.map((p) => readOption(p, null, null)) : [];
}

/** The items of one list under one label, top level only, notes left out. */
export function entriesUnder(label: Label, entries: readonly Entry[]): Entry[] {
  const under = entries.filter((e) => e.label === label);
  const depth = Math.min(...under.map((e) => e.depth));
  return under.filter((e) => e.depth === depth && !isNoteItem(e));
}
