import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRIORITIES, STATUSES, type ApiPlan, type ApiTask } from "./contract";
import { EMPTY_FILTERS, SORTS, queryTasks, taskRows, type TaskFilters } from "./task-query";

function task(i: number, over: Partial<ApiTask> = {}): ApiTask {
  return {
    id: `t${i}`,
    phaseId: "p",
    key: `${i}`,
    title: `Task ${i}`,
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
  };
}

function plan(tasks: ApiTask[][]): Pick<ApiPlan, "phases" | "decisions"> {
  return {
    phases: tasks.map((ts, p) => ({
      id: `p${p}`,
      key: String(p + 1),
      title: `Phase ${p + 1}`,
      weeks: null,
      status: "todo",
      line: null,
      version: 1,
      checklist: [],
      tasks: ts,
    })),
    decisions: [
      {
        id: "d",
        title: "Choose the queue broker",
        status: "open",
        options: [],
        dueBy: null,
        line: null,
        version: 1,
        decidedAt: null,
        decidedById: null,
        decidedByName: null,
        rationale: null,
      },
    ],
  };
}

describe("queryTasks", () => {
  const p = plan([
    [
      task(1, { priority: "P0", owner: "@ana", title: "Café setup" }),
      task(2, { status: "done", estimate: { minHours: 2, maxHours: 4, text: "2-4h" } }),
    ],
    [
      task(3, { dependencies: [{ text: "Choose the queue broker", taskId: null }], owner: "ana" }),
      task(4, { priority: "P2", status: "blocked" }),
    ],
  ]);
  const rows = taskRows(p);
  const ids = (f: Partial<TaskFilters>, sort: (typeof SORTS)[number] = "document") =>
    queryTasks(rows, { ...EMPTY_FILTERS, ...f }, sort).map((r) => r.task.id);

  it("filters by phase, priority, status, owner (with or without @) and open decision", () => {
    expect(ids({ phase: "p1" })).toEqual(["t3", "t4"]);
    expect(ids({ priority: "P0" })).toEqual(["t1"]);
    expect(ids({ priority: "none" })).toEqual(["t2", "t3"]);
    expect(ids({ status: "blocked" })).toEqual(["t4"]);
    expect(ids({ owner: "ana" })).toEqual(["t1", "t3"]);
    expect(ids({ owner: "none" })).toEqual(["t2", "t4"]);
    expect(ids({ openDecision: true })).toEqual(["t3"]);
  });

  it("searches every word, ignoring case and accents", () => {
    expect(ids({ q: "cafe SETUP" })).toEqual(["t1"]);
    expect(ids({ q: "task 4" })).toEqual(["t4"]);
    expect(ids({ q: "nothing" })).toEqual([]);
  });

  it("sorts stably: priority with none last, status blocked first, estimate largest first", () => {
    expect(ids({}, "priority")).toEqual(["t1", "t4", "t2", "t3"]);
    expect(ids({}, "status")).toEqual(["t4", "t1", "t3", "t2"]);
    expect(ids({}, "estimate")[0]).toBe("t2");
  });

  it("never invents or loses tasks: a filtered result is the matching subset of all tasks", () => {
    const arbTask = fc.record({
      priority: fc.constantFrom(null, ...PRIORITIES),
      status: fc.constantFrom(...STATUSES),
      owner: fc.constantFrom(null, "ana", "@bo"),
    });
    fc.assert(
      fc.property(
        fc.array(arbTask, { maxLength: 30 }),
        fc.constantFrom(...SORTS),
        fc.constantFrom(null, ...STATUSES),
        (ts, sort, status) => {
          const r = taskRows(plan([ts.map((t, i) => task(i, t))]));
          const out = queryTasks(r, { ...EMPTY_FILTERS, status }, sort);
          expect(new Set(out.map((x) => x.task.id)).size).toBe(out.length);
          expect(out.length).toBe(r.filter((x) => status === null || x.task.status === status).length);
        },
      ),
    );
  });
});
