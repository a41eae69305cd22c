import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Item } from "./contract";
import { allItems, allTasks, phaseItems, taskItems } from "./items";
import { arbitraryPlan } from "./testing/arbitrary-plan";

describe("allItems / allTasks", () => {
  it("lists every checkbox once, phases in order (deliverables, then tasks), then the plan's criteria", () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const expected: Item[] = [];
        for (const phase of plan.phases) {
          expected.push(...phase.checklist);
          for (const task of phase.tasks) expected.push(...task.checklist, ...task.criteria);
        }
        expected.push(...plan.criteria);
        const items = allItems(plan);
        expect(items).toHaveLength(expected.length);
        items.forEach((item, i) => expect(item).toBe(expected[i]));
        expect(allTasks(plan)).toEqual(plan.phases.flatMap((p) => p.tasks));
        expect(plan.phases.flatMap((p) => phaseItems(p)).length + plan.criteria.length).toBe(items.length);
      }),
      { numRuns: 200 },
    );
  });

  it("taskItems puts the checklist before the criteria", () => {
    const a = { text: "a", done: false, line: 1 };
    const b = { text: "b", done: true, line: 2 };
    expect(taskItems({ checklist: [a], criteria: [b] })).toEqual([a, b]);
  });
});
