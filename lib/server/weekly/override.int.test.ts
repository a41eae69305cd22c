import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import type { ApiPlan } from "@/lib/plan/contract";
import { allItems } from "@/lib/plan/items";
import { weeklyMarkdown } from "@/lib/plan/weekly/markdown";
import type { Actor } from "@/lib/server/actor";
import { importPlan, setItemDone } from "@/lib/server/plans";
import { newMember, newOwner, readFixture, errorCode, rawClientForFile } from "@/lib/server/testing/helpers";
import { updateWorkspaceSettings } from "@/lib/server/workspaces/settings";
import { StatusOverrideSchema } from "@/lib/validations/weekly";
import { UpdateWorkspaceSchema } from "@/lib/validations/workspace";
import { clearStatusOverride, getWeeklySummary, setStatusOverride } from "./index";

const NAME = "app-v2-readiness-plan.md";
const NOW = new Date("2026-12-09T12:00:00Z");
const code = errorCode;

const raw = rawClientForFile();

async function planOf(owner: Actor): Promise<ApiPlan> {
  const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
  await raw().query(`UPDATE plans SET created_at = '2026-11-10T09:00:00Z' WHERE id = $1`, [plan.id]);
  return plan;
}

const logged = async (planId: string) =>
  (
    await raw().query(
      `SELECT action, entity_id, before, after, actor_id FROM activity WHERE plan_id = $1 AND action LIKE 'weekly.%' ORDER BY created_at, id`,
      [planId],
    )
  ).rows;

