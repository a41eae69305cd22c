import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import type { Actor } from "@/lib/server/actor";
import { addTask, importPlan, updateTask } from "@/lib/server/plans";
import { newMember, newOwner } from "@/lib/server/testing/helpers";
import { forgetCachedRoadmaps } from "./cache";
import { getForecastHistory, getRoadmap, getWhatIf, updateRoadmapSettings } from "./index";

afterAll(async () => {
  await db.$disconnect();
});

const DAY = 86_400_000;
const UNDER_WAY = readFileSync(path.join(process.cwd(), "lib", "plan", "schedule", "__fixtures__", "under-way.md"));

/** The fixture "Phase 1 complete", imported `age` days ago (its rows moved back in time). */
async function underWay(owner: Actor, age: number) {
  const plan = await importPlan(owner, { input: UNDER_WAY, fileName: "under-way.md" });
  const then = new Date(Date.now() - age * DAY);
  await db.plan.update({ where: { id: plan.id }, data: { createdAt: then } });
  await db.task.updateMany({ where: { planId: plan.id }, data: { createdAt: then } });
  await db.activity.updateMany({ where: { planId: plan.id }, data: { createdAt: then } });
  const task = (key: string) => plan.phases.flatMap((p) => p.tasks).find((t) => t.key === key)!;
  return { plan, task };
}

/** Moves the activity of a task's last change, and its completion, `daysAgo` back. */
async function backdate(taskId: string, daysAgo: number, done = false) {
  const at = new Date(Date.now() - daysAgo * DAY);
  const last = await db.activity.findFirst({ where: { entityId: taskId }, orderBy: { createdAt: "desc" } });
  await db.activity.update({ where: { id: last!.id }, data: { createdAt: at } });
  if (done) await db.task.update({ where: { id: taskId }, data: { completedAt: at } });
}

describe("forecast history", () => {
  it("keeps each week's P50 / P85 with why it moved, parts adding up to the move", async () => {
    const owner = await newOwner();
    const { plan, task } = await underWay(owner, 24);
    // Ten days ago 2.1 (in progress, first of the longest chain) was done; eleven days ago 2.3
    // started and eight days ago it was done; nine days ago a task was added at the chain's end.
    const t21 = task("2.1");
    await updateTask(owner, plan.id, t21.id, { status: "done", version: t21.version });
    await backdate(t21.id, 10, true);
    const t23 = task("2.3");
    const started = await updateTask(owner, plan.id, t23.id, { status: "in_progress", version: t23.version });
    await backdate(t23.id, 11);
    await updateTask(owner, plan.id, t23.id, { status: "done", version: started.version });
    await backdate(t23.id, 8, true);
    const added = await addTask(owner, plan.id, plan.phases[2]!.id, { title: "Dry run", estimate: "16h" });
    await updateTask(owner, plan.id, added.id, { dependsOn: ["3.2"], version: added.version });
    await db.task.update({ where: { id: added.id }, data: { createdAt: new Date(Date.now() - 9 * DAY) } });
    await db.activity.updateMany({
      where: { entityId: added.id },
      data: { createdAt: new Date(Date.now() - 9 * DAY) },
    });
    forgetCachedRoadmaps();

    const history = await getForecastHistory(owner, plan.id);
    const weeks = history.weeks;
    expect(weeks.length).toBeGreaterThanOrEqual(3);
    expect(weeks.at(-1)!.complete).toBe(false);
    expect(weeks.slice(0, -1).every((w) => w.complete)).toBe(true);
    for (const w of weeks) {
      expect(w.p50 < w.p85).toBe(true);
      if (!w.move) continue;
      expect(w.move.from).toEqual(w.then);
      expect(w.move.to).toEqual({ p50: w.p50, p85: w.p85 });
      expect(w.move.parts.reduce((s, p) => s + p.p50, 0)).toBe(w.move.total.p50);
      expect(w.move.parts.reduce((s, p) => s + p.p85, 0)).toBe(w.move.total.p85);
    }
    // Some week saw the task done and the task added: a work part and a scope part.
    const parts = weeks.flatMap((w) => w.move?.parts ?? []);
    expect(parts.some((p) => p.kind === "scope" && p.p50 > 0)).toBe(true);
    expect(parts.some((p) => p.kind === "work" && p.p50 < 0)).toBe(true);

    // Complete weeks are kept: a second request (another instance) reads them and computes none.
    const rows = await db.weeklyForecast.count({ where: { planId: plan.id } });
    forgetCachedRoadmaps();
    const again = await getForecastHistory(owner, plan.id);
    expect(await db.weeklyForecast.count({ where: { planId: plan.id } })).toBe(rows);
    expect(again.weeks.slice(0, -1)).toEqual(weeks.slice(0, -1));
    expect(again.weeks.at(-1)!.move).toEqual(weeks.at(-1)!.move);
  });

  it("places the plan under way: the complete phase in the past, started work today, as many people as owners", async () => {
    const owner = await newOwner();
    const { plan } = await underWay(owner, 2);
    const view = await getRoadmap(owner, plan.id);
    const r = view.roadmap;
    expect(r.phases[0]!.finish! <= "2025-09-30").toBe(true);
    expect(r.tasks.find((t) => t.key === "2.1")!.start).toBe(r.today);
    expect(r.finish.p50 < r.finish.p85).toBe(true);
    expect(r.people).toEqual({ unnamed: 2, owners: 2, source: "owners" });
    expect(view.settings.stored.unnamedPeople).toBeNull();
    await updateRoadmapSettings(owner, plan.id, { unnamedPeople: 3 });
    expect((await getRoadmap(owner, plan.id)).roadmap.people).toEqual({ unnamed: 3, owners: 2, source: "settings" });
    await updateRoadmapSettings(owner, plan.id, { unnamedPeople: null });
    expect((await getRoadmap(owner, plan.id)).roadmap.people.source).toBe("owners");
  });

  it("answers a what-if beside the current forecast and saves nothing, for viewers too", async () => {
    const owner = await newOwner();
    const viewer = await newMember(owner, "viewer");
    const { plan } = await underWay(owner, 2);
    const before = await getRoadmap(owner, plan.id);
    const activity = await db.activity.count({ where: { planId: plan.id } });
    const w = await getWhatIf(viewer, plan.id, { narrow: true, targetDate: "2026-01-15" });
    expect(w.current.finish).toEqual(before.roadmap.finish);
    expect(w.result.finish.p50).toBe(w.result.finish.p85);
    expect(w.result.targetDate).toBe("2026-01-15");
    const after = await getRoadmap(owner, plan.id);
    expect(after.version).toBe(before.version);
    expect(await db.activity.count({ where: { planId: plan.id } })).toBe(activity);
  });
});
