import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATUSES, type Status } from "./contract";
import { burndownSeries, remainingHours, type BurndownEvent, type BurndownTask } from "./burndown";

const status = fc.constantFrom<Status>(...STATUSES);
const estimate = fc.option(
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
    .map(([a, b]) => ({ minHours: Math.min(a, b), maxHours: Math.max(a, b) })),
);
const change = fc.record({
  day: fc.integer({ min: 0, max: 9 }),
  task: fc.nat(),
  kind: fc.constantFrom("status", "estimate", "create"),
  status,
  estimate,
});

describe("burndownSeries", () => {
  it("replayed backwards, gives what was open at the end of every day (history played forwards)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ status, estimate }), { minLength: 1, maxLength: 12 }),
        fc.array(change, { maxLength: 40 }),
        (initial, changes) => {
          const live = new Map<string, BurndownTask>(initial.map((t, i) => [`t${i}`, { id: `t${i}`, ...t }]));
          const events: BurndownEvent[] = [];
          const truth: number[] = [];
          const sorted = [...changes].sort((a, b) => a.day - b.day);
          let created = 0;
          let c = 0;
          for (let day = 0; day <= 9; day++) {
            for (; c < sorted.length && sorted[c]!.day === day; c++) {
              const ch = sorted[c]!;
              const at = `2026-11-${String(day + 10).padStart(2, "0")}T12:00:${String(c % 60).padStart(2, "0")}.${String(c).padStart(3, "0")}Z`;
              if (ch.kind === "create") {
                const id = `n${created++}`;
                live.set(id, { id, status: ch.status, estimate: ch.estimate });
                events.push({ at, taskId: id, action: "task.created", before: {} });
                continue;
              }
              const ids = [...live.keys()];
              const t = live.get(ids[ch.task % ids.length]!)!;
              if (ch.kind === "status") {
                events.push({ at, taskId: t.id, action: "task.updated", before: { status: t.status } });
                t.status = ch.status;
              } else {
                events.push({ at, taskId: t.id, action: "task.updated", before: { estimate: t.estimate } });
                t.estimate = ch.estimate;
              }
            }
            truth.push(remainingHours(live.values()));
          }
          const series = burndownSeries([...live.values()], events, "2026-11-10", "2026-11-19");
          expect(series.map((p) => p.date)).toEqual(Array.from({ length: 10 }, (_, d) => `2026-11-${d + 10}`));
          expect(series.map((p) => p.remaining)).toEqual(truth);
        },
      ),
    );
  });

  it("counts the middle of estimates of open tasks only", () => {
    const tasks: BurndownTask[] = [
      { id: "a", status: "todo", estimate: { minHours: 2, maxHours: 4 } },
      { id: "b", status: "done", estimate: { minHours: 8, maxHours: 8 } },
      { id: "c", status: "blocked", estimate: null },
      { id: "d", status: "deferred", estimate: { minHours: 1, maxHours: 1 } },
    ];
    expect(remainingHours(tasks)).toBe(3);
    expect(burndownSeries(tasks, [], "2026-12-01", "2026-12-01")).toEqual([{ date: "2026-12-01", remaining: 3 }]);
  });

  it("keeps at most maxDays points, ending today", () => {
    const s = burndownSeries([], [], "2020-01-01", "2026-12-01", { maxDays: 30 });
    expect(s).toHaveLength(30);
    expect(s.at(-1)!.date).toBe("2026-12-01");
  });
});

describe("burndownSeries in a time zone", () => {
  const tasks: BurndownTask[] = [{ id: "a", status: "done", estimate: { minHours: 4, maxHours: 4 } }];
  // Done at 23:30 UTC on 15 November: still the 15th in New York, already the 16th in Berlin.
  const events: BurndownEvent[] = [
    { at: "2026-11-15T23:30:00.000Z", taskId: "a", action: "task.updated", before: { status: "todo" } },
  ];
  const remaining = (timeZone?: string) =>
    burndownSeries(tasks, events, "2026-11-14", "2026-11-17", { timeZone }).map((p) => p.remaining);

  it("puts a change on the day it happened in the workspace's zone", () => {
    expect(remaining()).toEqual([4, 0, 0, 0]);
    expect(remaining("America/New_York")).toEqual([4, 0, 0, 0]);
    expect(remaining("Europe/Berlin")).toEqual([4, 4, 0, 0]);
  });
});
