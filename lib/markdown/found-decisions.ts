import type { Decision } from "@/lib/plan/contract";
import type { Classified } from "./classify";
import { questionDecisions, versusOptions } from "./question-decisions";
import { buildDecision, cleanDecisionTitle, entriesUnder, optionsFromVersus, readOption } from "./decisions";
import { readFieldLine } from "./fields";
import { endLine, plain } from "./mdast";
import { isDecisionLabel, type Reader } from "./reader";
import type { Content, Entry, Field, Label } from "./scan";
import { CRITERIA_LABEL, DECISION_FIELD, OPTIONS_LABEL } from "./vocabulary";

/**
 * Decisions: `Decision 1:` sections, decision lists in decision containers, `Decision needed:`
 * fields and questions or `Options:` labels with options under them.
 */
export function readDecisions(r: Reader, sections: readonly Classified[], contentOf: (c: Classified) => Content) {
  for (const c of sections.filter((s) => s.kind === "decision")) r.decisions.push(decisionSection(r, c, contentOf(c)));
  r.decisions.push(...questionDecisions(sections));
  for (const c of sections.filter(
    (s) => s.kind === "group" && (s.decisionsContainer || s.parent?.decisionsContainer),
  )) {
    const labels = new Set(c.content.labels.filter((l) => !CRITERIA_LABEL.test(l.text)));
    r.decisions.push(...decisionsFromLabels(r, labels, c.content, null, true));
  }
  for (const c of sections.filter((s) => s.kind === "group")) {
    r.decisions.push(...decisionsFromFields(r, c.content));
    const questionOrOptions = new Set(c.content.labels.filter((l) => isDecisionLabel(l)));
    r.decisions.push(...decisionsFromLabels(r, questionOrOptions, c.content, c.plainTitle));
  }
}

/** A `Decision 1:` / `ADR-7` section: its checkboxes, else its `Options:` list, else `A vs B`. */
function decisionSection(r: Reader, c: Classified, content: Content): Decision {
  const boxes = content.entries.filter((e) => e.checked !== null && !r.assigned.has(e));
  let options = boxes.map((e) => readOption(e.text, e.checked, e.line));
  boxes.forEach((e) => {
    r.assigned.add(e);
    r.index.itemEnds.set(e.line, endLine(e.node));
  });
  if (!options.length) {
    const label = content.labels.find((l) => OPTIONS_LABEL.test(l.text));
    const entries = label
      ? entriesUnder(label, content.entries)
      : content.entries.filter((e) => e.depth === 0 && e.label === null);
    options = entries
      .filter((e) => !readFieldLine(e.text.split("\n")[0] ?? "", "known"))
      .map((e) => readOption(e.text, null, null));
  }
  const needed = content.fields.find((f) => f.kind === "decisionNeeded" && !DECISION_FIELD.test(f.name));
  if (!options.length && needed) options = optionsFromVersus(needed.value);
  if (!options.length) options = versusOptions(c.plainTitle) ?? [];
  return buildDecision({ title: c.plainTitle, line: c.section.line, options, fields: content.fields });
}

export function decisionsFromFields(r: Reader, content: Content): Decision[] {
  const out: Decision[] = [];
  for (const f of content.fields) {
    if (f.kind !== "decisionNeeded" || DECISION_FIELD.test(f.name)) continue;
    let options = optionsFromVersus(f.value);
    const nested = content.entries.filter(
      (e) => e.label?.line === f.line && e.label.text.startsWith("Decision needed"),
    );
    if (!options.length && nested.length) options = takeOptions(r, nested);
    out.push(
      buildDecision({
        title: plain(f.value).replace(/\?$/, ""),
        line: f.line,
        options,
        fields: choiceBelow(content.fields, f),
      }),
    );
  }
  return out;
}

/** How far below a `Decision needed:` line its `Decided: X` line may stand (write-back puts it on the next line). */
const CHOICE_WINDOW = 3;

/** The `Decided: X` field right under a `Decision needed:` field, before any other decision: its choice. */
function choiceBelow(fields: readonly Field[], needed: Field): Field[] {
  const next = fields.find((g) => g.line > needed.line && g.kind === "decisionNeeded");
  const choice = fields.find(
    (g) =>
      g.kind === "chosen" &&
      g.line > needed.line &&
      g.line <= needed.line + CHOICE_WINDOW &&
      (!next || g.line < next.line),
  );
  return choice ? [choice] : [];
}

export function decisionsFromLabels(
  r: Reader,
  labels: Set<Label>,
  content: Content,
  ownerTitle: string | null,
  anyList = false,
): Decision[] {
  const out: Decision[] = [];
  for (const label of labels) {
    const entries = entriesUnder(label, content.entries).filter((e) => !r.assigned.has(e));
    const checkboxes = entries.filter((e) => e.checked !== null);
    const isQuestion = /\?\s*$/.test(label.text) && !OPTIONS_LABEL.test(label.text);
    if (entries.length < 2 || (isQuestion && !anyList && checkboxes.length < 2)) continue;
    if (!anyList && !isDecisionLabel(label)) continue;
    const title = OPTIONS_LABEL.test(label.text) && ownerTitle ? ownerTitle : cleanDecisionTitle(label.text);
    out.push(buildDecision({ title, line: label.line, options: takeOptions(r, entries), fields: [] }));
  }
  return out;
}

function takeOptions(r: Reader, entries: readonly Entry[]) {
  return entries.map((e) => {
    if (e.checked !== null) {
      r.assigned.add(e);
      r.index.itemEnds.set(e.line, endLine(e.node));
    }
    return readOption(e.text, e.checked, e.line);
  });
}
