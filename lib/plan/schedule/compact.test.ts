import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/markdown";
import { FLAG, packRoadmap, unpackRoadmap } from "./compact";
import { scheduleInputFromPlan } from "./from-plan";
import { buildRoadmap } from "./roadmap";
import { input } from "./test-helpers";

const settings = {
  startDate: "2025-12-01",
  targetDate: "2026-03-31",
  hoursPerWeek: 30,
  unnamedPeople: 2,
  ownerHours: { Ana: 12 },
};
const FIXTURES = [
  "app-v2-readiness-plan.md",
  "dsa110-roadmap.md",
  "leadscout-backlog.md",
  "extraction-api-todo.md",
  "ancestry-remaining-items.md",
];

describe("packed roadmap", () => {
  it("gives back the roadmap of every fixture plan exactly, through JSON", () => {
    for (const name of FIXTURES) {
      const plan = parsePlan(readFileSync(path.join(process.cwd(), "fixtures", "plans", name))).plan;
      const roadmap = buildRoadmap(scheduleInputFromPlan(plan, settings, "2026-01-12"), { runs: 200 });
      const packed = JSON.parse(JSON.stringify(packRoadmap(roadmap)));
      expect(unpackRoadmap(packed)).toEqual(roadmap);
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(roadmap).length);
    }
  });

  it("names tasks, decisions and workers by index, dates as days since the start, flags as bits", () => {
    const inp = input(
      [
        { id: "done", status: "done", completedOn: "2026-11-03", owner: "Ana" },
        { id: "a", owner: "Ana", dependsOn: ["done"], waitsFor: ["Pick the vendor", "Legal sign-off"] },
        { id: "b", estimate: null, dependsOn: ["a", "gone"] },
        { id: "c", status: "deferred" },
      ],
      { decisions: [{ id: "d1", title: "Pick the vendor", status: "open", dueBy: "2026-11-16" }], today: "2026-11-04" },
    );
    const r = buildRoadmap(inp, { runs: 50 });
    const p = packRoadmap(r);
    expect(p.workers).toEqual(["Ana", "Unassigned"]);
    expect(p.tasks.worker).toEqual([-1, 0, 1, -1]);
    expect(p.tasks.dependsOn).toEqual([[], [0], [1], []]);
    expect(p.tasks.heldBy).toEqual([[], [0], [], []]);
    expect(p.tasks.external[1]).toEqual(["Legal sign-off"]);
    expect(p.tasks.flags[2]! & FLAG.unestimated).toBe(FLAG.unestimated);
    // 2026-11-02 is the start; the done task ended on the 3rd, the held one waits until its decision is due (the 16th) has passed.
    expect(p.tasks.finish[0]).toBe(1);
    expect(p.tasks.start[1]).toBe(15);
    expect(p.tasks.start[3]).toBeNull();
    expect(unpackRoadmap(p)).toEqual(r);
  });
});
