import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainMove, finishOf, replaySteps, type MoveKind } from "./explain";
import { input, type TaskSpec } from "./test-helpers";
import type { ScheduleInput } from "./types";

const RUNS = { runs: 300, seed: 5 };
const chain = (n: number, hours: number | [number, number] = [6, 18]): TaskSpec[] =>
  Array.from({ length: n }, (_, i) => ({ id: `t${i}`, hours, dependsOn: i ? [`t${i - 1}`] : [] }));
const only = (parts: { kind: MoveKind; p50: number }[]) =>
  Object.fromEntries(parts.filter((p) => p.p50 !== 0).map((p) => [p.kind, p.p50]));

describe("why the forecast moved", () => {
  const week0 = input(chain(6), { today: "2026-11-02", pointSpread: undefined });

  it("puts a week without changes on time passing alone", () => {
    const later = { ...week0, today: "2026-11-09" };
    const m = explainMove(week0, later, RUNS);
    expect(only(m.parts)).toEqual({ time: 7 });
    expect(m.total.p50).toBe(7);
  });

  it("attributes added scope, new estimates and finished work each to its own part", () => {
    const to: ScheduleInput = {
      ...week0,
      today: "2026-11-09",
      tasks: [
        ...week0.tasks.map((t, i) =>
          i === 0
            ? { ...t, status: "done" as const, completedOn: "2026-11-04" }
            : i === 5
              ? { ...t, estimate: { minHours: 30, maxHours: 60 } }
              : t,
        ),
        { ...week0.tasks[5]!, id: "extra", dependsOn: ["t5"], estimate: { minHours: 12, maxHours: 24 } },
      ],
    };
    const m = explainMove(week0, to, RUNS);
    const parts = Object.fromEntries(m.parts.map((p) => [p.kind, p.p50]));
    expect(parts.time).toBeGreaterThan(0);
    expect(parts.scope).toBeGreaterThan(0);
    expect(parts.estimates).toBeGreaterThan(0);
    expect(parts.plan).toBe(0);
    expect(parts.work).toBeLessThan(0);
    expect(m.to).toEqual(finishOf(to, RUNS));
  });

  it("counts new dependencies, owners and settings as the plan's part", () => {
    const parallel = input(
      [
        { id: "a", owner: "Ana", hours: 12 },
        { id: "b", owner: "Bo", hours: 12 },
      ],
      { pointSpread: undefined },
    );
    const serial: ScheduleInput = {
      ...parallel,
      tasks: [parallel.tasks[0]!, { ...parallel.tasks[1]!, dependsOn: ["a"] }],
      settings: { ...parallel.settings, hoursPerWeek: 20 },
    };
    expect(only(explainMove(parallel, serial, RUNS).parts)).toEqual({ plan: expect.any(Number) });
  });

  it("ends the replay on the new state, and its parts add up to the whole move, for any two states", () => {
    const specs = fc.array(
      fc.record({
        hours: fc.integer({ min: 1, max: 40 }),
        wide: fc.integer({ min: 0, max: 30 }),
        done: fc.boolean(),
        dep: fc.nat(),
        keep: fc.boolean(),
        owner: fc.constantFrom(null, "Ana", "Bo"),
      }),
      { minLength: 1, maxLength: 8 },
    );
    type Spec = { hours: number; wide: number; done: boolean; dep: number; keep: boolean; owner: string | null };
    const state = (xs: Spec[], today: string, prefix: string, phases: number) =>
      input(
        xs.flatMap((x, i) =>
          i > 0 && !x.keep
            ? []
            : [
                {
                  id: i % 2 ? `${prefix}${i}` : `t${i}`,
                  hours: [x.hours, x.hours + x.wide] as [number, number],
                  status: x.done ? ("done" as const) : ("todo" as const),
                  completedOn: x.done ? "2026-10-30" : null,
                  owner: x.owner,
                  phase: i % phases,
                  dependsOn: i > 0 ? [`t${(x.dep % i) - ((x.dep % i) % 2)}`] : [],
                },
              ],
        ),
        {
          today,
          pointSpread: undefined,
          phases: Array.from({ length: phases }, (_, p) => ({
            id: `p${p}`,
            title: `Phase ${p}`,
            key: `${p}`,
            weeks: null,
          })),
        },
      );
    fc.assert(
      fc.property(specs, specs, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), (a, b, pa, pb) => {
        const from = state(a, "2026-11-02", "old", pa);
        const to = state(b, "2026-11-09", "new", pb);
        const steps = replaySteps(from, to);
        // The step before the last differs from the new state only in the work done.
        const work = new Map(to.tasks.map((t) => [t.id, t]));
        const plan = steps[3]!;
        const withWork = plan.tasks.map((t) => {
          const { status, completedOn, items, worked } = work.get(t.id)!;
          return { ...t, status, completedOn, items, worked };
        });
        expect({ ...plan, tasks: withWork }).toEqual(to);
        const m = explainMove(from, to, RUNS);
        expect(m.parts.reduce((s, p) => s + p.p50, 0)).toBe(m.total.p50);
        expect(m.parts.reduce((s, p) => s + p.p85, 0)).toBe(m.total.p85);
        expect(m.from).toEqual(finishOf(from, RUNS));
        expect(m.to).toEqual(finishOf(to, RUNS));
        // Deterministic: the same two states give the same parts.
        expect(explainMove(from, to, RUNS)).toEqual(m);
      }),
      { numRuns: 40 },
    );
  });
});
