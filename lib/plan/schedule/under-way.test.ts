import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/markdown";
import { defaultStartDate, defaultTargetDate, phaseSaysComplete, scheduleInputFromPlan } from "./from-plan";
import { buildRoadmap } from "./roadmap";
import { input } from "./test-helpers";

/** A plan already under way: "Phase 1 complete" (its tasks unticked), phases dated in 2025, one task in progress. */
function underWay(today: string) {
  const source = readFileSync(path.join(__dirname, "__fixtures__", "under-way.md"), "utf8");
  const plan = { ...parsePlan(source).plan, createdAt: `${today}T09:00:00Z` };
  const startDate = defaultStartDate(plan.meta, today);
  const settings = {
    startDate,
    targetDate: defaultTargetDate(plan.meta, startDate),
    hoursPerWeek: 30,
    unnamedPeople: null,
    ownerHours: {},
  };
  return buildRoadmap(scheduleInputFromPlan(plan, settings, today), { runs: 2000 });
}

describe("a plan already under way", () => {
  const r = underWay("2025-11-17");
  const task = (key: string) => r.tasks.find((t) => t.key === key)!;
  const phase = (i: number) => r.phases[i]!;

  it("places the complete phase in the past, in its own window", () => {
    expect(phase(0).window).toEqual({ from: "2025-09-01", to: "2025-09-30" });
    expect(phase(0).finish! <= "2025-09-30").toBe(true);
    expect(phase(0).start! >= "2025-09-01").toBe(true);
    expect(phase(0).progress.tasksDone).toBe(3);
    expect(phase(0).slipping).toBe(false);
  });

  it("starts the task in progress today and keeps the dated windows", () => {
    expect(task("2.1").start).toBe("2025-11-17");
    expect(phase(1).window).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(phase(2).window).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(task("3.1").start! >= "2026-01-01").toBe(true);
  });

  it("gives single-number estimates a spread (P50 before P85) and as many unnamed people as owners", () => {
    expect(r.finish.p50 < r.finish.p85).toBe(true);
    expect(r.spread).toMatchObject({ lo: 0.8, mode: 1, hi: 2, source: "default" });
    expect(r.people).toEqual({ unnamed: 2, owners: 2, source: "owners" });
  });
});

describe("started and complete work", () => {
  it("starts a task in progress now, whatever its window, dependencies or phase order say", () => {
    const phases = [
      { id: "p1", title: "First", key: "1", weeks: null },
      { id: "p2", title: "Weeks 3-4", key: "2", weeks: { from: 3, to: 4 } },
    ];
    const r = buildRoadmap(
      input(
        [
          { id: "a", phase: 0, owner: "Ana", hours: 30 },
          { id: "b", phase: 1, owner: "Bo", status: "in_progress", dependsOn: ["a"], waitsFor: ["Phase 1 complete"] },
          { id: "c", phase: 1, owner: "Cy" },
        ],
        { phases },
      ),
      { runs: 50 },
    );
    expect(r.tasks.map((t) => t.start)).toEqual(["2026-11-02", "2026-11-02", "2026-11-16"]);
  });

  it("works a person's started task before their higher-priority unstarted one", () => {
    const r = buildRoadmap(
      input([
        { id: "urgent", owner: "Ana", priority: "P0" },
        { id: "started", owner: "Ana", priority: "P3", status: "in_progress" },
      ]),
      { runs: 20 },
    );
    expect(r.tasks.map((t) => t.start)).toEqual(["2026-11-03", "2026-11-02"]);
  });

  it("does not hold the next phase on a complete phase's window", () => {
    const phases = [
      { id: "p1", title: "Weeks 3-4", key: "1", weeks: { from: 3, to: 4 }, complete: true },
      { id: "p2", title: "Next", key: "2", weeks: null },
    ];
    const r = buildRoadmap(
      input(
        [
          { id: "a", phase: 0 },
          { id: "b", phase: 1 },
        ],
        { phases },
      ),
      { runs: 20 },
    );
    expect(r.tasks[0]!.finish! <= "2026-11-02").toBe(true);
    expect(r.tasks[1]!.start).toBe("2026-11-02");
    expect(r.phases[0]!.progress.tasksDone).toBe(1);
  });

  it("keeps a done task ticked in the imported file in its past window, and one done in the app on its day", () => {
    const phases = [{ id: "p1", title: "September 2026", key: "1", weeks: null }];
    const tasks = [
      { id: "imported", status: "done" as const, completedOn: "2026-11-02" },
      { id: "app", status: "done" as const, completedOn: "2026-11-05" },
    ];
    const r = buildRoadmap(input(tasks, { phases, today: "2026-11-09", importedOn: "2026-11-02" }), { runs: 10 });
    expect(r.tasks.map((t) => t.finish)).toEqual(["2026-09-30", "2026-11-05"]);
  });

  it("defaults the unnamed people to the named owners, at least one", () => {
    const two = buildRoadmap(
      input([{ id: "a", owner: "Ana" }, { id: "b", owner: "Bo" }, { id: "c" }, { id: "d" }], {
        settings: { unnamedPeople: null },
      }),
      { runs: 10 },
    );
    expect(two.people).toEqual({ unnamed: 2, owners: 2, source: "owners" });
    expect(two.tasks.slice(2).map((t) => t.start)).toEqual(["2026-11-02", "2026-11-02"]);
    const none = buildRoadmap(input([{ id: "a" }], { settings: { unnamedPeople: null } }), { runs: 10 });
    expect(none.people).toEqual({ unnamed: 1, owners: 0, source: "owners" });
    const set = buildRoadmap(input([{ id: "a", owner: "Ana" }], { settings: { unnamedPeople: 3 } }), { runs: 10 });
    expect(set.people).toEqual({ unnamed: 3, owners: 1, source: "settings" });
  });

  it("reads a phase as complete from its status, its title or the plan's status line", () => {
    const meta = new Set(["1", "3"]);
    const says = (title: string, key: string | null = null, status?: "done" | "todo") =>
      phaseSaysComplete({ title, key, status }, meta);
    expect(says("Discovery (September 2025) Complete")).toBe(true);
    expect(says("Completed: Phase 1A")).toBe(true);
    expect(says("Rollout — done")).toBe(true);
    expect(says("Anything", null, "done")).toBe(true);
    expect(says("Phase 3: Rollout", "3")).toBe(true);
    expect(says("Complete the migration")).toBe(false);
    expect(says("Build", "2")).toBe(false);
    const phase = (key: string) => ({ title: `Phase ${key}`, key, weeks: null, tasks: [] });
    const plan = {
      meta: { Status: "Phases 1-2 done, Phase 3 in progress" },
      phases: ["1", "2", "3"].map(phase),
      decisions: [],
    };
    const settings = {
      startDate: "2026-11-02",
      targetDate: null,
      hoursPerWeek: 30,
      unnamedPeople: null,
      ownerHours: {},
    };
    const read = scheduleInputFromPlan(plan, settings, "2026-11-02");
    expect(read.phases.map((p) => p.complete)).toEqual([true, true, false]);
  });
});
