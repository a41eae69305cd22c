import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPlanChanges } from "./changes";
import type { ApiDecision, ApiMetric, ApiPlan, ApiTask, PlanChanges } from "./contract";
import {
  applyToDecisions,
  applyToMetrics,
  decidedLocally,
  measuredAtOf,
  PENDING_PREFIX,
  toDecisionsView,
  toMetricsView,
  withMeasurement,
  withoutMeasurement,
  type DecisionsView,
} from "./tracking-views";
import { feedChanges, taskReply } from "./views";

const decision = (id: string, title: string): ApiDecision => ({
  id,
  version: 1,
  title,
  status: "open",
  dueBy: "Week 2",
  line: null,
  decidedAt: null,
  decidedById: null,
  decidedByName: null,
  rationale: null,
  options: [
    { id: `${id}-a`, text: "A", chosen: false, recommended: true, line: null },
    { id: `${id}-b`, text: "B", chosen: false, recommended: false, line: null },
  ],
});
const metric = (id: string): ApiMetric => ({
  id,
  version: 1,
  name: id,
  target: { op: "<", value: 100, unit: "ms" },
  line: null,
  measurements: [],
});
const DECISIONS = [decision("d0", "Logging backend"), decision("d1", "Deployment target")];
/** A dependency text naming decision `d`, a task, or nothing known. */
const DEP_TEXTS = ["Logging backend decision", "Deployment target chosen", "Task 1", "external vendor"];

function task(t: number, deps: number[]): ApiTask {
  return {
    id: `t${t}`,
    phaseId: "ph",
    version: 1,
    key: `K${t}`,
    title: `T${t}`,
    priority: null,
    status: "todo",
    estimate: null,
    owner: null,
    dependsOn: deps.map((d) => DEP_TEXTS[d]!),
    dependencies: deps.map((d) => ({ text: DEP_TEXTS[d]!, taskId: d === 2 ? "t0" : null })),
    files: [],
    line: null,
    completedAt: null,
    checklist: [],
    criteria: [],
  };
}

function plan(deps: number[][]): ApiPlan {
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
    criteria: [],
    decisions: DECISIONS,
    metrics: [metric("m0"), metric("m1")],
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
        tasks: deps.map((d, t) => task(t, d)),
      },
    ],
  };
}

const feed = (version: number, over: Partial<PlanChanges>): PlanChanges => ({
  planId: "p",
  version,
  reset: false,
  items: [],
  tasks: [],
  decisions: [],
  metrics: [],
  ...over,
});
const taskChange = (t: ApiTask) => {
  const { checklist: _c, criteria: _k, ...rest } = t;
  return rest;
};
/** The held lists as sets: the view appends a task that starts waiting, the plan has document order. */
const heldSets = (v: DecisionsView) =>
  Object.fromEntries(
    Object.entries(v.held).map(([id, refs]) => [id, refs.map((r) => `${r.id}:${r.key}:${r.title}`).sort()]),
  );

