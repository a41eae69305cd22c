import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import { parsePlan } from "@/lib/markdown";
import type { Actor } from "@/lib/server/actor";
import {
  applyReimport,
  exportPlan,
  getPlan,
  importPlan,
  previewReimport,
  setItemDone,
  updateTask,
} from "@/lib/server/plans";
import { allItems, allTasks } from "@/lib/plan/items";
import { fixtureNames, newMember, newOwner, readFixture } from "@/lib/server/testing/helpers";

afterAll(async () => {
  await db.$disconnect();
});

const code = (e: unknown) => (e instanceof AppError ? e.code : e);

async function importFixture(actor: Actor, name: string) {
  return importPlan(actor, { input: readFixture(name), fileName: name });
}

describe.each(fixtureNames())("exporting %s", (name) => {
  it("gives back the imported text byte for byte when nothing changed", async () => {
    const owner = await newOwner();
    const plan = await importFixture(owner, name);
    const parsed = parsePlan(readFixture(name));
    const md = await exportPlan(owner, plan.id, "md");
    expect(md.fileName).toBe(name);
    expect(md.contentType).toMatch(/^text\/markdown/);
    expect(md.body).toBe((parsed.bom ? "\uFEFF" : "") + parsed.text);
    if (!parsed.plan.repairedEncoding)
      expect(Buffer.from(md.body as string, "utf8").equals(readFixture(name))).toBe(true);
  });

  it("changes exactly one character per ticked item", async () => {
    const owner = await newOwner();
    const plan = await importFixture(owner, name);
    const item = allItems(plan).find((i) => !i.done && i.line !== null);
    if (!item) return; // a plan with every box ticked has nothing to tick
    const before = (await exportPlan(owner, plan.id, "md")).body as string;
    await setItemDone(owner, plan.id, item.id, true);
    const after = (await exportPlan(owner, plan.id, "md")).body as string;
    expect(after.length).toBe(before.length);
    const diffs: number[] = [];
    for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) !== after.charCodeAt(i)) diffs.push(i);
    expect(diffs).toHaveLength(1);
    expect(before[diffs[0]!]).toBe(" ");
    expect(after[diffs[0]!]).toMatch(/[xX]/);
    // and unticking restores the original
    await setItemDone(owner, plan.id, item.id, false);
    expect((await exportPlan(owner, plan.id, "md")).body as string).toBe(before);
  });
});

describe("exportPlan", () => {
  it("exports Plan JSON without database fields", async () => {
    const owner = await newOwner();
    const plan = await importFixture(owner, "leadscout-backlog.md");
    const out = await exportPlan(owner, plan.id, "json");
    expect(out.fileName).toBe("leadscout-backlog.json");
    const json = JSON.parse(out.body as string);
    expect(json).toEqual(parsePlan(readFixture("leadscout-backlog.md")).plan);
    expect(out.body).not.toContain(plan.id);
  });
});

describe("setItemDone", () => {
  it("ticks an item, bumps versions and logs before/after", async () => {
    const owner = await newOwner();
    const plan = await importFixture(owner, "extraction-api-todo.md");
    const item = allItems(plan).find((i) => !i.done)!;
    const result = await setItemDone(owner, plan.id, item.id, true);
    expect(result).toMatchObject({ id: item.id, done: true, version: item.version + 1, planVersion: plan.version + 1 });
    const log = await db.activity.findMany({ where: { planId: plan.id, entityId: item.id } });
    expect(log).toEqual([
      expect.objectContaining({
        action: "item.checked",
        actorId: owner.userId,
        before: { done: false },
        after: { done: true },
      }),
    ]);
    // Setting the same state again changes nothing.
    const again = await setItemDone(owner, plan.id, item.id, true);
    expect(again.version).toBe(result.version);
    expect(await db.activity.count({ where: { planId: plan.id, entityId: item.id } })).toBe(1);
    expect((await getPlan(owner, plan.id)).version).toBe(plan.version + 1);
  });
});

describe("concurrent toggles", () => {
  it("record each change once and bump the plan version once per change", async () => {
    const owner = await newOwner();
    const plan = await importFixture(owner, "extraction-api-todo.md");
    const open = allItems(plan)
      .filter((i) => !i.done)
      .slice(0, 4);
    // The same item ticked eight times at once, and three other items ticked in parallel.
    const results = await Promise.all([
      ...Array.from({ length: 8 }, () => setItemDone(owner, plan.id, open[0]!.id, true)),
      ...open.slice(1).map((i) => setItemDone(owner, plan.id, i.id, true)),
    ]);
    expect(results.every((r) => r.done)).toBe(true);
    expect(await db.activity.count({ where: { planId: plan.id, action: "item.checked" } })).toBe(open.length);
    expect((await db.item.findUniqueOrThrow({ where: { id: open[0]!.id } })).version).toBe(open[0]!.version + 1);
    expect((await getPlan(owner, plan.id)).version).toBe(plan.version + open.length);
  });
});

