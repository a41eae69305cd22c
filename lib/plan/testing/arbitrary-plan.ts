import fc from "fast-check";
import { PRIORITIES, STATUSES, type ApiPlan, type Item, type Plan, type Task } from "../contract";

/**
 * Random Plan JSON v1 for property tests of lib/plan. Titles and keys come from small pools so
 * that collisions (two tasks titled alike, a key used twice) are common, as in real plans.
 */

const TITLES = ["Set up CI", "set up ci", "**Set up** CI", "Deploy", "Write docs", "Cache", "Auth", "Deploy  "];
const KEYS = [null, null, "1.1", "1.2", "PROD-1", "#7"];

const item: fc.Arbitrary<Item> = fc.record({
  text: fc.constantFrom("one", "two", "One", "**two**", "three", "four"),
  done: fc.boolean(),
  line: fc.constant(null),
});

const items = fc.array(item, { maxLength: 4 });

const task: fc.Arbitrary<Task> = fc.record({
  key: fc.constantFrom(...KEYS),
  title: fc.constantFrom(...TITLES),
  priority: fc.constantFrom(null, ...PRIORITIES),
  status: fc.constantFrom(...STATUSES),
  estimate: fc.option(
    fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
      .map(([a, b]) => ({ minHours: Math.min(a, b), maxHours: Math.max(a, b), text: `${a}h` })),
  ),
  owner: fc.constantFrom(null, "ana", "@bo"),
  dependsOn: fc.constant([]),
  files: fc.constant([]),
  checklist: items,
  criteria: items,
  line: fc.constant(null),
});

export const arbitraryPlan: fc.Arbitrary<Plan> = fc.record({
  format: fc.constant("flightplan.plan/v1" as const),
  title: fc.constant("Plan"),
  meta: fc.constant({}),
  repairedEncoding: fc.constant(null),
  phases: fc.array(
    fc.record({
      title: fc.constantFrom("Phase 1", "Phase 2", "Later", "phase 1"),
      key: fc.constantFrom(null, "1", "2"),
      weeks: fc.constant(null),
      status: fc.constantFrom(...STATUSES),
      tasks: fc.array(task, { maxLength: 5 }),
      checklist: items,
      line: fc.constant(null),
    }),
    { maxLength: 4 },
  ),
  decisions: fc.array(
    fc.record({
      title: fc.constantFrom("DB", "Queue", "db"),
      status: fc.constantFrom("open" as const, "decided" as const),
      options: fc.constant([]),
      dueBy: fc.constant(null),
      line: fc.constant(null),
    }),
    { maxLength: 3 },
  ),
  metrics: fc.array(
    fc.record({
      name: fc.constantFrom("p95", "Uptime", "uptime"),
      target: fc.constant({ op: "<" as const, value: 1, unit: "ms" }),
      line: fc.constant(null),
    }),
    { maxLength: 3 },
  ),
  criteria: items,
  warnings: fc.array(fc.constant("w"), { maxLength: 2 }),
});

/** The plan as the API would return it after an import: ids and versions on everything. */
export function withIds(plan: Plan): ApiPlan {
  let n = 0;
  const id = (prefix: string) => `${prefix}${++n}`;
  const itemsOf = (list: Item[], kind: "checklist" | "criterion" | "deliverable") =>
    list.map((i) => ({ ...i, id: id("i"), kind, version: 0 }));
  return {
    ...plan,
    id: id("plan"),
    workspaceId: "w",
    version: 0,
    fileName: null,
    startDate: null,
    hoursPerWeek: 40,
    hasSource: true,
    createdAt: "2026-12-01T00:00:00.000Z",
    updatedAt: "2026-12-01T00:00:00.000Z",
    phases: plan.phases.map((p) => {
      const phaseId = id("ph");
      return {
        ...p,
        id: phaseId,
        version: 0,
        checklist: itemsOf(p.checklist, "deliverable"),
        tasks: p.tasks.map((t) => ({
          ...t,
          id: id("t"),
          phaseId,
          version: 0,
          completedAt: null,
          dependencies: [],
          checklist: itemsOf(t.checklist, "checklist"),
          criteria: itemsOf(t.criteria, "criterion"),
        })),
      };
    }),
    decisions: plan.decisions.map((d) => ({
      ...d,
      id: id("d"),
      version: 0,
      decidedAt: null,
      decidedById: null,
      decidedByName: null,
      rationale: null,
      options: [],
    })),
    metrics: plan.metrics.map((m) => ({ ...m, id: id("m"), version: 0, measurements: [] })),
    criteria: itemsOf(plan.criteria, "criterion"),
  };
}
