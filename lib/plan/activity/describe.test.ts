import { describe, expect, it } from "vitest";
import { describeActivity, kindOf, taskLabel, type ActivityNames } from "./describe";

const names: ActivityNames = {
  tasks: new Map([
    ["t1", { key: "1.2", title: "Build the API" }],
    ["t2", { key: null, title: "Write the runbook" }],
    ["t3", { key: "PROD-7", title: "Ship it" }],
  ]),
  items: new Map([["i1", { text: "Write tests", taskId: "t1" }]]),
  decisions: new Map([["d1", "Which cache?"]]),
  metrics: new Map([["m1", "p95 latency"]]),
};

describe("describeActivity", () => {
  it("says which checkbox was ticked in which task", () => {
    expect(
      describeActivity(
        { action: "item.checked", entityId: "i1", before: { done: false }, after: { done: true } },
        names,
      ),
    ).toEqual({
      summary: "ticked ‘Write tests’ in Task 1.2 ‘Build the API’",
      changes: [{ field: "done", before: "no", after: "yes" }],
    });
    expect(
      describeActivity(
        { action: "item.unchecked", entityId: "gone", before: { done: true }, after: { done: false } },
        names,
      ).summary,
    ).toBe("unticked a deleted checkbox");
  });

  it("words a single task edit with before and after, several as a list", () => {
    const one = describeActivity(
      { action: "task.updated", entityId: "t1", before: { status: "todo" }, after: { status: "in_progress" } },
      names,
    );
    expect(one.summary).toBe("changed status of Task 1.2 ‘Build the API’ from todo to in progress");
    const two = describeActivity(
      {
        action: "task.updated",
        entityId: "t2",
        before: { owner: null, estimate: { minHours: 2, maxHours: 4 } },
        after: { owner: "Ana", estimate: { minHours: 3, maxHours: 3 } },
      },
      names,
    );
    expect(two.summary).toBe("changed owner, estimate of ‘Write the runbook’");
    expect(two.changes).toEqual([
      { field: "owner", before: "none", after: "Ana" },
      { field: "estimate", before: "2-4h", after: "3h" },
    ]);
  });

  it("names removed and deleted tasks by the title the row kept", () => {
    expect(
      describeActivity(
        { action: "task.removed", entityId: "x", before: { title: "Old task", key: "1.4" }, after: null },
        names,
      ).summary,
    ).toBe("removed ‘Old task’ (1.4) by re-import");
    expect(
      describeActivity(
        { action: "task.updated", entityId: "x", before: { title: "Was" }, after: { title: "Is" } },
        names,
      ).summary,
    ).toBe("changed title of ‘Was’ from Was to Is");
  });

  it("describes decisions, measurements, imports and roadmap settings", () => {
    expect(
      describeActivity(
        {
          action: "decision.decided",
          entityId: "d1",
          before: { chosen: null, rationale: null },
          after: { chosen: "Redis", rationale: "fast" },
        },
        names,
      ),
    ).toEqual({
      summary: "decided ‘Which cache?’: Redis",
      changes: [
        { field: "choice", before: "none", after: "Redis" },
        { field: "rationale", before: "none", after: "fast" },
      ],
    });
    expect(
      describeActivity(
        { action: "measurement.recorded", entityId: "m1", before: null, after: [{ value: 120, at: "x" }] },
        names,
      ).summary,
    ).toBe("recorded 120 for ‘p95 latency’");
    expect(
      describeActivity(
        {
          action: "plan.reimported",
          entityId: "p",
          before: null,
          after: { addedTasks: 1, removedTasks: 2, changedTasks: 3, addedItems: 4, removedItems: 5 },
        },
        names,
      ).summary,
    ).toBe("re-imported the plan: 1 tasks added, 2 removed, 3 changed; 4 checkboxes added, 5 removed");
    const roadmap = describeActivity(
      {
        action: "roadmap.updated",
        entityId: "p",
        before: { startDate: null, targetDate: null, hoursPerWeek: 30, unnamedPeople: 1, ownerHours: {} },
        after: { startDate: null, targetDate: "2027-01-31", hoursPerWeek: 30, unnamedPeople: 1, ownerHours: {} },
      },
      names,
    );
    expect(roadmap).toEqual({
      summary: "changed the roadmap's target date",
      changes: [{ field: "target date", before: "none", after: "2027-01-31" }],
    });
  });

  it("describes an owner's weekly status override and its clearing, with the reason before and after", () => {
    const set = describeActivity(
      {
        action: "weekly.status_overridden",
        entityId: "2026-W49",
        before: { week: "2026-W49", status: "on_track", reason: null, computed: "on_track" },
        after: { week: "2026-W49", status: "at_risk", reason: "Vendor slip", computed: "on_track" },
      },
      names,
    );
    expect(set).toEqual({
      summary: "set the status of week 2026-W49 to at risk (computed: on track)",
      changes: [
        { field: "status", before: "on track", after: "at risk" },
        { field: "reason", before: "none", after: "Vendor slip" },
      ],
    });
    const cleared = describeActivity(
      {
        action: "weekly.status_override_cleared",
        entityId: "2026-W49",
        before: { week: "2026-W49", status: "at_risk", reason: "Vendor slip", computed: "on_track" },
        after: { week: "2026-W49", status: "on_track", reason: null, computed: "on_track" },
      },
      names,
    );
    expect(cleared.summary).toBe("cleared the status override of week 2026-W49 (back to computed: on track)");
    expect(cleared.changes.map((c) => c.field)).toEqual(["status", "reason"]);
  });

  it("falls back to the action's words for an action it does not know", () => {
    expect(
      describeActivity(
        { action: "share_link.label_changed", entityId: "p", before: null, after: { status: "at_risk" } },
        names,
      ),
    ).toEqual({
      summary: "share link label changed",
      changes: [{ field: "status", before: "none", after: "at risk" }],
    });
  });
});

describe("kindOf and taskLabel", () => {
  it("takes the action's prefix and labels keys by their style", () => {
    expect(kindOf("task.updated")).toBe("task");
    expect(kindOf("plan")).toBe("plan");
    expect(taskLabel(names.tasks.get("t3"))).toBe("PROD-7 ‘Ship it’");
    expect(taskLabel(undefined)).toBe("a deleted task");
  });
});
