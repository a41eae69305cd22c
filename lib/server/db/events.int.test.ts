import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { EVENT_ACTIONS, EVENT_KINDS } from "@/lib/plan/contract";
import { shiftWeek, weekOf } from "@/lib/plan/weekly/week";
import { getPlanChanges, importPlan } from "@/lib/server/plans";
import { clearStatusOverride, setStatusOverride } from "@/lib/server/weekly";
import { newOwner, rawClient, readFixture } from "@/lib/server/testing/helpers";
import { runTransaction } from "@/lib/server/db/tx";
import { PLAN_CHANNEL, readPlanEvents, recordEvent, recordEvents } from "./events";

afterAll(async () => {
  await db.$disconnect();
});

const NAME = "app-v2-readiness-plan.md";
const version = async (planId: string) =>
  (await db.plan.findUniqueOrThrow({ where: { id: planId }, select: { version: true } })).version;

describe("the event log", () => {
  it("knows the same kinds as the code, and which of them change a plan", async () => {
    const rows = await db.$queryRawUnsafe<{ action: string; changes: boolean | null }[]>(
      "SELECT a AS action, activity_kind_changes_plan(a) AS changes FROM unnest($1::text[]) AS a",
      [...EVENT_ACTIONS, "task.renamed"],
    );
    expect(Object.fromEntries(rows.map((r) => [r.action, r.changes]))).toEqual({
      ...Object.fromEntries(EVENT_ACTIONS.map((a) => [a, EVENT_KINDS[a].changesPlan])),
      "task.renamed": null,
    });
    // And the database's list has no kind the code lacks.
    const [fn] = await db.$queryRawUnsafe<{ def: string }[]>(
      "SELECT pg_get_functiondef('activity_kind_changes_plan(text)'::regprocedure) AS def",
    );
    const listed = [...fn!.def.matchAll(/WHEN '([^']+)'/g)].map((m) => m[1]).sort();
    expect(listed).toEqual([...EVENT_ACTIONS].sort());
  });

  it("refuses a row of an unknown kind, and an event that does not match its kind's schema", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const raw = await rawClient();
    try {
      await expect(
        raw.query(
          `INSERT INTO activity (id, workspace_id, plan_id, action, entity_type, entity_id) VALUES (gen_random_uuid()::text, $1, $2, 'task.renamed', 'task', 'x')`,
          [owner.workspaceId, plan.id],
        ),
      ).rejects.toThrow(/activity_action_known/);
    } finally {
      await raw.end();
    }
    const bad = { planId: plan.id, action: "task.updated", entityId: "x", before: { status: "later" }, after: {} };
    // @ts-expect-error: not a task.updated event, which is the point
    await expect(runTransaction((tx) => recordEvent(tx, owner, bad))).rejects.toThrow();
    expect(await version(plan.id)).toBe(plan.version);
  });

  it("bumps the plan once per change and notifies it at commit, whatever wrote the events", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const [first, second] = plan.phases.flatMap((p) => p.tasks);
    const listener = await rawClient();
    const heard: number[] = [];
    listener.on("notification", (m) => {
      const e = JSON.parse(m.payload!) as { planId: string; version: number };
      if (e.planId === plan.id) heard.push(e.version);
    });
    await listener.query(`LISTEN ${PLAN_CHANNEL}`);
    try {
      const change = (id: string) => ({
        planId: plan.id,
        action: "task.updated" as const,
        entityId: id,
        before: { owner: null },
        after: { owner: "Ana" },
      });
      const v = await runTransaction((tx) => recordEvents(tx, owner, [change(first!.id), change(second!.id)]));
      expect(v).toBe(plan.version + 1);
      // A rolled-back change bumps nothing and is never heard of.
      await expect(
        runTransaction(async (tx) => {
          await recordEvent(tx, owner, change(first!.id));
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
      // A raw INSERT by any other driver takes the same path.
      const raw = await rawClient();
      try {
        const { rows } = await raw.query(
          `INSERT INTO activity (id, workspace_id, plan_id, action, entity_type, entity_id, before, after)
           VALUES (gen_random_uuid()::text, $1, $2, 'item.checked', 'item', 'x', '{"done":false}', '{"done":true}') RETURNING plan_version`,
          [owner.workspaceId, plan.id],
        );
        expect(rows[0].plan_version).toBe(plan.version + 2);
      } finally {
        await raw.end();
      }
      await expect.poll(() => heard).toEqual([plan.version + 1, plan.version + 2]);
      expect(await version(plan.id)).toBe(plan.version + 2);
      const events = await readPlanEvents(plan.id, ["task.updated"]);
      expect(events.map((e) => [e.entityId, e.planVersion, e.after.owner]).sort()).toEqual(
        [
          [first!.id, plan.version + 1, "Ana"],
          [second!.id, plan.version + 1, "Ana"],
        ].sort(),
      );
    } finally {
      await listener.end();
    }
  });

  it("moves the plan's version when an owner overrides a week's status, so open pages hear of it", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const now = new Date();
    const lastWeek = shiftWeek(weekOf(now, "UTC"), -1).label;
    const summary = await setStatusOverride(owner, plan.id, lastWeek, { status: "at_risk", reason: "Vendor" }, now);
    expect(summary.override?.status).toBe("at_risk");
    expect(await version(plan.id)).toBe(plan.version + 1);
    // Nothing a plan view shows changed: the feed moves the client on without a reload.
    expect(await getPlanChanges(owner, plan.id, plan.version)).toMatchObject({
      reset: false,
      version: plan.version + 1,
      items: [],
      tasks: [],
    });
    await clearStatusOverride(owner, plan.id, lastWeek, now);
    expect(await version(plan.id)).toBe(plan.version + 2);
  });
});
