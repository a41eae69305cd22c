import type { Plan } from "@/lib/plan/contract";
import { allItems, allTasks } from "@/lib/plan/items";
import type { Classified } from "./classify";

/** A document this long that yields this few tasks was probably written in a style not read. */
const LONG_DOCUMENT_LINES = 80;
const LINES_PER_TASK = 40;

/**
 * The warning for a long document that yields few tasks: what was read, and the sections with
 * lists or tables from which nothing was read (where the missing work most likely is).
 */
export function coverageWarning(
  text: string,
  sections: readonly Classified[],
  plan: Pick<Plan, "phases" | "decisions" | "metrics" | "criteria">,
): string | null {
  const lines = text.split("\n").filter((l) => l.trim()).length;
  const tasks = allTasks(plan);
  if (lines < LONG_DOCUMENT_LINES || tasks.length * LINES_PER_TASK >= lines) return null;
  const used: number[] = [
    ...tasks.map((t) => t.line ?? 0),
    ...allItems(plan).map((i) => i.line ?? 0),
    ...plan.decisions.map((d) => d.line ?? 0),
    ...plan.metrics.map((m) => m.line ?? 0),
  ];
  const unread = sections.filter(
    (c) =>
      (c.content.entries.length > 0 || c.content.tables.length > 0) &&
      !used.some((l) => l >= c.section.line && l <= c.section.endLine),
  );
  const checkboxes = used.length - tasks.length - plan.decisions.length - plan.metrics.length;
  const found = `${tasks.length} task${tasks.length === 1 ? "" : "s"}, ${checkboxes} checklist item${checkboxes === 1 ? "" : "s"}, ${plan.decisions.length} decision${plan.decisions.length === 1 ? "" : "s"} and ${plan.metrics.length} metric${plan.metrics.length === 1 ? "" : "s"}`;
  const names = unread.slice(0, 5).map((c) => `“${c.plainTitle}” (line ${c.section.line})`);
  const more = unread.length > 5 ? ` and ${unread.length - 5} more` : "";
  const couldNot = names.length
    ? ` Nothing could be read from the lists or tables under ${names.join(", ")}${more}.`
    : "";
  return `Only ${found} were read from ${lines} lines: the plan may be written in a style the importer does not know.${couldNot}`;
}
