import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runForecast } from "./forecast";
import { compile } from "./model";
import { EPS } from "./pass";
import { input, type TaskSpec } from "./test-helpers";

/** Random plans: dependencies only on earlier tasks plus some backwards ones (cycles), 0-3 owners, ranges. */
const plans = fc
  .record({
    n: fc.integer({ min: 1, max: 25 }),
    seed: fc.integer(),
    unnamed: fc.integer({ min: 1, max: 3 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
    owners: fc.array(fc.constantFrom(null, "Ana", "Bo", "Cy"), { minLength: 25, maxLength: 25 }),
    hours: fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })), {
      minLength: 25,
      maxLength: 25,
    }),
    priorities: fc.array(fc.constantFrom(null, "P0" as const, "P1" as const, "P3" as const), {
      minLength: 25,
      maxLength: 25,
    }),
  })
  .map(({ n, seed, unnamed, edges, owners, hours, priorities }) => {
    const tasks: TaskSpec[] = Array.from({ length: n }, (_, i) => {
      const [x, y] = hours[i]!;
      return {
        id: `t${i}`,
        owner: owners[i],
        priority: priorities[i],
        hours: [Math.min(x, y), Math.max(x, y)] as [number, number],
        dependsOn: [] as string[],
      };
    });
    for (const [a, b] of edges) if (a % n !== b % n) tasks[a % n]!.dependsOn!.push(`t${b % n}`);
    return { inp: input(tasks, { settings: { unnamedPeople: unnamed } }), seed };
  });

const RUNS = 60;

describe("schedule properties", () => {
  it("earliest <= P50 <= P85 <= latest, criticality in [0, 1]", () => {
    fc.assert(
      fc.property(plans, ({ inp, seed }) => {
        const f = runForecast(compile(inp), { runs: RUNS, seed });
        expect(f.earliest).toBeLessThanOrEqual(f.p50 + EPS);
        expect(f.p50).toBeLessThanOrEqual(f.p85 + EPS);
        expect(f.p85).toBeLessThanOrEqual(f.latest + EPS);
        for (const x of f.criticality) expect(x >= 0 && x <= 1).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("no task starts before its dependencies end; no worker has two tasks at once", () => {
    fc.assert(
      fc.property(plans, ({ inp, seed }) => {
        const c = compile(inp);
        const { start, finish } = runForecast(c, { runs: RUNS, seed }).p50Run;
        const m = c.model;
        const node = new Map<string, number>();
        m.task.forEach((t, i) => t >= 0 && node.set(inp.tasks[t]!.id, i));
        const broken = new Set(c.cycles.flat());
        for (const t of inp.tasks) {
          // Inside a reported cycle one dependency is dropped; everywhere else all hold.
          if (broken.has(t.id)) continue;
          for (const d of t.dependsOn)
            expect(start[node.get(t.id)!]!).toBeGreaterThanOrEqual(finish[node.get(d)!]! - EPS);
        }
        const byWorker = new Map<number, [number, number][]>();
        for (let i = 0; i < m.n; i++)
          if (m.worker[i]! >= 0)
            (byWorker.get(m.worker[i]!) ?? byWorker.set(m.worker[i]!, []).get(m.worker[i]!)!).push([
              start[i]!,
              finish[i]!,
            ]);
        for (const spans of byWorker.values()) {
          spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
          for (let k = 1; k < spans.length; k++) expect(spans[k]![0]).toBeGreaterThanOrEqual(spans[k - 1]![1] - EPS);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the critical path is contiguous and its length equals the finish", () => {
    fc.assert(
      fc.property(plans, ({ inp, seed }) => {
        const f = runForecast(compile(inp), { runs: RUNS, seed });
        const { start, finish, path, finishAt } = f.p50Run;
        expect(path.length).toBeGreaterThan(0);
        let length = 0;
        path.forEach((i, k) => {
          if (k) expect(Math.abs(start[i]! - finish[path[k - 1]!]!)).toBeLessThan(EPS);
          length += finish[i]! - start[i]!;
        });
        // Nothing in these plans is dated, so the path starts at day 0.
        expect(start[path[0]!]!).toBe(0);
        expect(Math.abs(length - finishAt)).toBeLessThan(1e-6);
      }),
      { numRuns: 150 },
    );
  });

  it("every task of a single chain has criticality 1", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.constantFrom(null, "Ana"),
        (hs, owner) => {
          const tasks = hs.map(([a, b], i) => ({
            id: `t${i}`,
            owner,
            hours: [Math.min(a, b), Math.max(a, b)] as [number, number],
            dependsOn: i ? [`t${i - 1}`] : [],
          }));
          const f = runForecast(compile(input(tasks, { settings: { unnamedPeople: 3 } })), { runs: 40 });
          const c = [...f.criticality];
          expect(c.filter((x) => x === 1).length).toBe(tasks.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("same seed, same plan: the same numbers", () => {
    fc.assert(
      fc.property(plans, ({ inp, seed }) => {
        expect(runForecast(compile(inp), { runs: 30, seed })).toEqual(runForecast(compile(inp), { runs: 30, seed }));
      }),
      { numRuns: 40 },
    );
  });
});
