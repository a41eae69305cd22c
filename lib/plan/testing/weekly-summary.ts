import type { WeeklySummary } from "@/lib/plan/weekly/types";

/** A weekly summary for the writers' tests: at risk, one done task, nothing else unless `over` says. */
export function weeklySummary(
  label: string,
  firstDay: string,
  lastDay: string,
  over: Partial<WeeklySummary> = {},
  timeZone = "UTC",
): WeeklySummary {
  return {
    planId: "p1",
    title: "Plan",
    week: { label, firstDay, lastDay, timeZone },
    previous: "",
    next: "",
    nextStarted: true,
    status: "at_risk",
    computed: { status: "at_risk", reasons: ["A P1 task is blocked"] },
    override: null,
    rule: "rule",
    targetDate: "2027-01-31",
    forecast: { then: { p50: "2027-01-10", p85: "2027-01-20" }, now: { p50: "2027-01-12", p85: "2027-01-25" } },
    done: {
      tasks: [{ id: "t1", key: null, title: "Task", by: "Ana", at: `${firstDay}T10:00:00.000Z`, hours: 4 }],
      items: [],
      hoursBurned: 4,
    },
    started: [],
    added: [],
    removed: [],
    reestimated: [],
    slipped: [],
    decisions: { made: [], due: [] },
    metrics: [],
    nextWeek: [],
    blocked: [],
    burndown: [],
    ...over,
  };
}

/**
 * A summary with one row in every section and `text` in every field that comes from people (plan
 * text, names, an owner's reason, a decision's rationale): what a writer must keep inert.
 */
export function summaryOfText(text: string): WeeklySummary {
  const at = "2026-11-24T10:00:00.000Z";
  const task = { id: "t", key: null, title: text };
  return weeklySummary("2026-W48", "2026-11-23", "2026-11-29", {
    title: text,
    status: "off_track",
    computed: { status: "at_risk", reasons: [text, text] },
    override: { status: "off_track", reason: text, by: text, at },
    done: {
      tasks: [{ ...task, by: text, at, hours: 3 }],
      items: [{ id: "i", text, task: text, by: text, at }],
      hoursBurned: 3,
    },
    started: [{ ...task, by: text, at }],
    added: [{ ...task, by: null, at }],
    removed: [{ title: text, by: text, at }],
    reestimated: [{ ...task, by: text, at, from: text, to: text }],
    slipped: [{ ...task, phase: text, windowEnd: "2026-11-27" }],
    decisions: {
      made: [{ id: "d", title: text, choice: text, rationale: text, by: text, at }],
      due: [{ id: "d2", title: text, due: "2026-11-27", overdue: true }],
    },
    metrics: [
      {
        id: "m",
        name: text,
        target: { op: "<=", value: 5, unit: text },
        latest: { value: 4, at },
        change: -1,
        met: true,
        series: [],
      },
    ],
    nextWeek: [{ ...task, start: "2026-11-30", finish: "2026-12-02", critical: true, owner: text }],
    blocked: [{ ...task, priority: "P1", owner: text }],
    burndown: [{ date: "2026-11-23", remaining: 10 }],
  });
}
