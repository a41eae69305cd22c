import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ApiItem, ApiPlan, PlanChanges } from "./contract";
import { applyPlanChanges } from "./changes";
import {
  applyToCriteria,
  applyToPhaseDetail,
  applyToTaskDetail,
  applyToTaskIndex,
  feedChanges,
  firstRows,
  isPartial,
  phaseSummaries,
  taskReply,
  toTaskIndex,
  withoutInView,
  type PhaseDetail,
} from "./views";

const item = (id: string, done = false, kind: ApiItem["kind"] = "checklist"): ApiItem => ({
  id,
  text: id,
  done,
  line: null,
  kind,
  version: 1,
});

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
    criteria: [item("c0", false, "criterion")],
    phases: [
      {
        id: "ph",
        version: 1,
        title: "P",
        key: null,
        weeks: null,
        status: "todo",
        line: null,
        checklist: [item("d0", false, "deliverable")],
        tasks: Array.from({ length: nTasks }, (_, t) => ({
          id: `t${t}`,
          phaseId: "ph",
          version: 1,
          key: `K${t}`,
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

const feed = (version: number, items: PlanChanges["items"], tasks: PlanChanges["tasks"] = []): PlanChanges => ({
  planId: "p",
  version,
  reset: false,
  items,
  tasks,
  decisions: [],
  metrics: [],
});
const phaseOf = (p: ApiPlan): PhaseDetail => ({
  version: p.version,
  tasks: p.phases[0]!.tasks,
  checklist: p.phases[0]!.checklist,
});

describe("page views follow the change feed as the whole plan does", () => {
  it("a phase view after a feed is the phase of the whole plan after it; untouched tasks keep their identity", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.nat(7), fc.nat(3), fc.boolean()), {
          maxLength: 8,
          selector: ([t, i]) => t * 10 + i,
        }),
        (picks) => {
          const before = plan(8, 4);
          const changed = picks.map(([t, i, done]) => ({
            ...item(`t${t}i${i}`, done),
            taskId: `t${t}`,
            phaseId: null,
          }));
          const f = feed(11, changed);
          const whole = applyPlanChanges(before, f)!;
          const view = applyToPhaseDetail(phaseOf(before), "ph", feedChanges(f)!);
          expect(view).toEqual(phaseOf(whole));
          const touched = new Set(picks.map(([t]) => `t${t}`));
          view.tasks.forEach((t, i) => expect(t === before.phases[0]!.tasks[i]).toBe(!touched.has(t.id)));
        },
      ),
    );
  });

  it("the task index takes the feed's task fields and checkbox counts, and the feed's version", () => {
    const before = plan(3, 2);
    const index = toTaskIndex(before);
    expect(index.tasks[1]!.checks).toEqual({ done: 0, total: 2 });
    const { checklist: _c, criteria: _k, ...task } = before.phases[0]!.tasks[1]!;
    const next = applyToTaskIndex(
      index,
      feedChanges({
        ...feed(
          12,
          [{ ...item("t1i0", true), taskId: "t1", phaseId: null }],
          [{ ...task, status: "done", version: 2 }],
        ),
        checks: { t1: { done: 1, total: 2 } },
      })!,
    )!;
    expect(next.version).toBe(12);
    expect(next.tasks[1]).toMatchObject({ status: "done", version: 2, checks: { done: 1, total: 2 } });
    expect(next.tasks[0]).toBe(index.tasks[0]);
  });

  it("a changed decision makes the task index load again (what tasks wait for may have moved)", () => {
    const index = toTaskIndex(plan(2, 1));
    const decision = {
      id: "d",
      version: 2,
      title: "D",
      status: "decided" as const,
      options: [],
      dueBy: null,
      line: null,
      decidedAt: null,
      decidedById: null,
      decidedByName: null,
      rationale: null,
    };
    expect(applyToTaskIndex(index, { version: 11, items: [], tasks: [], decisions: [decision] })).toBeNull();
    expect(applyToTaskIndex(index, { version: 11, items: [], tasks: [], decisions: [] })).not.toBeNull();
  });

  it("a task added by someone else joins the index and its phase; the draft of a refused add leaves both", () => {
    const before = plan(2, 0);
    const added = { ...before.phases[0]!.tasks[0]!, id: "new", key: null, title: "Added" };
    const { checklist: _c, criteria: _k, ...fields } = added;
    const c = feedChanges(feed(11, [], [fields]))!;
    const index = applyToTaskIndex(toTaskIndex(before), c)!;
    const phase = applyToPhaseDetail(phaseOf(before), "ph", c);
    expect([index.tasks.at(-1)!.id, index.total, phase.tasks.at(-1)!.id]).toEqual(["new", 3, "new"]);
    expect(withoutInView(index, "new").tasks.map((t) => t.id)).toEqual(["t0", "t1"]);
    expect(withoutInView(index, "new").total).toBe(2);
    expect(withoutInView(phase, "new").tasks).toHaveLength(2);
  });
});

describe("replies and optimistic edits", () => {
  it("a reply moves a view's version only when it is the very next one; an optimistic edit never", () => {
    const p = plan(1, 1);
    const detail = { version: 10, task: p.phases[0]!.tasks[0]! };
    expect(applyToTaskDetail(detail, taskReply({ id: "t0", phaseId: "ph", owner: "ana" }, 11), true).version).toBe(11);
    expect(applyToTaskDetail(detail, taskReply({ id: "t0", phaseId: "ph", owner: "ana" }, 13), true).version).toBe(10);
    const optimistic = applyToTaskDetail(detail, taskReply({ id: "t0", phaseId: "ph", owner: "bo" }, 0), true);
    expect([optimistic.version, optimistic.task.owner, optimistic.task.title]).toEqual([10, "bo", "T0"]);
  });

  it("criteria take only plan-level items; a tick of another item leaves them as they are", () => {
    const view = { version: 10, items: [item("c0", false, "criterion")] };
    const other = { version: 0, items: [{ ...item("t0i0", true), taskId: "t0", phaseId: null }], tasks: [] };
    expect(applyToCriteria(view, other, true)).toBe(view);
    const mine = { version: 0, items: [{ ...item("c0", true, "criterion"), taskId: null, phaseId: null }], tasks: [] };
    expect(applyToCriteria(view, mine, true).items[0]!.done).toBe(true);
  });
});

describe("what pages start with", () => {
  it("a large index is cut to its first rows for the server render, and says so", () => {
    const index = toTaskIndex(plan(300, 0));
    const first = firstRows(index, 150);
    expect([first.tasks.length, first.total, isPartial(first), isPartial(index)]).toEqual([150, 300, true, false]);
    expect(firstRows(toTaskIndex(plan(20, 0)), 150).tasks).toHaveLength(20);
  });

  it("phase summaries count a phase's tasks, checkboxes and deliverables", () => {
    const [s] = phaseSummaries(plan(3, 2));
    expect(s).toMatchObject({ id: "ph", tasks: 3, items: { done: 0, total: 7 } });
  });
});
