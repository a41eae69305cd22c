import type { Item, Metric, Phase, Plan } from "@/lib/validations/plan";
import { parseMetric } from "./metrics";
import { PHASE_HEADING } from "./vocabulary";
import { taskFieldLines } from "./write-back";

/**
 * The markdown of a plan that has no source (built in the app). One fixed style that the
 * parser reads back to the same plan: phases as `##`, tasks as `###` with bold fields,
 * criteria under `**Acceptance Criteria:**`, decisions as `### Decision N:` with checkbox options.
 */
export function renderCanonical(plan: Plan): string {
  const out: string[] = [`# ${oneLine(plan.title) || "Untitled plan"}`, ""];
  for (const [key, value] of Object.entries(plan.meta)) out.push(`**${oneLine(key)}:** ${oneLine(value)}  `);
  if (Object.keys(plan.meta).length) out[out.length - 1] = out[out.length - 1]!.trimEnd();
  if (Object.keys(plan.meta).length) out.push("");

  plan.phases.forEach((phase, i) => renderPhase(out, phase, i));

  if (plan.decisions.length) {
    out.push("## Decisions", "");
    plan.decisions.forEach((d, i) => {
      out.push(`### Decision ${i + 1}: ${oneLine(d.title)}`, "");
      if (d.dueBy) out.push(`**Required by:** ${oneLine(d.dueBy)}`, "");
      for (const o of d.options) out.push(`- [${o.chosen ? "x" : " "}] ${oneLine(o.text)}${o.recommended ? " (recommended)" : ""}`);
      if (d.options.length) out.push("");
    });
  }
  const implied = new Set(plan.criteria.map((c) => parseMetric(c.text, 1, true)).filter((m): m is Metric => m !== null).map(metricKey));
  const metrics = plan.metrics.filter((m) => !implied.has(metricKey(m)));
  if (metrics.length) {
    out.push("## Success Metrics", "");
    for (const m of metrics) out.push(`- ${oneLine(m.name)}: ${m.target.op} ${m.target.value}${m.target.unit === "%" ? "" : " "}${m.target.unit}`.trimEnd());
    out.push("");
  }
  if (plan.criteria.length) {
    out.push("## Acceptance Criteria", "");
    out.push(...items(plan.criteria), "");
  }
  return out.join("\n").replace(/\n+$/, "\n");
}

function renderPhase(out: string[], phase: Phase, i: number) {
  let title = oneLine(phase.title) || `Phase ${i + 1}`;
  // A phase without tasks is only read as a phase when its heading names one.
  if (!phase.tasks.length && !PHASE_HEADING.test(title)) title = `Phase ${phase.key ?? i + 1}: ${title}`;
  const weeks = phase.weeks && !/\bweeks?\b/i.test(title) ? ` (Week${phase.weeks.from === phase.weeks.to ? ` ${phase.weeks.from}` : `s ${phase.weeks.from}-${phase.weeks.to}`})` : "";
  out.push(`## ${title}${weeks}`, "");
  if (phase.checklist.length) out.push("**Deliverables:**", "", ...items(phase.checklist), "");
  for (const task of phase.tasks) {
    out.push(`### ${task.key ? `${task.key}. ` : ""}${oneLine(task.title)}`, "");
    out.push(...taskFieldLines(task), "");
    if (task.checklist.length) out.push("**Action Items:**", "", ...items(task.checklist), "");
    if (task.criteria.length) out.push("**Acceptance Criteria:**", "", ...items(task.criteria), "");
  }
}

const items = (list: Item[]) => list.map((i) => `- [${i.done ? "x" : " "}] ${oneLine(i.text)}`);
const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").trim();
const metricKey = (m: Metric) => `${m.target.op}|${m.target.value}|${m.target.unit}`;
