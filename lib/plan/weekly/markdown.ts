import { markdownText as md } from "@/lib/escape/markdown";
import { STATUS_TITLE } from "./status";
import type { WeeklySummary } from "./types";

// Every piece of text from people (plan text, names, reasons) goes through md(): pasted into mail
// or chat, the summary reads as the same sections whatever the text holds.
const day = (iso: string) => iso.slice(0, 10);
const who = (x: { by: string | null; at: string }) => `${x.by ? md(x.by) : "someone"}, ${day(x.at)}`;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function list<T>(title: string, rows: T[], line: (row: T) => string): string[] {
  return [`## ${title}`, "", ...(rows.length ? rows.map((r) => `- ${line(r)}`) : ["- None"]), ""];
}

/** The status, and when an owner set it, theirs first with the computed one and its reasons after. */
export function statusLines(s: Pick<WeeklySummary, "status" | "computed" | "override">): string[] {
  const reasons = s.computed.reasons.map((r) => `- ${md(r)}`);
  const o = s.override;
  if (!o) return [`**Status: ${STATUS_TITLE[s.computed.status]}**`, "", ...reasons, ""];
  return [
    `**Status: ${STATUS_TITLE[o.status]}** (set by ${o.by ? md(o.by) : "an owner"}, ${day(o.at)}: ${md(o.reason)})`,
    "",
    `Computed: ${STATUS_TITLE[s.computed.status]}, because:`,
    "",
    ...reasons,
    "",
  ];
}

/** The summary as markdown, the same sections as the page. */
export function weeklyMarkdown(s: WeeklySummary): string {
  const f = s.forecast;
  const out = [
    `# ${md(s.title)}: week ${s.week.label} (${s.week.firstDay} to ${s.week.lastDay})`,
    "",
    ...statusLines(s),
    `_Rule: ${md(s.rule)}_`,
    "",
    "## Forecast",
    "",
    `- Target: ${s.targetDate ?? "none"}`,
    `- P50: ${f.then ? `${f.then.p50} → ` : ""}${f.now.p50}`,
    `- P85: ${f.then ? `${f.then.p85} → ` : ""}${f.now.p85}`,
    "",
    ...list(
      `Done this week (${s.done.tasks.length} tasks, ${s.done.items.length} items, ${s.done.hoursBurned} h)`,
      [
        ...s.done.tasks.map((t) => `${md(t.title)} (${t.hours} h; ${who(t)})`),
        ...s.done.items.map((i) => `☑ ${md(i.text)}${i.task ? ` in ${md(i.task)}` : ""} (${who(i)})`),
      ],
      (x) => x,
    ),
    ...list("Started", s.started, (t) => `${md(t.title)} (${who(t)})`),
    ...list("Added", s.added, (t) => `${md(t.title)} (${who(t)})`),
    ...list("Removed", s.removed, (t) => `${md(t.title)} (${who(t)})`),
    ...list("Re-estimated", s.reestimated, (t) => `${md(t.title)}: ${md(t.from)} → ${md(t.to)} (${who(t)})`),
    ...list("Slipped", s.slipped, (t) => `${md(t.title)} (${md(t.phase)}, window ended ${t.windowEnd})`),
    ...list(
      "Decisions made",
      s.decisions.made,
      (d) =>
        `${md(d.title)}: ${d.choice ? md(d.choice) : "?"}${d.rationale ? ` because ${md(d.rationale)}` : ""} (${who(d)})`,
    ),
    ...list(
      "Decisions due",
      s.decisions.due,
      (d) => `${md(d.title)}: due ${md(d.due)}${d.overdue ? " (overdue)" : ""}`,
    ),
    ...list(
      "Success metrics",
      s.metrics,
      (m) =>
        `${md(m.name)}: ${m.latest ? m.latest.value : "no measurement"} (target ${md(m.target.op)} ${m.target.value}${m.target.unit ? ` ${md(m.target.unit)}` : ""}${m.met === null ? "" : m.met ? ", met" : ", not met"}${m.change !== null ? `; ${signed(m.change)} since last week` : ""})`,
    ),
    ...list(
      "Next week",
      s.nextWeek,
      (t) =>
        `${t.critical ? "**critical** " : ""}${md(t.title)} (${t.start} to ${t.finish ?? "?"}${t.owner ? `, ${md(t.owner)}` : ""})`,
    ),
    ...list(
      "Blocked",
      s.blocked,
      (t) => `${t.priority ? `${t.priority} ` : ""}${md(t.title)}${t.owner ? ` (${md(t.owner)})` : ""}`,
    ),
    "## Remaining hours",
    "",
    ...s.burndown.map((p) => `- ${p.date}: ${p.remaining} h`),
    "",
  ];
  return out.join("\n");
}
