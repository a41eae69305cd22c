import { escapeHtml } from "@/lib/escape/html";
import { escapeXml } from "@/lib/escape/xml";
import { STATUS_TITLE } from "./status";
import type { WeeklySummary } from "./types";
import { isoWeek } from "./week";

/**
 * An Atom feed (RFC 4287) of weekly summaries, for a feed reader. Pure: the server hands it the
 * summaries and the addresses. Entry content is HTML escaped into the XML (type="html"), so every
 * piece of plan text is escaped twice: once as HTML, once as XML.
 */

export interface AtomFeedInput {
  /** Feed id, stable for the link (a tag: URI). */
  id: string;
  title: string;
  /** The feed's own address and the page it belongs to. */
  selfUrl: string;
  pageUrl: string;
  /** The page of one week. */
  weekUrl: (label: string) => string;
  /** Entry ids: `${entryIdBase}${label}`. */
  entryIdBase: string;
  /** Newest first; the first may be the running week (`running`). */
  summaries: WeeklySummary[];
  /** The label of the week still running at `now`, if it is in the feed. */
  running?: string | null;
  /** `updated` of an empty feed. */
  now: Date;
}

// Plan text is escaped as HTML into the entry's fragment, and the fragment as XML into the feed.
const html = escapeHtml;

/**
 * When an entry last changed: a complete week at its last second; the running week at the latest
 * change it lists (or its first day), so a reader sees it update when something happens, not on
 * every poll.
 */
export function weekUpdated(s: WeeklySummary, running: boolean): string {
  // An owner's override changes the entry after the fact: readers see it as an update.
  const overridden = s.override ? [Date.parse(s.override.at)] : [];
  // The week's bounds in the workspace's zone (the summary's days are that zone's dates).
  const week = isoWeek(s.week.label, s.week.timeZone);
  if (!running) return new Date(Math.max(week.end.getTime() - 1000, ...overridden)).toISOString();
  const times = [
    ...s.done.tasks,
    ...s.done.items,
    ...s.started,
    ...s.added,
    ...s.removed,
    ...s.reestimated,
    ...s.decisions.made,
    ...(s.override ? [s.override] : []),
  ].map((x) => x.at);
  return new Date(Math.max(week.start.getTime(), ...times.map((t) => Date.parse(t)))).toISOString();
}

function list<T>(title: string, rows: T[], line: (row: T) => string): string {
  if (!rows.length) return "";
  return `<h3>${html(title)}</h3><ul>${rows.map((r) => `<li>${line(r)}</li>`).join("")}</ul>`;
}

const who = (x: { by: string | null; at: string }) => html(`${x.by ?? "someone"}, ${x.at.slice(0, 10)}`);

/** One line for readers that show only the summary. */
export function entrySummary(s: WeeklySummary): string {
  const f = s.forecast.now;
  return `${STATUS_TITLE[s.status]}${s.override ? ` (set by an owner; computed: ${STATUS_TITLE[s.computed.status].toLowerCase()})` : ""}. Done: ${s.done.tasks.length} tasks, ${s.done.items.length} items, ${s.done.hoursBurned} h. P50 ${f.p50}, P85 ${f.p85}, target ${s.targetDate ?? "none"}.`;
}

/** The summary's sections as a small HTML fragment (no scripts, no styles, no images). */
export function entryHtml(s: WeeklySummary): string {
  const f = s.forecast;
  return [
    `<p><strong>${html(STATUS_TITLE[s.status])}</strong></p>`,
    ...(s.override
      ? [
          `<p>${html(`Set by ${s.override.by ?? "an owner"}, ${s.override.at.slice(0, 10)}: ${s.override.reason}`)}</p>`,
          `<p>${html(`Computed: ${STATUS_TITLE[s.computed.status]}, because:`)}</p>`,
        ]
      : []),
    `<ul>${s.computed.reasons.map((r) => `<li>${html(r)}</li>`).join("")}</ul>`,
    `<p>${html(`P50 ${f.then ? `${f.then.p50} → ` : ""}${f.now.p50} · P85 ${f.then ? `${f.then.p85} → ` : ""}${f.now.p85} · target ${s.targetDate ?? "none"}`)}</p>`,
    list(
      `Done (${s.done.tasks.length} tasks, ${s.done.items.length} items, ${s.done.hoursBurned} h)`,
      [
        ...s.done.tasks.map((t) => `${html(t.title)} (${t.hours} h; ${who(t)})`),
        ...s.done.items.map((i) => `☑ ${html(i.text)}${i.task ? ` in ${html(i.task)}` : ""} (${who(i)})`),
      ],
      (x) => x,
    ),
    list("Started", s.started, (t) => `${html(t.title)} (${who(t)})`),
    list("Added", s.added, (t) => `${html(t.title)} (${who(t)})`),
    list("Removed", s.removed, (t) => `${html(t.title)} (${who(t)})`),
    list("Re-estimated", s.reestimated, (t) => `${html(t.title)}: ${html(t.from)} → ${html(t.to)} (${who(t)})`),
    list("Slipped", s.slipped, (t) => `${html(t.title)} (${html(t.phase)}, window ended ${html(t.windowEnd)})`),
    list(
      "Decisions made",
      s.decisions.made,
      (d) =>
        `${html(d.title)}: ${html(d.choice ?? "?")}${d.rationale ? ` because ${html(d.rationale)}` : ""} (${who(d)})`,
    ),
    list(
      "Decisions due",
      s.decisions.due,
      (d) => `${html(d.title)}: due ${html(d.due)}${d.overdue ? " (overdue)" : ""}`,
    ),
    list(
      "Next week",
      s.nextWeek,
      (t) =>
        `${t.critical ? "<strong>critical</strong> " : ""}${html(t.title)} (${html(t.start)} to ${html(t.finish ?? "?")})`,
    ),
    list("Blocked", s.blocked, (t) => `${t.priority ? `${html(t.priority)} ` : ""}${html(t.title)}`),
  ].join("");
}

/** The feed document. */
export function weeklyAtomFeed(input: AtomFeedInput): string {
  const x = escapeXml;
  const stamp = (s: WeeklySummary) => weekUpdated(s, s.week.label === input.running);
  const updated = input.summaries.length ? input.summaries.map(stamp).sort().at(-1)! : input.now.toISOString();
  const entries = input.summaries.map((s) =>
    [
      "  <entry>",
      `    <id>${x(`${input.entryIdBase}${s.week.label}`)}</id>`,
      `    <title>${x(`Week ${s.week.label}${s.week.label === input.running ? " (so far)" : ""}: ${STATUS_TITLE[s.status]}`)}</title>`,
      `    <updated>${stamp(s)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(input.weekUrl(s.week.label))}"/>`,
      `    <summary type="text">${x(entrySummary(s))}</summary>`,
      `    <content type="html">${x(entryHtml(s))}</content>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(input.id)}</id>`,
    `  <title>${x(input.title)}</title>`,
    `  <updated>${updated}</updated>`,
    "  <author><name>Flightplan</name></author>",
    `  <link rel="self" type="application/atom+xml" href="${x(input.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(input.pageUrl)}"/>`,
    "  <generator>Flightplan</generator>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
