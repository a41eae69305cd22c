import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ApiItem, ApiPlan, PlanChanges } from "./contract";
import { applyItemResult, applyPlanChanges } from "./changes";

const item = (id: string, done = false): ApiItem => ({ id, text: id, done, line: null, kind: "checklist", version: 1 });

function plan(nTasks: number, nItems: number): ApiPlan {
  return {
    format: "flightplan.plan/v1",
    id: "p",
    workspaceId: "w",
    version: 10,
    title: "t",
    meta: {},
    repairedEncoding: null,
    warnings: [],
    fileName: null,
    startDate: null,
    hoursPerWeek: 40,
    hasSource: false,
    createdAt: "",
    updatedAt: "",
    decisions: [],
    metrics: [],
    criteria: [item("c0")],
    phases: [
      {
        id: "ph",
        version: 1,
        title: "P",
        key: null,
        weeks: null,
        status: "todo",
        line: null,
        checklist: [],
        tasks: Array.from({ length: nTasks }, (_, t) => ({
          id: `t${t}`,
          phaseId: "ph",
          version: 1,
          key: null,
          title: `T${t}`,
          priority: null,
          status: "todo" as const,
          estimate: null,
          owner: null,
          dependsOn: [],
          dependencies: [],
          files: [],
          line: null,
          completedAt: null,
          checklist: Array.from({ length: nItems }, (_, i) => item(`t${t}i${i}`)),
          criteria: [],
        })),
      },
    ],
  };
}

const feed = (version: number, items: PlanChanges["items"]): PlanChanges => ({
  planId: "p",
  version,
  reset: false,
  items,
  tasks: [],
  decisions: [],
  metrics: [],
});
const ids = (p: ApiPlan) =>
  p.phases
    .flatMap((ph) => ph.tasks.flatMap((t) => t.checklist))
    .filter((i) => i.done)
    .map((i) => i.id)
    .sort();

describe("applyPlanChanges", () => {
  it("sets exactly the changed items, keeps untouched tasks by identity, moves the version", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.nat(9), fc.nat(4)), { maxLength: 10, selector: ([t, i]) => t * 10 + i }),
        (picks) => {
          const before = plan(10, 5);
          const changed = picks.map(([t, i]) => ({ ...item(`t${t}i${i}`, true), taskId: `t${t}`, phaseId: null }));
          const after = applyPlanChanges(before, feed(11, changed))!;
          expect(after.version).toBe(11);
          expect(ids(after)).toEqual(changed.map((c) => c.id).sort());
          const touched = new Set(picks.map(([t]) => `t${t}`));
          after.phases[0]!.tasks.forEach((t, i) => expect(t === before.phases[0]!.tasks[i]).toBe(!touched.has(t.id)));
        },
      ),
    );
  });

  it("gives null for a reset or a row the plan does not have, and ignores an old feed", () => {
    const p = plan(2, 2);
    expect(applyPlanChanges(p, { ...feed(11, []), reset: true })).toBeNull();
    expect(applyPlanChanges(p, feed(11, [{ ...item("nope", true), taskId: null, phaseId: null }]))).toBeNull();
    expect(applyPlanChanges(p, feed(10, [{ ...item("t0i0", true), taskId: "t0", phaseId: null }]))).toBe(p);
  });
});

describe("applyItemResult", () => {
  it("moves the version only when the reply is the next one", () => {
    const p = plan(1, 2);
    const r = { ...item("t0i1", true), taskId: "t0", phaseId: null };
    expect(applyItemResult(p, { ...r, planVersion: 11 }).version).toBe(11);
    const skipped = applyItemResult(p, { ...r, planVersion: 13 });
    expect(skipped.version).toBe(10);
    expect(ids(skipped)).toEqual(["t0i1"]);
  });
});
