/**
 * Write-back bugs, each kept as a plain case: the issue's own examples and what the property
 * test (write-back.properties.test.ts) found. Every case goes through the property's check:
 * the field reads back, nothing else changes, the diff stays on the task's lines.
 */
import { describe, expect, it } from "vitest";
import { PlanInputError, parsePlan, writeBack } from "./index";
import { parseEstimate } from "./estimate";
import { checkEdit, type Edit } from "./__fixtures__/write-back-check";

const TABLE = `# Plan

## Backlog

| ID | Task | Priority | Estimate | Owner | Status |
|----|------|----------|----------|-------|--------|
| A-1 | Add retries | P2 | 2d | ana | To do |
`;

function edit(md: string, line: number, change: Record<string, unknown>) {
  const parsed = parsePlan(md);
  const plan = structuredClone(parsed.plan);
  Object.assign(
    plan.phases.flatMap((p) => p.tasks).find((t) => t.line === line)!,
    change,
  );
  const out = writeBack(parsed, plan);
  return {
    out,
    task: parsePlan(out)
      .plan.phases.flatMap((p) => p.tasks)
      .find((t) => t.line === line)!,
  };
}

describe("the issue's examples", () => {
  it("a table row's owner, priority and status are rewritten in their cells", () => {
    const { out, task } = edit(TABLE, 7, { owner: "carl", priority: "P0", status: "in_progress" });
    expect(out.split("\n")[6]).toBe("| A-1 | Add retries | P0 | 2d | carl | In progress |");
    expect([task.owner, task.priority, task.status]).toEqual(["carl", "P0", "in_progress"]);
  });

  it("a checkbox task's owner mark is replaced, not appended", () => {
    const md = "# P\n\n## Work\n\n- [ ] #12 Ship the thing (@ana, ~4h) `P2`\n";
    const { out, task } = edit(md, 5, { owner: "@carl" });
    expect(out.split("\n")[4]).toBe("- [ ] #12 Ship the thing (@carl, ~4h) `P2`");
    expect(task.owner).toBe("@carl");
  });

  it("an owner of **x** reads back as **x**, in a field line and in a cell", () => {
    const heading = "# P\n\n## Phase 1\n\n### Task 1.1: Do it\n\n**Owner:** Ana\n";
    expect(edit(heading, 5, { owner: "**x**" }).task.owner).toBe("**x**");
    expect(edit(TABLE, 7, { owner: "**x**" }).task.owner).toBe("**x**");
  });

  it("refuses a value with a line break: it would start a new block", () => {
    const parsed = parsePlan(TABLE);
    const plan = structuredClone(parsed.plan);
    plan.phases[0]!.tasks[0]!.owner = "ana\n## Injected";
    expect(() => writeBack(parsed, plan)).toThrow(PlanInputError);
  });
});

const found: Array<[string, Edit]> = [
  [
    "a title inside bold keeps the bold balanced",
    { plan: "kanban-columns.md", taskLine: 4, field: "title", value: "Ship the thing" },
  ],
  [
    "a new mark goes after the title, so a trailing `— 3d` stays an estimate",
    { plan: "kanban-columns.md", taskLine: 4, field: "priority", value: "P0" },
  ],
  [
    "a new mark goes after closing bold, not inside it",
    { plan: "kanban-columns.md", taskLine: 9, field: "owner", value: "Kim Lee" },
  ],
  [
    "a kanban status change moves the item to its column",
    { plan: "kanban-columns.md", taskLine: 8, field: "status", value: "done" },
  ],
  [
    "a kanban move may leave its column empty",
    { plan: "french-kanban.md", taskLine: 14, field: "status", value: "todo" },
  ],
  [
    "removing an owner from a mark group keeps the group's other marks",
    { plan: "github-tasks.md", taskLine: 7, field: "owner", value: null },
  ],
  [
    "an owner that is no @handle becomes an inline field",
    { plan: "github-tasks.md", taskLine: 7, field: "owner", value: "Kim Lee" },
  ],
  [
    "an inline field is rewritten in place",
    { plan: "obsidian-tasks-fields.md", taskLine: 3, field: "owner", value: "@kim" },
  ],
  [
    "an Obsidian priority emoji is swapped for the new level's",
    { plan: "obsidian-tasks-fields.md", taskLine: 4, field: "priority", value: "P0" },
  ],
  ["a #p1 tag priority stays a tag", { plan: "obsidian-tasks-fields.md", taskLine: 3, field: "priority", value: "P3" }],
  [
    "un-doing a task drops its ✅ done date",
    { plan: "obsidian-tasks-fields.md", taskLine: 5, field: "status", value: "todo" },
  ],
  [
    "a dependency after a recurrence mark is not read as part of it",
    { plan: "obsidian-tasks-fields.md", taskLine: 7, field: "dependsOn", value: ["X-1"] },
  ],
  [
    "`(needs X)` keeps its phrasing",
    { plan: "deps-inline-checkboxes.md", taskLine: 14, field: "dependsOn", value: ["X-1"] },
  ],
  [
    "`— blocked by X` no longer blocking becomes `— depends on X`",
    { plan: "deps-inline-checkboxes.md", taskLine: 15, field: "status", value: "todo" },
  ],
  [
    "a field value followed by an inline dependency keeps the dependency",
    { plan: "deps-inline-headings.md", taskLine: 9, field: "estimate", value: parseEstimate("2-4 days") },
  ],
  [
    "a status mark goes before a trailing estimate",
    { plan: "group-headings-lists.md", taskLine: 5, field: "status", value: "done" },
  ],
  [
    "to-do in a `Later` column needs its own mark",
    { plan: "group-headings-lists.md", taskLine: 14, field: "status", value: "todo" },
  ],
  [
    "an estimate on a struck-through (done) item goes after the strike",
    { plan: "priority-bullets.md", taskLine: 6, field: "estimate", value: parseEstimate("2-4 days") },
  ],
  [
    "a title whose words are split by marks is rewritten as a whole",
    { plan: "obsidian-tasks-release.md", taskLine: 8, field: "title", value: "Fix *all* the_things_" },
  ],
  [
    "a heading title with an Options list renames its decision too",
    { plan: "extraction-api-todo.md", taskLine: 13, field: "title", value: "Ship the thing" },
  ],
];

describe("found by the property test", () => {
  it.each(found)("%s", (_name, e) => checkEdit(e));
});
