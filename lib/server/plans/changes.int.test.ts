import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import { decideDecision } from "@/lib/server/decisions";
import { recordMeasurement, recordMeasurements } from "@/lib/server/metrics";
import {
  exportPlan,
  getPlan,
  getPlanChanges,
  getTaskDetail,
  getTaskIndex,
  importPlan,
  PLAN_CHANNEL,
  setItemDone,
} from "@/lib/server/plans";
import { newMember, newOwner, rawClient, readFixture } from "@/lib/server/testing/helpers";

afterAll(async () => {
  await db.$disconnect();
});

const code = (e: unknown) => (e instanceof AppError ? e.code : e);
const NAME = "app-v2-readiness-plan.md";

describe("live changes", () => {
  it("a tick, a decision and a measurement each notify their version and come back as changes", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const listener = await rawClient();
    const heard: { planId: string; version: number }[] = [];
    listener.on("notification", (m) => heard.push(JSON.parse(m.payload!)));
    await listener.query(`LISTEN ${PLAN_CHANNEL}`);
    try {
      const item =
        plan.phases.flatMap((p) => p.tasks.flatMap((t) => [...t.checklist, ...t.criteria]))[0] ?? plan.criteria[0]!;
      const tick = await setItemDone(owner, plan.id, item.id, true);
      const decision = plan.decisions.find((d) => d.title === "Logging Backend")!;
      const decided = await decideDecision(owner, plan.id, decision.id, {
        optionId: decision.options[2]!.id,
        rationale: "runs on the Pi",
        version: decision.version,
      });
      const metric = plan.metrics[0]!;
      const measured = await recordMeasurement(owner, plan.id, metric.id, { value: 96, note: "CI" });
      expect([tick.planVersion, decided.planVersion, measured.planVersion]).toEqual([
        plan.version + 1,
        plan.version + 2,
        plan.version + 3,
      ]);
      await expect
        .poll(() => heard.filter((h) => h.planId === plan.id).map((h) => h.version))
        .toEqual([plan.version + 1, plan.version + 2, plan.version + 3]);

      const changes = await getPlanChanges(owner, plan.id, plan.version);
      expect(changes.reset).toBe(false);
      expect(changes.version).toBe(plan.version + 3);
      expect(changes.items.map((i) => [i.id, i.done])).toEqual([[item.id, true]]);
      expect(changes.decisions[0]).toMatchObject({
        id: decision.id,
        status: "decided",
        rationale: "runs on the Pi",
        decidedById: owner.userId,
        decidedByName: "owner",
      });
      expect(changes.metrics[0]!.measurements.map((m) => m.value)).toEqual([96]);
      expect((await getPlanChanges(owner, plan.id, plan.version + 2)).items).toEqual([]);
      expect(JSON.stringify(await getPlanChanges(owner, plan.id, plan.version + 2)).length).toBeLessThan(2048);

      const md = (await exportPlan(owner, plan.id, "md")).body;
      expect(md).toContain("- **Loki** (cloud-native, 6h) (chosen) ← **RECOMMENDED for RPi**");
      const view = await getPlan(owner, plan.id);
      expect(view.decisions.find((d) => d.id === decision.id)!.options.map((o) => o.chosen)).toEqual([
        false,
        false,
        true,
      ]);
    } finally {
      await listener.end();
    }
  });

  it("a tick's changes carry its task's checkbox counts now, and the task views of the page read the same plan", async () => {
    const owner = await newOwner();
    const plan = await getPlan(
      owner,
      (await importPlan(owner, { input: readFixture("dsa110-roadmap.md"), fileName: "dsa110-roadmap.md" })).id,
    );
    const boxes = (t: (typeof plan.phases)[number]["tasks"][number]) => [...t.checklist, ...t.criteria];
    const task = plan.phases.flatMap((p) => p.tasks).find((t) => boxes(t).some((i) => !i.done))!;
    const open = boxes(task).filter((i) => !i.done);
    const total = task.checklist.length + task.criteria.length;
    const done = [...task.checklist, ...task.criteria].filter((i) => i.done).length;
    // Ticked, unticked, ticked: the counts are the state now, not a sum of the steps.
    for (const done of [true, false, true]) await setItemDone(owner, plan.id, open[0]!.id, done);
    const changes = await getPlanChanges(owner, plan.id, plan.version);
    expect(changes.checks).toEqual({ [task.id]: { done: done + 1, total } });
    const index = await getTaskIndex(owner, plan.id);
    expect([index.version, index.tasks.find((t) => t.id === task.id)!.checks]).toEqual([
      plan.version + 3,
      { done: done + 1, total },
    ]);
    const detail = await getTaskDetail(owner, plan.id, task.id);
    expect(boxes(detail.task).find((i) => i.id === open[0]!.id)!.done).toBe(true);
    expect(code(await getTaskDetail(owner, plan.id, "no-such-task").catch((e: unknown) => e))).toBe("not_found");
  });

  it("a stale decision version is a conflict naming the current choice; viewers may not decide or measure", async () => {
    const owner = await newOwner();
    const viewer = await newMember(owner, "viewer");
    const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const d = plan.decisions[1]!;
    await decideDecision(owner, plan.id, d.id, { optionId: d.options[0]!.id, version: d.version });
    const stale = await decideDecision(owner, plan.id, d.id, { optionId: d.options[1]!.id, version: d.version }).catch(
      (e: AppError) => e,
    );
    expect(code(stale)).toBe("conflict");
    expect((stale as AppError).message).toContain(d.options[0]!.text);
    expect(
      code(await decideDecision(viewer, plan.id, d.id, { optionId: null, version: d.version + 1 }).catch((e) => e)),
    ).toBe("forbidden");
    expect(code(await recordMeasurement(viewer, plan.id, plan.metrics[0]!.id, { value: 1 }).catch((e) => e))).toBe(
      "forbidden",
    );
  });

  it("a batch with one unknown metric stores nothing; by name it stores all", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const [a, b] = plan.metrics;
    const bad = await recordMeasurements(owner, plan.id, [
      { metricId: a!.id, value: 1 },
      { metricName: "no such metric", value: 2 },
    ]).catch((e) => e);
    expect(code(bad)).toBe("bad_request");
    expect(await db.measurement.count({ where: { metric: { planId: plan.id } } })).toBe(0);
    const ok = await recordMeasurements(owner, plan.id, [
      { metricId: a!.id, value: 1, at: "2026-11-30" },
      { metricName: b!.name.toUpperCase(), value: 2 },
    ]);
    expect(ok.map((m) => m.metricId)).toEqual([a!.id, b!.id]);
    expect(ok[0]!.measuredAt).toBe("2026-11-30T00:00:00.000Z");
    const changes = await getPlanChanges(owner, plan.id, plan.version);
    expect(changes.metrics.map((m) => m.id).sort()).toEqual([a!.id, b!.id].sort());
  });
});