describe("updateTask", () => {
  it("edits fields with optimistic concurrency", async () => {
    const owner = await newOwner();
    const plan = await importFixture(owner, "extraction-api-todo.md");
    const task = allTasks(plan)[0]!;
    const updated = await updateTask(owner, plan.id, task.id, {
      status: "done",
      owner: " Grace ",
      estimate: "2-3 days",
      version: task.version,
    });
    expect(updated).toMatchObject({
      status: "done",
      owner: "Grace",
      estimate: { minHours: 16, maxHours: 24, text: "2-3 days" },
      version: task.version + 1,
    });
    expect(updated.completedAt).not.toBeNull();
    const log = await db.activity.findFirstOrThrow({
      where: { planId: plan.id, entityId: task.id, action: "task.updated" },
    });
    expect(log.before).toMatchObject({ status: task.status, owner: task.owner });
    expect(log.after).toMatchObject({ status: "done", owner: "Grace" });

    // The same version again is stale now.
    await expect(
      updateTask(owner, plan.id, task.id, { priority: "P0", version: task.version }).catch(code),
    ).resolves.toBe("conflict");
    const fresh = await updateTask(owner, plan.id, task.id, {
      priority: "P0",
      estimate: null,
      version: updated.version,
    });
    expect(fresh).toMatchObject({ priority: "P0", estimate: null, version: updated.version + 1 });
    await expect(
      updateTask(owner, plan.id, task.id, { estimate: "soonish", version: fresh.version }).catch(code),
    ).resolves.toBe("unprocessable");
  });

  it("lets exactly one of two concurrent edits of the same version win", async () => {
    const owner = await newOwner();
    const plan = await importFixture(owner, "extraction-api-todo.md");
    const task = allTasks(plan)[1]!;
    const results = await Promise.allSettled([
      updateTask(owner, plan.id, task.id, { owner: "A", version: task.version }),
      updateTask(owner, plan.id, task.id, { owner: "B", version: task.version }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results.filter((r) => r.status === "rejected").map((r) => code((r as PromiseRejectedResult).reason)),
    ).toEqual(["conflict"]);
  });
});

describe("authorisation", () => {
  it("lets a viewer read but not change anything", async () => {
    const owner = await newOwner();
    const viewer = await newMember(owner, "viewer");
    const plan = await importFixture(owner, "extraction-api-todo.md");
    const item = allItems(plan)[0]!;
    const task = allTasks(plan)[0]!;
    expect((await getPlan(viewer, plan.id)).id).toBe(plan.id);
    expect((await exportPlan(viewer, plan.id, "md")).body.length).toBeGreaterThan(0);
    await expect(setItemDone(viewer, plan.id, item.id, !item.done).catch(code)).resolves.toBe("forbidden");
    await expect(
      updateTask(viewer, plan.id, task.id, { status: "blocked", version: task.version }).catch(code),
    ).resolves.toBe("forbidden");
    await expect(importPlan(viewer, { input: readFixture("extraction-api-todo.md") }).catch(code)).resolves.toBe(
      "forbidden",
    );
    await expect(applyReimport(viewer, plan.id, readFixture("extraction-api-todo.md")).catch(code)).resolves.toBe(
      "forbidden",
    );
    const after = await getPlan(owner, plan.id);
    expect(after.version).toBe(plan.version);
    expect(await db.activity.count({ where: { planId: plan.id } })).toBe(1); // the import only
  });

  it("answers not_found for another workspace's plans, tasks and items, and never leaks them", async () => {
    const owner = await newOwner();
    const stranger = await newOwner("stranger");
    const plan = await importFixture(owner, "extraction-api-todo.md");
    const item = allItems(plan)[0]!;
    const task = allTasks(plan)[0]!;
    await expect(getPlan(stranger, plan.id).catch(code)).resolves.toBe("not_found");
    await expect(exportPlan(stranger, plan.id, "md").catch(code)).resolves.toBe("not_found");
    await expect(setItemDone(stranger, plan.id, item.id, !item.done).catch(code)).resolves.toBe("not_found");
    await expect(
      updateTask(stranger, plan.id, task.id, { status: "blocked", version: task.version }).catch(code),
    ).resolves.toBe("not_found");
    await expect(previewReimport(stranger, plan.id, readFixture("extraction-api-todo.md")).catch(code)).resolves.toBe(
      "not_found",
    );
    await expect(applyReimport(stranger, plan.id, readFixture("extraction-api-todo.md")).catch(code)).resolves.toBe(
      "not_found",
    );
    // An item of one of the stranger's own plans addressed through the other plan's id.
    const own = await importFixture(stranger, "extraction-api-todo.md");
    await expect(setItemDone(stranger, own.id, item.id, true).catch(code)).resolves.toBe("not_found");
    await expect(setItemDone(owner, plan.id, allItems(own)[0]!.id, true).catch(code)).resolves.toBe("not_found");
    expect((await getPlan(owner, plan.id)).version).toBe(plan.version);
    await expect(getPlan(owner, "not-a-uuid").catch(code)).resolves.toBe("not_found");
  });
});
