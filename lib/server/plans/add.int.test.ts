import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import {
  addTask,
  addTaskItem,
  exportPlan,
  getBurndown,
  getPlan,
  getTaskSource,
  importPlan,
  updateTask,
} from "@/lib/server/plans";
import { newMember, newOwner, readFixture } from "@/lib/server/testing/helpers";

afterAll(async () => {
  await db.$disconnect();
});

const code = (e: unknown) => (e instanceof AppError ? e.code : e);
const NAME = "app-v2-readiness-plan.md";
const WITH_CHECKLISTS = "dsa110-roadmap.md";

describe("tasks and items added in the app", () => {
  it("a new task lands at the end of its phase with the next key, and the export writes it in its neighbours' style", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const phase = plan.phases.find((p) => p.tasks.length >= 2)!;
    const last = phase.tasks.at(-1)!;
    const created = await addTask(owner, plan.id, phase.id, {
      title: "Rotate the signing keys",
      priority: "P1",
      estimate: "3h",
    });
    expect(created.planVersion).toBe(plan.version + 1);

    const after = await getPlan(owner, plan.id);
    const tasks = after.phases.find((p) => p.id === phase.id)!.tasks;
    expect(tasks.at(-1)).toMatchObject({
      id: created.id,
      title: "Rotate the signing keys",
      priority: "P1",
      line: null,
      estimate: { minHours: 3, maxHours: 3 },
    });
    expect(tasks.at(-2)!.id).toBe(last.id);
    // The other phases keep their tasks and order.
    expect(after.phases.map((p) => p.tasks.length)).toEqual(
      plan.phases.map((p) => p.tasks.length + (p.id === phase.id ? 1 : 0)),
    );

    const md = (await exportPlan(owner, plan.id, "md")).body as string;
    const lines = md.split("\n");
    const heading = lines.findIndex((l) => l.includes("Rotate the signing keys"));
    expect(heading).toBeGreaterThan(0);
    // A heading task after heading tasks: written as a heading of the same depth, with the next key.
    const lastHeading = lines.find((l) => l.includes(last.title) && /^#+ /.test(l));
    if (lastHeading) expect(lines[heading]!.match(/^#+ /)?.[0]).toBe(lastHeading.match(/^#+ /)?.[0]);
    if (created.key) expect(lines[heading]).toContain(created.key);
  });

  it("a new checklist item is exported as an unticked checkbox under its task", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: readFixture(WITH_CHECKLISTS), fileName: WITH_CHECKLISTS });
    const task = plan.phases.flatMap((p) => p.tasks).find((t) => t.checklist.length > 0)!;
    const item = await addTaskItem(owner, plan.id, task.id, { text: "Check the rollback drill" });
    expect(item).toMatchObject({ done: false, line: null, kind: "checklist" });
    const view = await getPlan(owner, plan.id);
    expect(
      view.phases
        .flatMap((p) => p.tasks)
        .find((t) => t.id === task.id)!
        .checklist.at(-1)!.text,
    ).toBe("Check the rollback drill");
    const md = (await exportPlan(owner, plan.id, "md")).body as string;
    expect(md).toMatch(/\[ \] Check the rollback drill/);
  });

  it("refuses viewers, bad estimates and other workspaces' ids; nothing changes", async () => {
    const owner = await newOwner();
    const viewer = await newMember(owner, "viewer");
    const stranger = await newOwner("stranger");
    const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const phase = plan.phases[0]!;
    const task = plan.phases.flatMap((p) => p.tasks)[0]!;
    await expect(addTask(viewer, plan.id, phase.id, { title: "x" }).catch(code)).resolves.toBe("forbidden");
    await expect(addTaskItem(viewer, plan.id, task.id, { text: "x" }).catch(code)).resolves.toBe("forbidden");
    await expect(addTask(owner, plan.id, phase.id, { title: "x", estimate: "soonish" }).catch(code)).resolves.toBe(
      "unprocessable",
    );
    await expect(addTask(stranger, plan.id, phase.id, { title: "x" }).catch(code)).resolves.toBe("not_found");
    await expect(addTaskItem(stranger, plan.id, task.id, { text: "x" }).catch(code)).resolves.toBe("not_found");
    expect((await getPlan(owner, plan.id)).version).toBe(plan.version);
  });
});

describe("burn-down and task source", () => {
  it("remaining hours drop when a task is done and rise when a task is added", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const before = await getBurndown(owner, plan.id);
    const today = before.points.at(-1)!;
    const task = plan.phases.flatMap((p) => p.tasks).find((t) => t.estimate && t.status !== "done")!;
    await updateTask(owner, plan.id, task.id, { status: "done", version: task.version });
    const mid = (task.estimate!.minHours + task.estimate!.maxHours) / 2;
    const after = await getBurndown(owner, plan.id);
    expect(after.points.at(-1)!.remaining).toBeCloseTo(today.remaining - mid, 1);
    await addTask(owner, plan.id, plan.phases[0]!.id, { title: "New work", estimate: "10h" });
    expect((await getBurndown(owner, plan.id)).points.at(-1)!.remaining).toBeCloseTo(today.remaining - mid + 10, 1);
    expect(after.forecast?.p50).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(after.ideal?.hours).toBe(after.points[0]!.remaining);
  });

  it("gives the lines a task was imported from, and null for a task made in the app", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const task = plan.phases.flatMap((p) => p.tasks).find((t) => t.line !== null)!;
    const src = await getTaskSource(owner, plan.id, task.id);
    expect(src.fromLine).toBe(task.line);
    expect(src.markdown).toContain(task.title.slice(0, 10));
    const created = await addTask(owner, plan.id, plan.phases[0]!.id, { title: "Made here" });
    expect(await getTaskSource(owner, plan.id, created.id)).toEqual({ markdown: null, fromLine: null, toLine: null });
  });
});