describe("an owner's status override of a week", () => {
  let owner: Actor;
  let plan: ApiPlan;
  beforeAll(async () => {
    owner = await newOwner("Ana");
    plan = await planOf(owner);
  });

  it("shows the owner's status and reason beside the computed status, in JSON and markdown, and logs before → after", async () => {
    const plain = await getWeeklySummary(owner, plan.id, "2026-W49", NOW);
    expect(plain.override).toBeNull();
    expect(plain.status).toBe(plain.computed.status);
    const other = plain.computed.status === "off_track" ? "on_track" : "off_track";
    const input = StatusOverrideSchema.parse({
      status: other,
      reason: "  The vendor confirmed the   API date;\tthe forecast has not caught up. ",
    });
    expect(input.reason).toBe("The vendor confirmed the API date; the forecast has not caught up.");
    const s = await setStatusOverride(owner, plan.id, "2026-W49", input, NOW);
    expect(s.status).toBe(other);
    expect(s.computed).toEqual(plain.computed);
    expect(s.override).toMatchObject({ status: other, reason: input.reason, by: "Ana" });
    const md = weeklyMarkdown(s);
    const title = { on_track: "On track", at_risk: "At risk", off_track: "Off track" };
    expect(md).toContain(`**Status: ${title[other]}** (set by Ana, ${s.override!.at.slice(0, 10)}: ${input.reason})`);
    expect(md).toContain(`Computed: ${title[plain.computed.status]}, because:`);
    expect(md).toContain(`- ${plain.computed.reasons[0]!.replace(/([\\`*_[\]<>#|])/g, "\\$1")}`);
    // Only that week: the week before is as computed.
    expect((await getWeeklySummary(owner, plan.id, "2026-W48", NOW)).override).toBeNull();
    const rows = await logged(plan.id);
    expect(rows).toEqual([
      {
        action: "weekly.status_overridden",
        entity_id: "2026-W49",
        actor_id: owner.userId,
        before: { week: "2026-W49", status: plain.computed.status, reason: null, computed: plain.computed.status },
        after: { week: "2026-W49", status: other, reason: input.reason, computed: plain.computed.status },
      },
    ]);
  });

  it("replaces an earlier override of the week, then clears it back to the computed status", async () => {
    const again = await setStatusOverride(
      owner,
      plan.id,
      "2026-W49",
      { status: "at_risk", reason: "Second thoughts." },
      NOW,
    );
    expect(again.override).toMatchObject({ status: "at_risk", reason: "Second thoughts." });
    expect(
      (await raw().query(`SELECT count(*)::int AS n FROM weekly_status_overrides WHERE plan_id = $1`, [plan.id]))
        .rows[0].n,
    ).toBe(1);
    const cleared = await clearStatusOverride(owner, plan.id, "2026-W49", NOW);
    expect(cleared.override).toBeNull();
    expect(cleared.status).toBe(cleared.computed.status);
    const rows = await logged(plan.id);
    expect(rows.map((r) => r.action)).toEqual([
      "weekly.status_overridden",
      "weekly.status_overridden",
      "weekly.status_override_cleared",
    ]);
    expect(rows[1].before).toMatchObject({ reason: expect.stringContaining("vendor") });
    expect(rows[2]).toMatchObject({
      before: { status: "at_risk", reason: "Second thoughts." },
      after: { status: cleared.computed.status, reason: null },
    });
    await expect(clearStatusOverride(owner, plan.id, "2026-W49", NOW)).rejects.toSatisfy(
      (e) => code(e) === "not_found",
    );
  });

  it("is for owners only, of weeks that have begun, of plans in their workspace; nothing changes when refused", async () => {
    const editor = await newMember(owner, "editor");
    const viewer = await newMember(owner, "viewer");
    const input = { status: "off_track" as const, reason: "No." };
    for (const who of [editor, viewer])
      await expect(setStatusOverride(who, plan.id, "2026-W49", input, NOW)).rejects.toSatisfy(
        (e) => code(e) === "forbidden",
      );
    await expect(clearStatusOverride(editor, plan.id, "2026-W49", NOW)).rejects.toSatisfy(
      (e) => code(e) === "forbidden",
    );
    await expect(setStatusOverride(owner, plan.id, "2026-W52", input, NOW)).rejects.toSatisfy(
      (e) => code(e) === "bad_request",
    );
    await expect(setStatusOverride(owner, plan.id, "2026-W99", input, NOW)).rejects.toSatisfy(
      (e) => code(e) === "bad_request",
    );
    await expect(setStatusOverride(owner, plan.id, "", input, NOW)).rejects.toSatisfy((e) => code(e) === "bad_request");
    const stranger = await newOwner("stranger");
    await expect(setStatusOverride(stranger, plan.id, "2026-W49", input, NOW)).rejects.toSatisfy(
      (e) => code(e) === "not_found",
    );
    expect(
      (await raw().query(`SELECT count(*)::int AS n FROM weekly_status_overrides WHERE plan_id = $1`, [plan.id]))
        .rows[0].n,
    ).toBe(0);
    expect((await logged(plan.id)).length).toBe(3);
    // Editors and viewers read the override once an owner set it.
    await setStatusOverride(owner, plan.id, "2026-W49", input, NOW);
    expect((await getWeeklySummary(viewer, plan.id, "2026-W49", NOW)).override).toMatchObject({
      status: "off_track",
      reason: "No.",
    });
  });
});

describe("weeks in the workspace's time zone", () => {
  it("puts a change at the same instant in different weeks for Auckland, UTC and Los Angeles", async () => {
    const owner = await newOwner("Zed");
    const plan = await planOf(owner);
    const [early, late] = allItems(plan).filter((i) => !i.done);
    // Sunday 29 Nov 12:00 UTC: Monday 30 Nov 01:00 in Auckland (W49), still W48 in UTC and Los Angeles.
    await setItemDone(owner, plan.id, early!.id, true);
    await raw().query(
      `UPDATE activity SET created_at = '2026-11-29T12:00:00Z' WHERE plan_id = $1 AND action = 'item.checked' AND entity_id = $2`,
      [plan.id, early!.id],
    );
    // Monday 30 Nov 05:00 UTC: W49 in UTC and Auckland, Sunday 29 Nov 21:00 (W48) in Los Angeles.
    await setItemDone(owner, plan.id, late!.id, true);
    await raw().query(
      `UPDATE activity SET created_at = '2026-11-30T05:00:00Z' WHERE plan_id = $1 AND action = 'item.checked' AND entity_id = $2`,
      [plan.id, late!.id],
    );
    const done = async (week: string) =>
      (await getWeeklySummary(owner, plan.id, week, NOW)).done.items.map((i) => i.id);

    expect([await done("2026-W48"), await done("2026-W49")]).toEqual([[early!.id], [late!.id]]);
    await updateWorkspaceSettings(owner, UpdateWorkspaceSchema.parse({ timeZone: "Pacific/Auckland" }));
    expect([await done("2026-W48"), await done("2026-W49")]).toEqual([[], [early!.id, late!.id]]);
    const akl = await getWeeklySummary(owner, plan.id, "2026-W49", NOW);
    expect(akl.week).toEqual({
      label: "2026-W49",
      firstDay: "2026-11-30",
      lastDay: "2026-12-06",
      timeZone: "Pacific/Auckland",
    });
    await updateWorkspaceSettings(owner, UpdateWorkspaceSchema.parse({ timeZone: "america/los_angeles" }));
    expect([await done("2026-W48"), await done("2026-W49")]).toEqual([[early!.id, late!.id], []]);
    // The default week follows the zone too: Monday 7 Dec 03:00 UTC is still Sunday in Los Angeles.
    expect((await getWeeklySummary(owner, plan.id, null, new Date("2026-12-07T03:00:00Z"))).week.label).toBe(
      "2026-W48",
    );

    const log = (
      await raw().query(
        `SELECT before, after FROM activity WHERE workspace_id = $1 AND action = 'workspace.updated' ORDER BY created_at, id`,
        [owner.workspaceId],
      )
    ).rows;
    expect(log).toEqual([
      { before: { timeZone: "UTC" }, after: { timeZone: "Pacific/Auckland" } },
      { before: { timeZone: "Pacific/Auckland" }, after: { timeZone: "America/Los_Angeles" } },
    ]);
  });

  it("is set by owners only, to a real IANA zone", async () => {
    const owner = await newOwner("Tz");
    const editor = await newMember(owner, "editor");
    await expect(updateWorkspaceSettings(editor, { timeZone: "Europe/Berlin" })).rejects.toSatisfy(
      (e) => code(e) === "forbidden",
    );
    for (const bad of [
      { timeZone: "Mars/Olympus" },
      { timeZone: "" },
      { timeZone: "+05:00" },
      {},
      { timeZone: "UTC", name: "x" },
    ])
      expect(UpdateWorkspaceSchema.safeParse(bad).success).toBe(false);
    expect(
      (await raw().query(`SELECT time_zone FROM workspaces WHERE id = $1`, [owner.workspaceId])).rows[0].time_zone,
    ).toBe("UTC");
  });
});
