import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import type { ApiPlan } from "@/lib/plan/contract";
import { allItems } from "@/lib/plan/items";
import { workspaceWeeklyMarkdown } from "@/lib/plan/weekly/workspace-markdown";
import { importPlan, setItemDone } from "@/lib/server/plans";
import { newMember, newOwner, readFixture, errorCode, rawClientForFile } from "@/lib/server/testing/helpers";
import { getWeeklySummary, getWorkspaceWeekly, setStatusOverride } from "./index";

const NOW = new Date("2026-12-09T12:00:00Z");
const code = errorCode;

const raw = rawClientForFile();

describe("the workspace's weekly summary", () => {
  it("folds every plan's own weekly summary: statuses counted, overrides shown, worst first; markdown the same", async () => {
    const owner = await newOwner("Wes");
    const names = ["app-v2-readiness-plan.md", "dsa110-roadmap.md", "leadscout-backlog.md"];
    const plans: ApiPlan[] = [];
    for (const name of names) {
      const plan = await importPlan(owner, { input: readFixture(name), fileName: name });
      await raw().query(`UPDATE plans SET created_at = '2026-11-10T09:00:00Z' WHERE id = $1`, [plan.id]);
      plans.push(plan);
    }
    // A tick in W49 for the first plan; a plan imported after W49 ended is not part of it.
    const item = allItems(plans[0]!).find((i) => !i.done)!;
    await setItemDone(owner, plans[0]!.id, item.id, true);
    await raw().query(
      `UPDATE activity SET created_at = '2026-12-02T10:00:00Z' WHERE plan_id = $1 AND action = 'item.checked'`,
      [plans[0]!.id],
    );
    const late = await importPlan(owner, { input: readFixture(names[0]!), fileName: "late.md" });
    await raw().query(`UPDATE plans SET created_at = '2026-12-08T09:00:00Z' WHERE id = $1`, [late.id]);
    await setStatusOverride(
      owner,
      plans[1]!.id,
      "2026-W49",
      { status: "off_track", reason: "Two engineers are out." },
      NOW,
    );
    // Another workspace's plan stays out.
    const other = await newOwner("other");
    await importPlan(other, { input: readFixture(names[0]!), fileName: names[0]! });

    const w = await getWorkspaceWeekly(owner, "2026-W49", NOW);
    expect(w.week).toEqual({ label: "2026-W49", firstDay: "2026-11-30", lastDay: "2026-12-06", timeZone: "UTC" });
    expect([w.previous, w.next, w.nextStarted]).toEqual(["2026-W48", "2026-W50", true]);
    expect(w.plans.map((p) => p.planId).sort()).toEqual(plans.map((p) => p.id).sort());
    for (const p of w.plans) {
      const own = await getWeeklySummary(owner, p.planId, "2026-W49", NOW);
      expect(p).toMatchObject({
        title: own.title,
        status: own.status,
        computed: own.computed,
        override: own.override,
        targetDate: own.targetDate,
        forecast: own.forecast,
      });
      expect(p.done).toEqual({
        tasks: own.done.tasks.length,
        items: own.done.items.length,
        hours: own.done.hoursBurned,
      });
      expect(p.decisions.due.length).toBe(own.decisions.due.length);
      expect(p.blocked.total).toBe(own.blocked.length);
      expect(p.blocked.items.length).toBe(Math.min(3, own.blocked.length));
      expect(p.slipped.total).toBe(own.slipped.length);
    }
    expect(w.plans.find((p) => p.planId === plans[0]!.id)!.done.items).toBe(1);
    expect(w.plans.find((p) => p.planId === plans[1]!.id)).toMatchObject({
      status: "off_track",
      override: { reason: "Two engineers are out.", by: "Wes" },
    });
    const counts = { on_track: 0, at_risk: 0, off_track: 0 };
    for (const p of w.plans) counts[p.status] += 1;
    expect(w.counts).toEqual(counts);
    const rank = { off_track: 0, at_risk: 1, on_track: 2 };
    expect(w.plans.map((p) => rank[p.status])).toEqual(w.plans.map((p) => rank[p.status]).sort());

    const md = workspaceWeeklyMarkdown(w);
    expect(md).toContain(`# Week 2026-W49 (2026-11-30 to 2026-12-06, UTC)`);
    expect(md).toContain(
      `**3 plans: ${counts.off_track} off track, ${counts.at_risk} at risk, ${counts.on_track} on track**`,
    );
    expect(md).toContain("(set by Wes, ");
    expect(md).toContain("Two engineers are out.");
    expect(md.match(/^## /gm)).toHaveLength(3);

    // The week before the late plan existed, and a viewer reads the same.
    const viewer = await newMember(owner, "viewer");
    expect((await getWorkspaceWeekly(viewer, "2026-W49", NOW)).counts).toEqual(counts);
    expect((await getWorkspaceWeekly(owner, "2026-W50", NOW)).plans.map((p) => p.planId)).toContain(late.id);
  });

  it("refuses a malformed or future week, and is empty for a workspace without plans", async () => {
    const owner = await newOwner("empty");
    await expect(getWorkspaceWeekly(owner, "2026-W99", NOW)).rejects.toSatisfy((e) => code(e) === "bad_request");
    await expect(getWorkspaceWeekly(owner, "2027-W10", NOW)).rejects.toSatisfy((e) => code(e) === "bad_request");
    const w = await getWorkspaceWeekly(owner, null, NOW);
    expect(w).toMatchObject({
      week: { label: "2026-W49" },
      counts: { on_track: 0, at_risk: 0, off_track: 0 },
      plans: [],
    });
    expect(workspaceWeeklyMarkdown(w)).toContain("No plans yet.");
  });
});
