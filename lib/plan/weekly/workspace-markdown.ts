import { markdownText as md } from "@/lib/escape/markdown";
import { statusLines } from "./markdown";
import { STATUS_TITLE } from "./status";
import type { WorkspacePlanWeek, WorkspaceWeekly } from "./workspace";

const more = (shown: number, total: number) => (total > shown ? ` (and ${total - shown} more)` : "");

function planSection(p: WorkspacePlanWeek): string[] {
  const f = p.forecast;
  const out = [
    `## ${md(p.title)}`,
    "",
    ...statusLines(p),
    `- Target: ${p.targetDate ?? "none"}; P50 ${f.then ? `${f.then.p50} → ` : ""}${f.now.p50}; P85 ${f.then ? `${f.then.p85} → ` : ""}${f.now.p85}`,
    `- Done: ${p.done.tasks} tasks, ${p.done.items} items, ${p.done.hours} h`,
  ];
  for (const d of p.decisions.made)
    out.push(
      `- Decided: ${md(d.title)}: ${d.choice ? md(d.choice) : "?"} (${d.by ? md(d.by) : "someone"}, ${d.at.slice(0, 10)})`,
    );
  for (const d of p.decisions.due)
    out.push(`- Decision due: ${md(d.title)}, ${md(d.due)}${d.overdue ? " (overdue)" : ""}`);
  if (p.slipped.total)
    out.push(
      `- Slipped: ${p.slipped.items.map((t) => `${md(t.title)} (${md(t.phase)}, window ended ${t.windowEnd})`).join("; ")}${more(p.slipped.items.length, p.slipped.total)}`,
    );
  if (p.blocked.total)
    out.push(
      `- Blocked: ${p.blocked.items.map((t) => `${t.priority ? `${t.priority} ` : ""}${md(t.title)}`).join("; ")}${more(p.blocked.items.length, p.blocked.total)}`,
    );
  return [...out, ""];
}

/** The workspace's week as markdown: status counts, then each plan, worst first. */
export function workspaceWeeklyMarkdown(w: WorkspaceWeekly): string {
  const c = w.counts;
  return [
    `# Week ${w.week.label} (${w.week.firstDay} to ${w.week.lastDay}, ${w.week.timeZone})`,
    "",
    `**${w.plans.length} plans: ${c.off_track} ${STATUS_TITLE.off_track.toLowerCase()}, ${c.at_risk} ${STATUS_TITLE.at_risk.toLowerCase()}, ${c.on_track} ${STATUS_TITLE.on_track.toLowerCase()}**`,
    "",
    ...(w.plans.length ? w.plans.flatMap(planSection) : ["No plans yet.", ""]),
  ].join("\n");
}
