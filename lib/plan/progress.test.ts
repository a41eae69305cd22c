import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STATUSES, type ApiPhase, type ApiTask } from "./contract";
import { blockedTasks, hoursByPhase, tasksByPriority } from "./progress";

const task = (id: string, over: Partial<ApiTask>): ApiTask => ({
  id,
  phaseId: "p",
  key: null,
  title: id,
  priority: null,
  status: "todo",
  estimate: null,
  owner: null,
  dependsOn: [],
  files: [],
  line: null,
  version: 1,
  completedAt: null,
  dependencies: [],
  checklist: [],
  criteria: [],
  ...over,
});
const phase = (id: string, tasks: ApiTask[]): ApiPhase => ({
  id,
  key: null,
  title: id,
  weeks: null,
  status: "todo",
  line: null,
  version: 1,
  checklist: [],
  tasks,
});
const est = (minHours: number, maxHours: number) => ({ minHours, maxHours, text: "" });

describe("hoursByPhase", () => {
  it("splits estimates into done and remaining, deferred in neither, and counts the unestimated", () => {
    const { phases, plan } = hoursByPhase({
      phases: [
        phase("a", [
          task("1", { status: "done", estimate: est(2, 4) }),
          task("2", { estimate: est(1, 1) }),
          task("3", {}),
        ]),
        phase("b", [task("4", { status: "deferred", estimate: est(5, 5) })]),
      ],
    });
    expect(phases[0]).toMatchObject({
      tasks: 3,
      total: { min: 3, max: 5 },
      done: { min: 2, max: 4 },
      remaining: { min: 1, max: 1 },
      unestimated: 1,
    });
    expect(plan).toMatchObject({ tasks: 4, total: { min: 8, max: 10 }, unestimated: 1 });
  });

  it("the plan's sums are the sums of its phases; done + remaining never exceed the total", () => {
    const arb = fc.array(
      fc.array(fc.record({ status: fc.constantFrom(...STATUSES), e: fc.option(fc.tuple(fc.nat(20), fc.nat(20))) }), {
        maxLength: 8,
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(arb, (spec) => {
        const r = hoursByPhase({
          phases: spec.map((ts, i) =>
            phase(
              `p${i}`,
              ts.map((t, j) =>
                task(`${i}.${j}`, { status: t.status, estimate: t.e ? est(Math.min(...t.e), Math.max(...t.e)) : null }),
              ),
            ),
          ),
        });
        expect(r.plan.total.max).toBe(r.phases.reduce((s, p) => s + p.total.max, 0));
        for (const p of r.phases) expect(p.done.min + p.remaining.min).toBeLessThanOrEqual(p.total.min);
      }),
    );
  });
});

describe("blockedTasks and tasksByPriority", () => {
  it("says what a blocked task waits for", () => {
    const plan = {
      phases: [
        phase("a", [
          task("1", { key: "1.1", title: "Schema", status: "in_progress", priority: "P0" }),
          task("2", {
            status: "blocked",
            dependencies: [
              { text: "1.1", taskId: "1" },
              { text: "Vendor contract", taskId: null },
            ],
          }),
          task("3", { status: "blocked" }),
        ]),
      ],
    };
    expect(blockedTasks(plan).map((b) => b.reasons)).toEqual([
      ["waits for 1.1 Schema", "waits for Vendor contract"],
      ["marked blocked in the plan (no dependency named)"],
    ]);
    expect(tasksByPriority(plan)).toEqual({ P0: 1, P1: 0, P2: 0, P3: 0, none: 2 });
  });
});
