import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { parsePlan } from "@/lib/markdown";
import {
  applyReimport,
  exportPlan,
  getPlan,
  importPlan,
  previewReimport,
  setItemDone,
  toPlanJson,
} from "@/lib/server/plans";
import type { ApiPlan } from "@/lib/plan/contract";
import { allItems, allTasks } from "@/lib/plan/items";
import { weekOf } from "@/lib/plan/weekly/week";
import { generatePlanMarkdown } from "@/lib/server/testing/generate-plan";
import { fixtureNames, newOwner, readFixture } from "@/lib/server/testing/helpers";
import { getWeeklySummary } from "@/lib/server/weekly";

afterAll(async () => {
  await db.$disconnect();
});

const tasksOf = (p: ApiPlan) => allTasks(p);
const itemsOf = (p: ApiPlan) => allItems(p);

/** Version 2 of the generated 6-task plan: one title changed, one task gone, one added, items edited. */
function editedPlan(md: string): string {
  return md
    .replace("### Task 1.2: Build component 1-2", "### Task 1.2: Build the component 1-2 properly")
    .replace("**Owner:** dev2", "**Owner:** grace")
    .replace(/### Task 1\.4:[\s\S]*?(?=### Task 1\.5)/, "")
    .replace("- [ ] Review 1.5\n", "- [ ] Review 1.5\n- [ ] Load-test 1.5\n")
    .replace("- [ ] Write the code for 1.1\n", "")
    .concat("\n### Task 1.7: Write the runbook\n\n**Effort:** 3 hours\n\n- [ ] Draft it\n");
}

describe("re-import", () => {
  it("previews exactly what changed, writing nothing", async () => {
    const owner = await newOwner();
    const md = generatePlanMarkdown(6);
    const plan = await importPlan(owner, { input: md });
    const diff = await previewReimport(owner, plan.id, editedPlan(md));
    expect(diff.addedTasks).toEqual([expect.objectContaining({ key: "1.7", title: "Write the runbook" })]);
    expect(diff.removedTasks).toEqual([expect.objectContaining({ key: "1.4" })]);
    const changed = Object.fromEntries(diff.changedTasks.map((t) => [t.key, t.changes.map((c) => c.field)]));
    expect(changed).toEqual({ "1.2": ["title"], "1.3": ["owner"] });
    expect(diff.changedTasks.find((t) => t.key === "1.3")!.changes[0]).toEqual({
      field: "owner",
      before: "dev2",
      after: "grace",
    });
    expect(diff.addedItems.map((i) => i.text).sort()).toEqual(["Draft it", "Load-test 1.5"]);
    expect(diff.removedItems.map((i) => i.text).sort()).toEqual([
      "Add tests for 1.4",
      "Review 1.4",
      "Write the code for 1.1",
      "Write the code for 1.4",
    ]);
    const after = await getPlan(owner, plan.id);
    expect(after.version).toBe(plan.version);
    expect(toPlanJson(after)).toEqual(toPlanJson(plan));
  });

  it("applies the diff keeping ids, history and the done state of unchanged items", async () => {
    const owner = await newOwner();
    const md = generatePlanMarkdown(6);
    const plan = await importPlan(owner, { input: md });
    const tick = itemsOf(plan).find((i) => i.text === "Review 1.5")!;
    await setItemDone(owner, plan.id, tick.id, true);
    const edited = editedPlan(md);

    const { diff, plan: after } = await applyReimport(owner, plan.id, edited);
    expect(diff.addedTasks).toHaveLength(1);
    expect(after.version).toBe(plan.version + 2); // the tick, then the re-import

    // Matched tasks and items keep their ids; the ticked item stays ticked although the file says [ ].
    const before = new Map(tasksOf(plan).map((t) => [t.key, t.id]));
    for (const t of tasksOf(after)) if (t.key !== "1.7") expect(t.id).toBe(before.get(t.key));
    const review = itemsOf(after).find((i) => i.text === "Review 1.5")!;
    expect(review).toMatchObject({ id: tick.id, done: true });
    expect(tasksOf(after).map((t) => t.key)).toEqual(["1.1", "1.2", "1.3", "1.5", "1.6", "1.7"]);
    expect(tasksOf(after).find((t) => t.key === "1.2")!.title).toBe("Build the component 1-2 properly");
    // Everything else is what the engine parses from the new file, lines included.
    const parsed = parsePlan(edited).plan;
    const expected = structuredClone(parsed);
    const item = expected.phases[0]!.tasks.find((t) => t.key === "1.5")!.checklist.find(
      (i) => i.text === "Review 1.5",
    )!;
    item.done = true;
    expect(toPlanJson(after)).toEqual(expected);
    // Dependencies were rebuilt against the kept ids.
    const t15 = tasksOf(after).find((t) => t.key === "1.5")!;
    expect(t15.dependencies).toEqual([{ text: "1.4", taskId: null }]);

    // The activity log has the tick and the re-import; the item's history survives.
    expect(await db.activity.count({ where: { planId: plan.id, entityId: tick.id } })).toBe(1);
    const log = await db.activity.findFirstOrThrow({ where: { planId: plan.id, action: "plan.reimported" } });
    expect(log.after).toMatchObject({
      addedTasks: 1,
      removedTasks: 1,
      changedTasks: 2,
      addedItems: 2,
      removedItems: 4,
    });

    // The export is the new file with the kept tick written onto it.
    const md2 = (await exportPlan(owner, plan.id, "md")).body as string;
    expect(md2).toBe(edited.replace("- [ ] Review 1.5", "- [x] Review 1.5"));
  });

  it("logs each removed task, and the week's summary lists it as removed", async () => {
    const owner = await newOwner("Remy");
    const md = generatePlanMarkdown(6);
    const plan = await importPlan(owner, { input: md });
    const gone = tasksOf(plan).find((t) => t.key === "1.4")!;
    const { plan: after } = await applyReimport(owner, plan.id, editedPlan(md));
    const rows = await db.activity.findMany({ where: { planId: plan.id, action: "task.removed" } });
    expect(rows).toEqual([
      expect.objectContaining({
        entityType: "task",
        entityId: gone.id,
        actorId: owner.userId,
        planVersion: after.version,
        before: { title: gone.title, key: "1.4", status: gone.status },
      }),
    ]);
    const now = new Date();
    const summary = await getWeeklySummary(owner, plan.id, weekOf(now, "UTC").label, now);
    expect(summary.removed).toEqual([{ title: gone.title, by: "Remy", at: rows[0]!.createdAt.toISOString() }]);
    // The task the file added is logged as created, and the summary lists it as added.
    const runbook = tasksOf(after).find((t) => t.key === "1.7")!;
    const created = await db.activity.findMany({ where: { planId: plan.id, action: "task.created" } });
    expect(created).toEqual([
      expect.objectContaining({
        entityId: runbook.id,
        actorId: owner.userId,
        planVersion: after.version,
        after: { title: runbook.title, phaseId: runbook.phaseId },
      }),
    ]);
    expect(summary.added.map((t) => t.title)).toEqual([runbook.title]);
    // An unchanged re-import adds and removes nothing and logs neither.
    await applyReimport(owner, plan.id, editedPlan(md));
    expect(await db.activity.count({ where: { planId: plan.id, action: "task.removed" } })).toBe(1);
    expect(await db.activity.count({ where: { planId: plan.id, action: "task.created" } })).toBe(1);
  });

  it.each(fixtureNames())("re-importing %s unchanged changes nothing but the version", async (name) => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: readFixture(name), fileName: name });
    const diff = await previewReimport(owner, plan.id, readFixture(name));
    expect([diff.addedTasks, diff.removedTasks, diff.changedTasks, diff.addedItems, diff.removedItems]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    const { plan: after } = await applyReimport(owner, plan.id, readFixture(name));
    expect(toPlanJson(after)).toEqual(toPlanJson(plan));
    expect(itemsOf(after).map((i) => i.id)).toEqual(itemsOf(plan).map((i) => i.id));
    const parsed = parsePlan(readFixture(name));
    expect((await exportPlan(owner, plan.id, "md")).body as string).toBe((parsed.bom ? "\uFEFF" : "") + parsed.text);
  });
});
