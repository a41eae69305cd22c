import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allItems, allTasks } from "./items";
import { matchPlans, normalize, ownerLabel, taskChanges } from "./matching";
import { arbitraryPlan, withIds } from "./testing/arbitrary-plan";

const RUNS = { numRuns: 200 };

describe("matchPlans", () => {
  it("matches a plan against itself entry by entry: nothing added, removed or changed", () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const stored = withIds(plan);
        const m = matchPlans(stored, plan);
        expect(m.phases.map((p) => p.current?.id)).toEqual(stored.phases.map((p) => p.id));
        expect(m.tasks.map((t) => t.current?.id)).toEqual(allTasks(stored).map((t) => t.id));
        expect(m.tasks.flatMap(taskChanges)).toEqual([]);
        expect(m.items.every((i) => i.current !== null)).toBe(true);
        expect(m.decisions.map((d) => d.current?.id)).toEqual(stored.decisions.map((d) => d.id));
        expect(m.metrics.map((x) => x.current?.id)).toEqual(stored.metrics.map((x) => x.id));
        expect([m.removedPhases, m.removedTasks, m.removedItems, m.removedDecisions, m.removedMetrics].flat()).toEqual(
          [],
        );
      }),
      RUNS,
    );
  });

  it("partitions the stored plan: every stored entry is matched at most once or reported removed", () => {
    fc.assert(
      fc.property(arbitraryPlan, arbitraryPlan, (before, after) => {
        const stored = withIds(before);
        const m = matchPlans(stored, after);
        const partition = <T extends { id: string }>(all: T[], matched: (T | null)[], removed: T[]) => {
          const ids = [...matched.filter((x): x is T => x !== null), ...removed].map((x) => x.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect([...ids].sort()).toEqual(all.map((x) => x.id).sort());
        };
        partition(
          stored.phases,
          m.phases.map((p) => p.current),
          m.removedPhases,
        );
        partition(
          allTasks(stored),
          m.tasks.map((t) => t.current),
          m.removedTasks,
        );
        partition(
          allItems(stored),
          m.items.map((i) => i.current),
          m.removedItems,
        );
        partition(
          stored.decisions,
          m.decisions.map((d) => d.current),
          m.removedDecisions,
        );
        partition(
          stored.metrics,
          m.metrics.map((x) => x.current),
          m.removedMetrics,
        );
        expect(m.tasks).toHaveLength(allTasks(after).length);
        expect(m.items).toHaveLength(allItems(after).length);
      }),
      RUNS,
    );
  });

  it("prefers the key over the title, and compares titles without case, markup or spacing", () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const stored = withIds(plan);
        const renamed = {
          ...plan,
          phases: plan.phases.map((p) => ({
            ...p,
            tasks: p.tasks.map((t) => ({ ...t, title: `**${t.title.toUpperCase()}**  ` })),
          })),
        };
        const m = matchPlans(stored, renamed);
        expect(m.tasks.map((t) => t.current?.id)).toEqual(allTasks(stored).map((t) => t.id));
      }),
      RUNS,
    );
  });

  it("follows a task into another phase and reports the move; a vanished task is removed with its items", () => {
    const base = fc.sample(arbitraryPlan, { numRuns: 1, seed: 1 })[0]!;
    const plan = {
      ...base,
      phases: [
        {
          title: "One",
          key: null,
          weeks: null,
          status: "todo" as const,
          checklist: [],
          line: null,
          tasks: [task("A", ["a1"]), task("B", ["b1", "b2"])],
        },
        { title: "Two", key: null, weeks: null, status: "todo" as const, checklist: [], line: null, tasks: [] },
      ],
    };
    const stored = withIds(plan);
    const next = {
      ...plan,
      phases: [
        { ...plan.phases[0]!, tasks: [] },
        { ...plan.phases[1]!, tasks: [plan.phases[0]!.tasks[0]!] },
      ],
    };
    const m = matchPlans(stored, next);
    expect(m.tasks[0]!.current?.id).toBe(stored.phases[0]!.tasks[0]!.id);
    expect(taskChanges(m.tasks[0]!)).toEqual([{ field: "phase", before: stored.phases[0]!.id, after: "Two" }]);
    expect(m.removedTasks.map((t) => t.title)).toEqual(["B"]);
    expect(m.removedItems.map((i) => i.text)).toEqual(["b1", "b2"]);
    expect(ownerLabel(m.items[0]!.owner)).toBe("A");
  });
});

describe("normalize", () => {
  it("ignores case, emphasis and code marks, and runs of spaces", () => {
    expect(normalize("  **Set   up** `CI`  ")).toBe("set up ci");
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalize(normalize(s))).toBe(normalize(s));
      }),
    );
  });
});

function task(title: string, checklist: string[]) {
  return {
    key: null,
    title,
    priority: null,
    status: "todo" as const,
    estimate: null,
    owner: null,
    dependsOn: [],
    files: [],
    checklist: checklist.map((text) => ({ text, done: false, line: null })),
    criteria: [],
    line: null,
  };
}
