import type { Root } from "mdast";
import type { Plan } from "@/lib/plan/contract";
import { classifySections, type Classified } from "./classify";
import { coverageWarning } from "./coverage";
import { planTitle, readConventions, readMeta, splitTitle } from "./conventions";
import { readDecisions } from "./found-decisions";
import { gatherContent, readHeadingTasks } from "./heading-tasks";
import { readInlineTasks } from "./inline-tasks";
import { readPhases } from "./phases";
import { readMetrics } from "./plan-metrics";
import { byLine, newReader, push, recordColumns, type SourceIndex } from "./reader";
import { scanBlocks, type Content } from "./scan";
import { buildSections } from "./sections";

export type { ColumnSource, PhaseSource, SourceIndex, TaskSource } from "./reader";

/**
 * mdast → Plan JSON and the source index, in steps: heading tasks and what they hold, decisions,
 * tasks written inline (checkboxes, list items, table rows), phases with the checkboxes nobody
 * took, metrics. Each checkbox lands exactly once.
 */
export function readDocument(root: Root, fileName: string | undefined, text = ""): { plan: Plan; index: SourceIndex } {
  const top = buildSections(root);
  const { titleSection, topLevel, preamble } = splitTitle(top);
  const preambleContent = scanBlocks(preamble, null);
  const r = newReader(readConventions(top, preamble));
  const sections = classifySections(top, topLevel, r.ctx).filter((c) => c.section !== titleSection);

  const owned = new Map<Classified, Classified[]>();
  for (const s of sections) if (s.owner) push(owned, s.owner, s);
  const gathered = new Map<Classified, Content>();
  const contentOf = (c: Classified) => gathered.get(c) ?? gathered.set(c, gatherContent(c, owned.get(c) ?? [])).get(c)!;

  recordColumns(r, sections);
  readHeadingTasks(r, sections, contentOf);
  readDecisions(r, sections, contentOf);
  readInlineTasks(r, sections, preambleContent);
  const phases = readPhases(r, sections, preambleContent.entries);
  const metrics = readMetrics(r, sections, contentOf, preambleContent);

  r.criteria.sort(byLine);
  r.decisions.sort(byLine);
  metrics.sort(byLine);
  const warnings: string[] = [];
  if (!phases.length && !r.criteria.length && !r.decisions.length && !metrics.length)
    warnings.push("No tasks, checklists, decisions or metrics were found: this does not look like a plan.");
  else {
    const sparse = coverageWarning(text, sections, { phases, decisions: r.decisions, metrics, criteria: r.criteria });
    if (sparse) warnings.push(sparse);
  }
  const plan: Plan = {
    format: "flightplan.plan/v1",
    title: planTitle(titleSection, fileName),
    meta: readMeta(preamble),
    repairedEncoding: null,
    phases,
    decisions: r.decisions,
    metrics,
    criteria: r.criteria,
    warnings,
  };
  return { plan, index: r.index };
}
