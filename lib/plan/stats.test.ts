import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATUSES, type Status } from "./contract";
import { allItems, allTasks } from "./items";
import { addItems, addTasks, emptyProgress, formatHours, isRemaining, phaseProgress, planStats } from "./stats";
import { arbitraryPlan } from "./testing/arbitrary-plan";

const RUNS = { numRuns: 200 };

describe("planStats", () => {
  it("counts every task and checkbox once and sums the estimates", () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const s = planStats(plan);
        const tasks = allTasks(plan);
        const items = allItems(plan);
        expect(s.tasks).toBe(tasks.length);
        for (const status of STATUSES)
          expect(s.tasksByStatus[status]).toBe(tasks.filter((t) => t.status === status).length);
        expect(s.checkboxes).toEqual({ total: items.length, done: items.filter((i) => i.done).length });
        expect(s.hours.min).toBe(tasks.reduce((n, t) => n + (t.estimate?.minHours ?? 0), 0));
        expect(s.hours.max).toBe(tasks.reduce((n, t) => n + (t.estimate?.maxHours ?? 0), 0));
        expect(s.decisions.open).toBe(plan.decisions.filter((d) => d.status === "open").length);
        expect([s.phases, s.criteria, s.metrics, s.warnings]).toEqual([
          plan.phases.length,
          plan.criteria.length,
          plan.metrics.length,
          plan.warnings.length,
        ]);
      }),
      RUNS,
    );
  });

  it("adds up over phases: the plan's numbers are the phases' plus the plan criteria", () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const s = planStats(plan);
        const phases = plan.phases.map(phaseProgress);
        expect(phases.reduce((n, p) => n + p.tasks.total, 0)).toBe(s.tasks);
        expect(phases.reduce((n, p) => n + p.items.total, 0) + plan.criteria.length).toBe(s.checkboxes.total);
        expect(phases.reduce((n, p) => n + p.estimateHours.max, 0)).toBe(s.hours.max);
      }),
      RUNS,
    );
  });
});

describe("addTasks / addItems", () => {
  const group = fc.record({
    status: fc.constantFrom(...STATUSES),
    min: fc.nat(50),
    extra: fc.nat(50),
    n: fc.integer({ min: 1, max: 5 }),
    done: fc.boolean(),
  });

  it("folding SQL-style group rows equals folding one task at a time", () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 12 }), (groups) => {
        const grouped = emptyProgress();
        const single = emptyProgress();
        for (const g of groups) {
          addTasks(grouped, g.status, g.n, g.min * g.n, (g.min + g.extra) * g.n);
          addItems(grouped, g.done, g.n);
          for (let i = 0; i < g.n; i++) {
            addTasks(single, g.status, 1, g.min, g.min + g.extra);
            addItems(single, g.done, 1);
          }
        }
        expect(grouped).toEqual(single);
        const remaining = groups.filter((g) => g.status !== "done" && g.status !== "deferred");
        expect(grouped.estimateHours.remainingMax).toBe(remaining.reduce((n, g) => n + (g.min + g.extra) * g.n, 0));
      }),
      RUNS,
    );
  });

  it("treats only done and deferred tasks as not remaining", () => {
    const remaining: Status[] = STATUSES.filter(isRemaining);
    expect(remaining).toEqual(["todo", "in_progress", "blocked"]);
  });
});

describe("formatHours", () => {
  it("shows a dash for nothing, one number for a point, a range otherwise", () => {
    expect(formatHours(0, 0)).toBe("—");
    expect(formatHours(3, 3)).toBe("3 h");
    expect(formatHours(2, 4.25)).toBe("2–4.3 h");
  });
});
