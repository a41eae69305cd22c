import { afterAll, describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/handler";
import { disconnect, prismaPoolSize } from "@/lib/server/db/client";
import { getPlan, importPlan, updateTask } from "@/lib/server/plans";
import { generatePlanMarkdown } from "@/lib/server/testing/generate-plan";
import { newOwner, rawClient } from "@/lib/server/testing/helpers";

afterAll(async () => {
  await disconnect();
});

const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => ({ status: 200, retryAfter: null as string | null }),
    (e: unknown) => {
      const res = errorResponse(e);
      return { status: res.status, retryAfter: res.headers.get("retry-after") };
    },
  );

describe("conflicting edits while the connection pool is saturated", () => {
  it("are 200 once, 409 for the stale ones, 503 with Retry-After for those that found no connection: never a 500", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: generatePlanMarkdown(2) });
    const task = (await getPlan(owner, plan.id)).phases[0]!.tasks[0]!;
    // Another writer holds the plan's row: every edit that gets a connection waits on it, holding
    // that connection, and the rest of the edits wait for one.
    const holder = await rawClient();
    await holder.query("BEGIN");
    await holder.query("SELECT id FROM plans WHERE id = $1 FOR UPDATE", [plan.id]);
    const edits = Array.from({ length: prismaPoolSize() + 3 }, (_, i) =>
      statusOf(updateTask(owner, plan.id, task.id, { owner: `Person ${i}`, version: task.version })),
    );
    const settled: unknown[] = [];
    for (const e of edits) void e.then((r) => settled.push(r));
    // Those without a connection give up (fail fast) while the row is still held.
    const t0 = Date.now();
    while (settled.length < 3 && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 50));
    await holder.query("COMMIT");
    await holder.end();
    const results = await Promise.all(edits);
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => ![200, 409, 503].includes(s))).toEqual([]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(3);
    for (const r of results) if (r.status === 503) expect(Number(r.retryAfter)).toBeGreaterThan(0);
  });

  it("a connection PostgreSQL ends mid-statement (a restart) is a 503 too", async () => {
    const victim = await rawClient();
    victim.on("error", () => undefined);
    const { rows } = await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const admin = await rawClient();
    const running = victim.query("SELECT pg_sleep(5)").then(
      () => null,
      (e: unknown) => e,
    );
    await new Promise((r) => setTimeout(r, 200));
    await admin.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
    await admin.end();
    const res = errorResponse(await running);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBeTruthy();
  });
});
