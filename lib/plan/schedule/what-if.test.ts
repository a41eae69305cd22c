import { describe, expect, it } from "vitest";
import { input } from "./test-helpers";
import { applyWhatIf, compareWhatIf, isEmptyWhatIf } from "./what-if";

const RUNS = { runs: 400, seed: 3 };
// Four unowned tasks of 2-4 days, two of them P3; one named owner, so the unnamed people default to one.
const plan = input(
  [
    { id: "a", hours: [12, 24] },
    { id: "b", hours: [12, 24] },
    { id: "c", hours: [12, 24], priority: "P3" },
    { id: "d", hours: 18, priority: "P3" },
    { id: "e", owner: "Ana", hours: 6 },
  ],
  { pointSpread: undefined, settings: { unnamedPeople: null, targetDate: "2026-11-10" } },
);

describe("what-if", () => {
  it("adds a person to the unnamed people", () => {
    const { current, whatIf } = compareWhatIf(plan, { addPeople: 1 }, RUNS);
    expect(current.people.unnamed).toBe(1);
    expect(whatIf.people.unnamed).toBe(2);
    expect(whatIf.finish.p50 < current.finish.p50).toBe(true);
    expect(whatIf.pTarget!).toBeGreaterThan(current.pTarget!);
  });

  it("drops the open tasks of a priority", () => {
    const { current, whatIf } = compareWhatIf(plan, { drop: ["P3"] }, RUNS);
    expect(current.openTasks).toBe(5);
    expect(whatIf.openTasks).toBe(3);
    expect(whatIf.finish.p85 < current.finish.p85).toBe(true);
  });

  it("narrows every estimate to its minimum: no spread left", () => {
    const { whatIf } = compareWhatIf(plan, { narrow: true }, RUNS);
    expect(whatIf.finish.p50).toBe(whatIf.finish.p85);
    expect(whatIf.finish.earliest).toBe(whatIf.finish.latest);
    expect(applyWhatIf(plan, { narrow: true }).tasks[0]!.estimate).toEqual({ minHours: 12, maxHours: 12 });
  });

  it("tries another target date, and saves nothing", () => {
    const before = JSON.stringify(plan);
    const { current, whatIf } = compareWhatIf(plan, { targetDate: "2026-12-31" }, RUNS);
    expect(whatIf.targetDate).toBe("2026-12-31");
    expect(whatIf.pTarget).toBe(1);
    expect(whatIf.finish).toEqual(current.finish);
    expect(JSON.stringify(plan)).toBe(before);
    expect(isEmptyWhatIf({})).toBe(true);
    expect(isEmptyWhatIf({ drop: [] })).toBe(true);
  });
});