describe("the decisions view follows the change feed as the whole plan does", () => {
  it("holds the tasks whose dependencies name each decision, as references", () => {
    const v = toDecisionsView(plan([[0], [1, 0], [2], [3]]));
    expect(v.held).toEqual({
      d0: [
        { id: "t0", key: "K0", title: "T0" },
        { id: "t1", key: "K1", title: "T1" },
      ],
      d1: [{ id: "t1", key: "K1", title: "T1" }],
    });
  });

  it("after tasks change their dependencies or titles, it holds what the changed plan holds", () => {
    const depsArb = fc.array(fc.uniqueArray(fc.nat(3), { maxLength: 3 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        depsArb,
        fc.array(fc.tuple(fc.nat(5), fc.uniqueArray(fc.nat(3), { maxLength: 3 }), fc.boolean()), { maxLength: 4 }),
        (deps, edits) => {
          const before = plan(deps);
          const changed = new Map<number, ApiTask>();
          for (const [i, d, retitle] of edits) {
            if (i >= deps.length) continue;
            changed.set(i, { ...task(i, d), title: retitle ? `Renamed ${i}` : `T${i}`, version: 2 });
          }
          const f = feed(11, { tasks: [...changed.values()].map(taskChange) });
          const whole = applyPlanChanges(before, f)!;
          const view = applyToDecisions(toDecisionsView(before), feedChanges(f)!)!;
          expect(view.version).toBe(11);
          expect(heldSets(view)).toEqual(heldSets(toDecisionsView(whole)));
        },
      ),
    );
  });

  it("a task edit's reply (its own fields only) renames the task where it is held, and keeps it there", () => {
    const v = toDecisionsView(plan([[0]]));
    const next = applyToDecisions(v, taskReply({ id: "t0", phaseId: "ph", title: "Pick logs" }, 11), true)!;
    expect([next.version, next.held.d0]).toEqual([11, [{ id: "t0", key: "K0", title: "Pick logs" }]]);
    expect(applyToDecisions(v, taskReply({ id: "t0", phaseId: "ph", owner: "ana" }, 11), true)!.held).toBe(v.held);
  });

  it("takes a changed decision, and loads again for one it has never seen", () => {
    const v = toDecisionsView(plan([[0]]));
    const decided = {
      ...decidedLocally(DECISIONS[0]!, { optionId: "d0-b", rationale: " cheap ", version: 1 }),
      version: 2,
      decidedByName: "Olivia",
    };
    const next = applyToDecisions(v, feedChanges(feed(11, { decisions: [decided] }))!)!;
    expect(next.decisions[0]).toBe(decided);
    expect(next.decisions[1]).toBe(v.decisions[1]);
    expect(applyToDecisions(v, feedChanges(feed(11, { decisions: [decision("new", "Another")] }))!)).toBeNull();
  });
});

describe("a decision as recorded before the server answers", () => {
  it("chooses one option with the rationale; reopening clears it; an unknown option changes nothing", () => {
    const now = new Date("2026-12-01T10:00:00Z");
    const d = decidedLocally(DECISIONS[0]!, { optionId: "d0-b", rationale: "  because  ", version: 1 }, now);
    expect(d).toMatchObject({
      status: "decided",
      rationale: "because",
      decidedAt: now.toISOString(),
      decidedByName: "you",
      version: 1,
    });
    expect(d.options.map((o) => o.chosen)).toEqual([false, true]);
    const reopened = decidedLocally(d, { optionId: null, version: 1 });
    expect(reopened).toMatchObject({ status: "open", rationale: null, decidedAt: null, decidedByName: null });
    expect(reopened.options.some((o) => o.chosen)).toBe(false);
    expect(decidedLocally(DECISIONS[0]!, { optionId: "nope", version: 1 })).toBe(DECISIONS[0]);
  });
});

describe("the metrics view", () => {
  const at = (d: string) => `${d}T00:00:00.000Z`;
  it("a pending measurement stays through a feed until its reply replaces it, and is never there twice", () => {
    let v = toMetricsView(plan([]));
    const pendingId = `${PENDING_PREFIX}1`;
    v = withMeasurement(v, "m0", { id: pendingId, value: 80, measuredAt: measuredAtOf("2026-11-30"), note: null });
    expect(v.metrics[0]!.measurements.map((m) => m.measuredAt)).toEqual([at("2026-11-30")]);
    // Someone else's measurement of the same metric arrives first: the pending point stays.
    const theirs = { id: "x", value: 90, measuredAt: at("2026-11-01"), note: null };
    v = applyToMetrics(
      v,
      feedChanges(feed(11, { metrics: [{ ...metric("m0"), version: 2, measurements: [theirs] }] }))!,
    )!;
    expect(v.metrics[0]!.measurements.map((m) => m.id)).toEqual(["x", pendingId]);
    // The feed of our own measurement, then its reply: one point, the stored one.
    const mine = { id: "y", value: 80, measuredAt: at("2026-11-30"), note: null };
    v = applyToMetrics(
      v,
      feedChanges(feed(12, { metrics: [{ ...metric("m0"), version: 3, measurements: [theirs, mine] }] }))!,
    )!;
    v = withMeasurement(v, "m0", mine, pendingId);
    expect(v.metrics[0]!.measurements.map((m) => m.id)).toEqual(["x", "y"]);
    expect(v.version).toBe(12);
    expect(v.metrics[1]).toEqual(metric("m1"));
  });

  it("a refused measurement is taken away; an unknown metric in the feed loads the view again", () => {
    const v = withMeasurement(toMetricsView(plan([])), "m1", {
      id: "pending-2",
      value: 1,
      measuredAt: at("2026-11-02"),
      note: null,
    });
    expect(withoutMeasurement(v, "m1", "pending-2").metrics[1]!.measurements).toEqual([]);
    expect(applyToMetrics(v, feedChanges(feed(11, { metrics: [metric("m9")] }))!)).toBeNull();
    expect(applyToMetrics(v, feedChanges(feed(11, { items: [] }))!)!.metrics).toBe(v.metrics);
  });
});
