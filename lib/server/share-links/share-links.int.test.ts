import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import { weekOf, shiftWeek } from "@/lib/plan/weekly/week";
import type { ShareActor } from "@/lib/server/actor";
import { getPlan, importPlan } from "@/lib/server/plans";
import { getRoadmap } from "@/lib/server/roadmap";
import { newMember, newOwner, readFixture, errorCode, rawClientForFile } from "@/lib/server/testing/helpers";
import { clearStatusOverride, getWeeklySummary, setStatusOverride } from "@/lib/server/weekly";
import { updateWorkspaceSettings } from "@/lib/server/workspaces/settings";
import {
  FEED_WEEKS,
  createShareLink,
  getShareFeedWeeks,
  listShareLinks,
  resolveShareLink,
  revokeShareLink,
} from "./index";

const NAME = "app-v2-readiness-plan.md";
const code = errorCode;
const failure = (p: Promise<unknown>) => p.then(() => "resolved", code);

const raw = rawClientForFile();

async function ownerWithPlans() {
  const owner = await newOwner("Sharon");
  const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
  const other = await importPlan(owner, { input: readFixture("dsa110-roadmap.md"), fileName: "dsa110-roadmap.md" });
  return { owner, plan, other };
}

describe("share links", () => {
  it("returns the token once, stores only its SHA-256, and lists without it", async () => {
    const { owner, plan } = await ownerWithPlans();
    const created = await createShareLink(owner, plan.id, { label: "  Steering  " });
    expect(created.token).toMatch(/^fps_[A-Za-z0-9_-]{43}$/);
    expect(created.label).toBe("Steering");
    expect(created.expiresAt).toBeNull();
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(row).toMatchObject({
      planId: plan.id,
      workspaceId: owner.workspaceId,
      createdById: owner.userId,
      revokedAt: null,
    });
    const { rows } = await raw().query(`SELECT * FROM share_links WHERE id = $1`, [created.id]);
    expect(JSON.stringify(rows)).not.toContain(created.token.slice(4));
    const listed = await listShareLinks(owner, plan.id);
    expect(listed.map((l) => l.id)).toEqual([created.id]);
    expect(listed[0]).toMatchObject({ label: "Steering", createdBy: "Sharon", lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.token.slice(4));
    const logged = await db.activity.findMany({ where: { planId: plan.id, action: "share_link.created" } });
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged)).not.toContain(created.token.slice(4));
  });

  it("resolves to a read-only actor of its one plan, and records use", async () => {
    const { owner, plan, other } = await ownerWithPlans();
    const { id, token } = await createShareLink(owner, plan.id, { label: "Board" });
    const actor = (await resolveShareLink(token))!;
    expect(actor).toEqual({ role: "share_link", workspaceId: owner.workspaceId, planId: plan.id, shareLinkId: id });
    expect((await db.shareLink.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    const summary = await getWeeklySummary(actor, plan.id, null);
    expect(summary.planId).toBe(plan.id);
    expect((await getRoadmap(actor, plan.id)).planId).toBe(plan.id);
    // The other plan of the same workspace does not exist for the link; nor does the plan itself as plan.read.
    expect(await failure(getWeeklySummary(actor, other.id, null))).toBe("not_found");
    expect(await failure(getRoadmap(actor, other.id))).toBe("not_found");
    expect(await failure(getPlan(actor, plan.id))).toBe("forbidden");
    expect(await failure(getPlan(actor, other.id, "weekly.read"))).toBe("not_found");
  });

  it("answers null for unknown, malformed, revoked and expired tokens", async () => {
    const { owner, plan } = await ownerWithPlans();
    expect(await resolveShareLink("fps_" + "a".repeat(43))).toBeNull();
    expect(await resolveShareLink("not-a-token")).toBeNull();
    expect(await resolveShareLink("")).toBeNull();

    const now = new Date();
    const expiring = await createShareLink(
      owner,
      plan.id,
      { label: "Until Friday", expiresAt: new Date(now.getTime() + 3_600_000).toISOString() },
      now,
    );
    expect(await resolveShareLink(expiring.token, now)).not.toBeNull();
    expect(await resolveShareLink(expiring.token, new Date(now.getTime() + 3_600_000))).toBeNull();

    // A date means through that day, UTC.
    const byDate = await createShareLink(owner, plan.id, { label: "Through a day", expiresAt: "2099-03-31" }, now);
    expect(byDate.expiresAt).toBe("2099-04-01T00:00:00.000Z");
    expect(await resolveShareLink(byDate.token, new Date("2099-03-31T23:59:59Z"))).not.toBeNull();
    expect(await resolveShareLink(byDate.token, new Date("2099-04-01T00:00:00Z"))).toBeNull();

    const revoked = await createShareLink(owner, plan.id, { label: "Gone" });
    expect(await resolveShareLink(revoked.token)).not.toBeNull();
    const info = await revokeShareLink(owner, plan.id, revoked.id);
    expect(info.revokedAt).not.toBeNull();
    expect(await resolveShareLink(revoked.token)).toBeNull();
    expect((await revokeShareLink(owner, plan.id, revoked.id)).revokedAt).toBe(info.revokedAt);
    expect(await db.activity.count({ where: { planId: plan.id, action: "share_link.revoked" } })).toBe(1);
  });

  it("refuses an expiry in the past and an empty label", async () => {
    const { owner, plan } = await ownerWithPlans();
    expect(await failure(createShareLink(owner, plan.id, { label: "Old", expiresAt: "2020-01-01" }))).toBe(
      "bad_request",
    );
    expect(await failure(createShareLink(owner, plan.id, { label: "   " }))).toBe("bad_request");
    expect(await db.shareLink.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("lets only owners manage links, and only of their own workspace's plans", async () => {
    const { owner, plan, other } = await ownerWithPlans();
    const link = await createShareLink(owner, plan.id, { label: "Mine" });
    for (const role of ["editor", "viewer"] as const) {
      const member = await newMember(owner, role);
      expect(await failure(createShareLink(member, plan.id, { label: "Nope" }))).toBe("forbidden");
      expect(await failure(listShareLinks(member, plan.id))).toBe("forbidden");
      expect(await failure(revokeShareLink(member, plan.id, link.id))).toBe("forbidden");
    }
    // A link id under another plan's address is no such link.
    expect(await failure(revokeShareLink(owner, other.id, link.id))).toBe("not_found");
    const stranger = await newOwner("Stranger");
    expect(await failure(createShareLink(stranger, plan.id, { label: "Theirs" }))).toBe("not_found");
    expect(await failure(listShareLinks(stranger, plan.id))).toBe("not_found");
    expect(await failure(revokeShareLink(stranger, plan.id, link.id))).toBe("not_found");
    expect(await resolveShareLink(link.token)).not.toBeNull();
    expect(await db.shareLink.count({ where: { planId: plan.id } })).toBe(1);
  });

  it("feeds the running week and the complete weeks since the plan existed, at most FEED_WEEKS", async () => {
    const { owner, plan } = await ownerWithPlans();
    const { token } = await createShareLink(owner, plan.id, { label: "Feed" });
    const actor = (await resolveShareLink(token)) as ShareActor;
    const now = new Date();
    const running = weekOf(now, "UTC");
    const fresh = await getShareFeedWeeks(actor, now);
    expect(fresh.running).toBe(running.label);
    expect(fresh.summaries.map((s) => s.week.label)).toEqual([running.label]);

    // Three weeks older: the running week and the three complete weeks since.
    await raw().query(`UPDATE plans SET created_at = $1, version = version + 1 WHERE id = $2`, [
      new Date(shiftWeek(running, -3).start.getTime() + 3_600_000),
      plan.id,
    ]);
    const older = await getShareFeedWeeks(actor, now);
    expect(older.summaries.map((s) => s.week.label)).toEqual([0, -1, -2, -3].map((n) => shiftWeek(running, n).label));

    // An owner's override does not bump the plan's version; the feed shows it at once all the same.
    const last = shiftWeek(running, -1).label;
    expect(older.summaries[1]!.override).toBeNull();
    await setStatusOverride(owner, plan.id, last, { status: "off_track", reason: "Vendor slipped" });
    const overridden = await getShareFeedWeeks(actor, now);
    expect(overridden.summaries[1]!.override).toMatchObject({ status: "off_track", reason: "Vendor slipped" });
    expect(overridden.summaries[1]!.status).toBe("off_track");
    await clearStatusOverride(owner, plan.id, last);
    expect((await getShareFeedWeeks(actor, now)).summaries[1]!.override).toBeNull();

    await raw().query(`UPDATE plans SET created_at = '2020-01-01', version = version + 1 WHERE id = $1`, [plan.id]);
    const capped = await getShareFeedWeeks(actor, now);
    expect(capped.summaries).toHaveLength(FEED_WEEKS + 1);
    expect(capped.summaries.every((s) => s.planId === plan.id)).toBe(true);
  });

  it("feeds the weeks of the workspace's time zone, and an owner's override as soon as it is set", async () => {
    const { owner, plan } = await ownerWithPlans();
    const { token } = await createShareLink(owner, plan.id, { label: "Zone" });
    const actor = (await resolveShareLink(token)) as ShareActor;
    // Monday 01:00 UTC is still Sunday evening in Los Angeles: its running week is the UTC week before.
    const now = new Date("2026-12-07T01:00:00Z");
    await raw().query(`UPDATE plans SET created_at = '2026-11-10T09:00:00Z', version = version + 1 WHERE id = $1`, [
      plan.id,
    ]);
    await updateWorkspaceSettings(owner, { timeZone: "America/Los_Angeles" });
    const feed = await getShareFeedWeeks(actor, now);
    expect(feed.running).toBe("2026-W49");
    expect(feed.summaries[0]!).toMatchObject({
      week: { label: "2026-W49", timeZone: "America/Los_Angeles" },
      override: null,
    });
    await setStatusOverride(
      owner,
      plan.id,
      "2026-W49",
      { status: "off_track", reason: "Feed readers should see this." },
      now,
    );
    const again = await getShareFeedWeeks(actor, now);
    expect(again.summaries[0]!.override).toMatchObject({
      status: "off_track",
      reason: "Feed readers should see this.",
    });
  });
});
