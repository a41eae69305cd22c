import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";
import { getBurndown, getPlan, importPlan, updateTask } from "@/lib/server/plans";
import { updateWorkspaceSettings } from "@/lib/server/workspaces/settings";
import { newMember, newOwner, readFixture } from "@/lib/server/testing/helpers";
import { getRoadmap, updateRoadmapSettings } from "./index";

afterAll(async () => {
  await db.$disconnect();
});

const code = (e: unknown) => (e instanceof AppError ? e.code : e);
const NOW = new Date("2026-12-01T12:00:00Z");

async function imported(actor: Actor, name = "app-v2-readiness-plan.md") {
  return importPlan(actor, { input: readFixture(name), fileName: name });
}

describe("roadmap", () => {
  it("schedules the plan's phases in order, with its dated windows and target from the meta", async () => {
    const owner = await newOwner();
    const plan = await imported(owner);
    const view = await getRoadmap(owner, plan.id, NOW);
    expect(view.roadmap.phases.map((p) => p.title)).toEqual(plan.phases.map((p) => p.title));
    const phase1 = view.roadmap.phases.find((p) => p.title.startsWith("PHASE 1:"))!;
    // Date: 2025-12-25 is the start; Week 1 is its first week; Target Deployment: Q1 2026.
    expect(phase1.window).toEqual({ from: "2025-12-25", to: "2025-12-31" });
    expect(view.settings.targetDate).toBe("2026-03-31");
    expect(view.settings.hoursPerWeek).toBe(30);
    expect(view.baseline).toBeNull();
  });

  it("lets editors change the settings, which moves the forecast; viewers get 403 and nothing changes", async () => {
    const owner = await newOwner();
    const viewer = await newMember(owner, "viewer");
    const plan = await imported(owner);
    const before = await getRoadmap(owner, plan.id, NOW);
    await expect(updateRoadmapSettings(viewer, plan.id, { hoursPerWeek: 10 })).rejects.toSatisfy(
      (e) => code(e) === "forbidden",
    );
    expect((await getRoadmap(viewer, plan.id, NOW)).version).toBe(before.version);
    await updateRoadmapSettings(owner, plan.id, { hoursPerWeek: 10, unnamedPeople: 1, targetDate: "2027-06-30" });
    const after = await getRoadmap(viewer, plan.id, NOW);
    expect(after.version).toBe(before.version + 1);
    expect(after.settings.targetDate).toBe("2027-06-30");
    expect(after.roadmap.finish.p50 > before.roadmap.finish.p50).toBe(true);
    const log = await db.activity.findMany({ where: { planId: plan.id, action: "roadmap.updated" } });
    expect(log).toHaveLength(1);
  });

  it("rebuilds last week's plan from the activity log for the baseline", async () => {
    const owner = await newOwner();
    const plan = await imported(owner, "leadscout-backlog.md");
    const lastMonth = new Date(NOW.getTime() - 30 * 86_400_000);
    await db.plan.update({ where: { id: plan.id }, data: { createdAt: lastMonth } });
    await db.task.updateMany({ where: { planId: plan.id }, data: { createdAt: lastMonth } });
    const task = plan.phases[0]!.tasks[0]!;
    await updateTask(owner, plan.id, task.id, { status: "done", version: task.version });
    const view = await getRoadmap(owner, plan.id, new Date());
    expect(view.baseline).not.toBeNull();
    expect(view.roadmap.tasks.find((t) => t.id === task.id)!.status).toBe("done");
    expect(view.baseline!.tasks.find((t) => t.id === task.id)!.status).toBe(task.status);
    expect((await getPlan(owner, plan.id)).phases[0]!.tasks[0]!.status).toBe("done");
  });

  it("counts its days in the workspace's time zone: today, and the burn-down's days", async () => {
    const owner = await newOwner();
    const plan = await imported(owner);
    // 23:30 UTC on 1 December is already 2 December in Berlin.
    const lateEvening = new Date("2026-12-01T23:30:00Z");
    expect((await getRoadmap(owner, plan.id, lateEvening)).roadmap.today).toBe("2026-12-01");
    expect((await getBurndown(owner, plan.id, lateEvening)).points.at(-1)!.date).toBe("2026-12-01");
    await updateWorkspaceSettings(owner, { timeZone: "Europe/Berlin" });
    const berlin = await getRoadmap(owner, plan.id, lateEvening);
    expect(berlin.roadmap.today).toBe("2026-12-02");
    const burndown = await getBurndown(owner, plan.id, lateEvening);
    expect(burndown.points.at(-1)!.date).toBe("2026-12-02");
    if (burndown.forecast) expect(burndown.forecast.today).toBe("2026-12-02");
    // The zone is part of what a cached roadmap was computed with: back in UTC, the UTC day again.
    await updateWorkspaceSettings(owner, { timeZone: "UTC" });
    expect((await getRoadmap(owner, plan.id, lateEvening)).roadmap.today).toBe("2026-12-01");
  });

  it("is 404 for another workspace's plan", async () => {
    const owner = await newOwner();
    const stranger = await newOwner("stranger");
    const plan = await imported(owner, "leadscout-backlog.md");
    await expect(getRoadmap(stranger, plan.id, NOW)).rejects.toSatisfy((e) => code(e) === "not_found");
    await expect(updateRoadmapSettings(stranger, plan.id, { hoursPerWeek: 5 })).rejects.toSatisfy(
      (e) => code(e) === "not_found",
    );
  });
});
