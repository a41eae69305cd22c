import type { Item, Phase, Plan } from "@/lib/plan/contract";
import { escapeText as text } from "./escape";
import { PHASE_HEADING } from "./vocabulary";
import { taskFieldLines } from "./write-back";

/**
 * The markdown of a plan that has no source (built in the app). One fixed style that the
 * parser reads back to the same plan: phases as `##`, tasks as `### Task:` with bold fields,
 * criteria under `**Acceptance Criteria:**`, decisions as `### Decision N:` with checkbox options,
 * metrics in their own list, plan criteria under `## Checklist`. Text is escaped, so markup in
 * a title stays text.
 */
export function renderCanonical(plan: Plan): string {
  const out: string[] = [`# ${text(plan.title) || "Untitled plan"}`, ""];
  for (const [key, value] of Object.entries(plan.meta)) out.push(`**${text(key)}:** ${text(value)}  `);
  if (Object.keys(plan.meta).length) out[out.length - 1] = out[out.length - 1]!.trimEnd();
  if (Object.keys(plan.meta).length) out.push("");

  plan.phases.forEach((phase, i) => renderPhase(out, phase, i));

  if (plan.decisions.length) {
    out.push("## Decisions", "");
    plan.decisions.forEach((d, i) => {
      out.push(`### Decision ${i + 1}: ${text(d.title)}`, "");
      if (d.dueBy) out.push(`**Required by:** ${text(d.dueBy)}`, "");
      for (const o of d.options)
        out.push(`- [${o.chosen ? "x" : " "}] ${text(o.text) || "&nbsp;"}${o.recommended ? " (recommended)" : ""}`);
      if (d.options.length) out.push("");
    });
  }
  // Every metric in its own list; criteria that also read as metrics are deduplicated on import.
  if (plan.metrics.length) {
    out.push("## Success Metrics", "");
    // In a fixed order: a metric also read from a criterion has its own line, and lines move.
    const metrics = [...plan.metrics].sort((a, b) => a.name.localeCompare(b.name) || a.target.value - b.target.value);
    for (const m of metrics)
      out.push(
        `- ${text(m.name)}: ${m.target.op} ${m.target.value}${m.target.unit === "%" ? "" : " "}${m.target.unit}`.trimEnd(),
      );
    out.push("");
  }
  // `Checklist`, not `Acceptance Criteria`: plan criteria here are not read as metrics again.
  if (plan.criteria.length) {
    out.push("## Checklist", "");
    out.push(...items(plan.criteria), "");
  }
  return out.join("\n").replace(/\n+$/, "\n");
}

function renderPhase(out: string[], phase: Phase, i: number) {
  let title = text(phase.title) || `Phase ${i + 1}`;
  // A phase without tasks is only read as a phase when its heading names one.
  if (!phase.tasks.length && !PHASE_HEADING.test(title)) title = `Phase ${phase.key ?? i + 1}: ${title}`;
  const weeks =
    phase.weeks && !/\bweeks?\b/i.test(title)
      ? ` (Week${phase.weeks.from === phase.weeks.to ? ` ${phase.weeks.from}` : `s ${phase.weeks.from}-${phase.weeks.to}`})`
      : "";
  out.push(`## ${title}${weeks}`, "");
  if (phase.checklist.length) out.push("**Deliverables:**", "", ...items(phase.checklist), "");
  for (const task of phase.tasks) {
    // `Task:` names it a task whatever its title says (`Summary`, `Phase 2: cleanup`).
    out.push(`### Task${task.key ? ` ${task.key}` : ""}: ${text(task.title)}`, "");
    out.push(...taskFieldLines(task), "");
    if (task.checklist.length) out.push("**Action Items:**", "", ...items(task.checklist), "");
    if (task.criteria.length) out.push("**Acceptance Criteria:**", "", ...items(task.criteria), "");
  }
}

// An empty text still needs something after the box to stay a checkbox.
const items = (list: Item[]) => list.map((i) => `- [${i.done ? "x" : " "}] ${text(i.text) || "&nbsp;"}`);
