import { describe, expect, it } from "vitest";
import { compile } from "./model";
import { runForecast } from "./forecast";
import { buildRoadmap, buildRoadmapAsync } from "./roadmap";
import { input, type TaskSpec } from "./test-helpers";
import type { ScheduleInput } from "./types";

/** Start and end (working days since the start) of each task in the P50 run, by id. */
function days(inp: ScheduleInput, runs = 200) {
  const c = compile(inp);
  const f = runForecast(c, { runs });
  const out: Record<string, [number, number]> = {};
  c.model.task.forEach((t, i) => {
    if (t >= 0) out[inp.tasks[t]!.id] = [round(f.p50Run.start[i]!), round(f.p50Run.finish[i]!)];
  });
  return { out, f, c };
}
const round = (x: number) => Math.round(x * 1000) / 1000;
const chain = (n: number, extra: Partial<TaskSpec> = {}): TaskSpec[] =>
  Array.from({ length: n }, (_, i) => ({ id: `t${i}`, dependsOn: i ? [`t${i - 1}`] : [], ...extra }));

describe("schedule", () => {
  it("draws a range from the triangular distribution with its mode in the middle", () => {
    // 12-60 h at 6 h a day: 2 to 10 working days. Triangular quantiles: q(0.5) = 6, q(0.85) = 2 + 8 (1 - sqrt(0.075)).
    const f = runForecast(compile(input([{ id: "a", hours: [12, 60] }])), { runs: 20000, seed: 5 });
    expect(f.earliest).toBeCloseTo(2, 9);
    expect(f.latest).toBeCloseTo(10, 9);
    expect(Math.abs(f.p50 - 6)).toBeLessThan(0.1);
    expect(Math.abs(f.p85 - (2 + 8 * (1 - Math.sqrt(0.075))))).toBeLessThan(0.1);
  });

  it("places a chain end to end; every task of it is critical in every run", () => {
    const { out } = days(input(chain(3, { hours: [4, 8] })));
    expect(out.t1![0]).toBe(out.t0![1]);
    expect(out.t2![0]).toBe(out.t1![1]);
    const r = buildRoadmap(input(chain(3, { hours: [4, 8] })), { runs: 200 });
    expect(r.tasks.map((t) => t.criticality)).toEqual([1, 1, 1]);
    expect(r.criticalPath).toEqual(["t0", "t1", "t2"]);
  });

  it("runs parallel branches of different owners side by side and joins them", () => {
    const { out } = days(
      input([
        { id: "a", owner: "Ana", hours: 12 },
        { id: "b", owner: "Bo", hours: 6 },
        { id: "c", owner: "Ana", dependsOn: ["a", "b"] },
      ]),
    );
    expect(out.a).toEqual([0, 2]);
    expect(out.b).toEqual([0, 1]);
    expect(out.c).toEqual([2, 3]);
  });

  it("gives one owner one task at a time, in priority order", () => {
    const { out } = days(
      input([
        { id: "low", owner: "Ana", priority: "P3" },
        { id: "high", owner: "Ana", priority: "P0" },
      ]),
    );
    expect(out.high).toEqual([0, 1]);
    expect(out.low).toEqual([1, 2]);
  });

  it("works unowned tasks with the plan's unnamed people and owners at their own hours", () => {
    const two = days(input([{ id: "a" }, { id: "b" }], { settings: { unnamedPeople: 2 } })).out;
    expect(two.a).toEqual([0, 1]);
    expect(two.b).toEqual([0, 1]);
    const one = days(input([{ id: "a" }, { id: "b" }])).out;
    expect(one.b).toEqual([1, 2]);
    const slow = days(input([{ id: "a", owner: "Kim" }], { settings: { ownerHours: { Kim: 15 } } })).out;
    expect(slow.a).toEqual([0, 2]);
  });

  it("keeps a dated phase in its window and flags the tasks that do not fit", () => {
    const phases = [{ id: "w2", title: "Week 2: Hardening", key: "2", weeks: { from: 2, to: 2 } }];
    const r = buildRoadmap(
      input(
        [
          { id: "fits", hours: 6 },
          { id: "big", hours: 60 },
        ],
        { phases },
      ),
      { runs: 100 },
    );
    const [fits, big] = r.tasks;
    expect(fits!.start).toBe("2026-11-09");
    expect(fits!.overflow).toBe(false);
    expect(big!.overflow).toBe(true);
    expect(r.phases[0]!.window).toEqual({ from: "2026-11-09", to: "2026-11-13" });
    expect(r.phases[0]!.overflow).toBe(1);
  });

  it("flags a dated phase whose window has passed with work left as slipping", () => {
    const phases = [{ id: "w1", title: "Week 1", key: "1", weeks: { from: 1, to: 1 } }];
    const r = buildRoadmap(
      input([{ id: "a" }, { id: "b", status: "done", completedOn: "2026-11-03" }], { phases, today: "2026-11-20" }),
      { runs: 50 },
    );
    expect(r.phases[0]!.slipping).toBe(true);
    expect(r.tasks.map((t) => t.slipping)).toEqual([true, false]);
  });

  it("lets an undated phase follow the one before it unless its tasks have dependencies", () => {
    const phases = [
      { id: "p1", title: "First", key: "1", weeks: null },
      { id: "p2", title: "Second", key: "2", weeks: null },
    ];
    const { out } = days(
      input(
        [
          { id: "a", phase: 0, owner: "Ana", hours: 12 },
          { id: "b", phase: 1, owner: "Bo" },
          { id: "c", phase: 1, owner: "Cy", dependsOn: [], waitsFor: [] },
        ],
        { phases },
      ),
    );
    expect(out.b![0]).toBe(2);
    expect(out.c![0]).toBe(2);
    const overlap = days(
      input(
        [
          { id: "a", phase: 0, owner: "Ana", hours: 12 },
          { id: "x", phase: 0, owner: "Ana", hours: 6, priority: "P0" },
          { id: "b", phase: 1, owner: "Bo", dependsOn: ["x"] },
        ],
        { phases },
      ),
    ).out;
    expect(overlap.b![0]).toBe(1);
  });

  it("places done tasks where they happened and starts the rest now", () => {
    const { out } = days(
      input(
        [
          { id: "old", status: "done", completedOn: "2026-11-04", hours: 12 },
          { id: "next", dependsOn: ["old"] },
        ],
        { today: "2026-11-11" },
      ),
    );
    expect(out.old).toEqual([1, 3]);
    expect(out.next).toEqual([7, 8]);
  });

  it("starts at the start date when it lies in the future", () => {
    const r = buildRoadmap(input([{ id: "a" }], { settings: { startDate: "2027-01-04" }, today: "2026-12-01" }), {
      runs: 10,
    });
    expect(r.tasks[0]!.start).toBe("2027-01-04");
    expect(r.finish.p50).toBe("2027-01-04");
  });

  it("holds a task on an open decision until its due date, not on a decided one", () => {
    const decisions = [
      { id: "d1", title: "Async Migration", status: "open" as const, dueBy: "End of week 2" },
      { id: "d2", title: "Logging Backend", status: "decided" as const, dueBy: "Week 3" },
    ];
    const r = buildRoadmap(
      input(
        [
          { id: "held", waitsFor: ["Async migration decided"] },
          { id: "free", owner: "Bo", waitsFor: ["Logging backend"] },
          { id: "ext", owner: "Cy", waitsFor: ["Vendor contract signed"] },
        ],
        { decisions },
      ),
      { runs: 20 },
    );
    expect(r.tasks[0]!.start).toBe("2026-11-16");
    expect(r.tasks[0]!.heldBy).toEqual(["d1"]);
    expect(r.tasks[1]!.start).toBe("2026-11-02");
    expect(r.tasks[2]!.external).toEqual(["Vendor contract signed"]);
    expect(r.decisions[0]).toMatchObject({ due: "2026-11-13", holds: ["held"] });
  });

  it("waits for a phase named as a dependency (`Phase 1 complete`)", () => {
    const phases = [
      { id: "p1", title: "Phase 1", key: "1", weeks: null },
      { id: "p2", title: "Later", key: "L", weeks: { from: 1, to: 4 } },
    ];
    const { out } = days(
      input(
        [
          { id: "a", phase: 0, hours: 12, owner: "Ana" },
          { id: "b", phase: 1, owner: "Bo", waitsFor: ["Phase 1 complete"] },
        ],
        { phases },
      ),
    );
    expect(out.b![0]).toBe(2);
  });

  it("reports and breaks dependency cycles instead of looping", () => {
    const r = buildRoadmap(
      input([
        { id: "a", dependsOn: ["c"] },
        { id: "b", dependsOn: ["a"] },
        { id: "c", dependsOn: ["b"] },
        { id: "self", dependsOn: ["self"] },
        { id: "d", dependsOn: ["a"] },
      ]),
      { runs: 20 },
    );
    expect(r.cycles).toEqual([["a", "b", "c"], ["self"]]);
    expect(r.tasks.every((t) => t.start !== null)).toBe(true);
    const at = Object.fromEntries(r.tasks.map((t) => [t.id, t.start!]));
    expect(at.a! < at.b! && at.b! < at.c!).toBe(true);
  });

  it("gives unestimated tasks the median estimate and counts them", () => {
    const r = buildRoadmap(
      input([
        { id: "a", hours: 6, owner: "A" },
        { id: "b", hours: 18, owner: "B" },
        { id: "c", hours: 30, owner: "C" },
        { id: "x", estimate: null, owner: "D" },
      ]),
      { runs: 20 },
    );
    expect(r.unestimated).toBe(1);
    expect(r.tasks[3]).toMatchObject({ estimated: false, start: "2026-11-02", finish: "2026-11-04" });
  });

  it("leaves the unticked share of a started task's estimate", () => {
    const { out } = days(input([{ id: "half", status: "in_progress", hours: 12, items: { done: 1, total: 2 } }]));
    expect(out.half).toEqual([0, 1]);
  });

  it("gives the probability of the target and the same numbers for the same seed", () => {
    const inp = input(chain(5, { hours: [6, 18] }), { settings: { targetDate: "2026-11-13" } });
    const a = buildRoadmap(inp, { runs: 2000, seed: 7 });
    const b = buildRoadmap(inp, { runs: 2000, seed: 7 });
    expect(a).toEqual(b);
    expect(a.runs).toBe(2000);
    expect(a.pTarget).toBeGreaterThan(0.3);
    expect(a.pTarget).toBeLessThan(0.7);
    expect(a.finish.earliest <= a.finish.p50 && a.finish.p50 <= a.finish.p85 && a.finish.p85 <= a.finish.latest).toBe(
      true,
    );
  });
});

describe("buildRoadmapAsync", () => {
  it("gives the same roadmap as buildRoadmap while yielding between chunks", async () => {
    const inp = input(chain(6, { hours: [2, 20] }), { settings: { targetDate: "2026-11-12" } });
    expect(await buildRoadmapAsync(inp, { runs: 450, seed: 3 })).toEqual(buildRoadmap(inp, { runs: 450, seed: 3 }));
  });
});
