import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { unpackRoadmap } from "@/lib/plan/schedule/compact";
import { importPlan } from "@/lib/server/plans";
import { newOwner, readFixture } from "@/lib/server/testing/helpers";
import { forgetCachedRoadmaps } from "./cache";
import { getRoadmap, getRoadmapBody, updateRoadmapSettings } from "./index";

afterAll(async () => {
  await db.$disconnect();
});

const NOW = new Date("2026-12-01T12:00:00Z");

async function setUp() {
  const owner = await newOwner();
  const plan = await importPlan(owner, {
    input: readFixture("app-v2-readiness-plan.md"),
    fileName: "app-v2-readiness-plan.md",
  });
  return { owner, plan };
}

describe("roadmap cache", () => {
  it("computes a version once for concurrent requests and stores it for the other instances", async () => {
    const { owner, plan } = await setUp();
    const [a, b, c] = await Promise.all([
      getRoadmapBody(owner, plan.id, NOW),
      getRoadmapBody(owner, plan.id, NOW),
      getRoadmapBody(owner, plan.id, NOW),
    ]);
    // One computation: the very same bytes, not three equal copies.
    expect(b.json).toBe(a.json);
    expect(c.json).toBe(a.json);
    const rows = await db.roadmapCache.findMany({ where: { planId: plan.id } });
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0]!.body).equals(a.json)).toBe(true);
    expect(a.etag).toContain(rows[0]!.key);

    // Another instance (an empty LRU) serves the stored row instead of computing: what it sends is the row's bytes.
    forgetCachedRoadmaps();
    const marked = JSON.stringify({ ...JSON.parse(a.json.toString()), title: "from the database" });
    await db.roadmapCache.update({
      where: { planId_key: { planId: plan.id, key: rows[0]!.key } },
      data: { body: Buffer.from(marked) },
    });
    const other = await getRoadmapBody(owner, plan.id, NOW);
    expect(other.etag).toBe(a.etag);
    expect(JSON.parse(other.json.toString()).title).toBe("from the database");
    expect((await getRoadmap(owner, plan.id, NOW)).title).toBe("from the database");
  });

  it("sends the packed roadmap that unpacks to the page's view; a new version replaces the stored one", async () => {
    const { owner, plan } = await setUp();
    const first = await getRoadmapBody(owner, plan.id, NOW);
    const body = JSON.parse(first.json.toString());
    const view = await getRoadmap(owner, plan.id, NOW);
    expect(body.format).toBe("flightplan.roadmap/v2");
    expect(Array.isArray(body.roadmap.tasks.id)).toBe(true);
    expect(unpackRoadmap(body.roadmap)).toEqual(view.roadmap);
    expect(view.roadmap.tasks).toHaveLength(plan.phases.flatMap((p) => p.tasks).length);

    await updateRoadmapSettings(owner, plan.id, { hoursPerWeek: 12 });
    const second = await getRoadmapBody(owner, plan.id, NOW);
    expect(second.etag).not.toBe(first.etag);
    expect(JSON.parse(second.json.toString()).settings.hoursPerWeek).toBe(12);
    const rows = await db.roadmapCache.findMany({ where: { planId: plan.id }, select: { version: true } });
    expect(rows.map((r) => r.version)).toEqual([view.version + 1]);

    // Another day is another entry of the same version.
    const tomorrow = await getRoadmapBody(owner, plan.id, new Date(NOW.getTime() + 86_400_000));
    expect(tomorrow.etag).not.toBe(second.etag);
    expect(await db.roadmapCache.count({ where: { planId: plan.id } })).toBe(2);
  });
});
