import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import { parsePlan } from "@/lib/markdown";
import { getPlan, importPlan, listPlans, setItemDone, toPlanJson } from "@/lib/server/plans";
import { storeParsedPlan } from "./import";
import { generatePlan, generatePlanMarkdown } from "@/lib/server/testing/generate-plan";
import { countQueries, fixtureNames, newOwner, rawClient, readFixture } from "@/lib/server/testing/helpers";

afterAll(async () => {
  await db.$disconnect();
});

const code = (e: unknown) => (e instanceof AppError ? e.code : e);

describe.each(fixtureNames())("importing %s", (name) => {
  it("stores exactly what the engine parsed", async () => {
    const owner = await newOwner();
    const bytes = readFixture(name);
    const parsed = parsePlan(bytes, { fileName: name });
    const plan = await importPlan(owner, { input: bytes, fileName: name });

    const tasks = parsed.plan.phases.flatMap((p) => p.tasks);
    const items =
      tasks.reduce((n, t) => n + t.checklist.length + t.criteria.length, 0) +
      parsed.plan.phases.reduce((n, p) => n + p.checklist.length, 0) +
      parsed.plan.criteria.length;
    expect(tasks.length).toBeGreaterThan(0);
    expect(await db.phase.count({ where: { planId: plan.id } })).toBe(parsed.plan.phases.length);
    expect(await db.task.count({ where: { planId: plan.id } })).toBe(tasks.length);
    expect(await db.item.count({ where: { planId: plan.id } })).toBe(items);
    expect(await db.decision.count({ where: { planId: plan.id } })).toBe(parsed.plan.decisions.length);
    expect(await db.decisionOption.count({ where: { decision: { planId: plan.id } } })).toBe(
      parsed.plan.decisions.reduce((n, d) => n + d.options.length, 0),
    );
    expect(await db.metric.count({ where: { planId: plan.id } })).toBe(parsed.plan.metrics.length);
    expect(await db.taskDependency.count({ where: { task: { planId: plan.id } } })).toBe(
      tasks.reduce((n, t) => n + t.dependsOn.length, 0),
    );

    // Read back, the plan is the engine's plan, field for field.
    expect(toPlanJson(await getPlan(owner, plan.id))).toEqual(parsed.plan);
    const stored = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(stored.sourceMarkdown).toBe(parsed.text);
    expect(stored.sourceBom).toBe(parsed.bom);
    expect(stored.fileName).toBe(name);
    expect(await db.activity.count({ where: { planId: plan.id, action: "plan.imported" } })).toBe(1);
  });
});

describe("importPlan", () => {
  it("refuses unusable input with the API's error codes", async () => {
    const owner = await newOwner();
    await expect(importPlan(owner, { input: "" }).catch(code)).resolves.toBe("unprocessable");
    await expect(importPlan(owner, { input: new Uint8Array([0, 1, 2, 0, 0, 0, 255, 0]) }).catch(code)).resolves.toBe(
      "unprocessable",
    );
    await expect(
      importPlan(owner, { input: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61) }).catch(code),
    ).resolves.toBe("payload_too_large");
    expect(await db.plan.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
  });

  it("stores a 5,000-task plan in one transaction within seconds", async () => {
    const owner = await newOwner();
    // The engine's parse of the generated markdown, built directly (see the generator test below).
    const parsed = generatePlan(5000);
    const t0 = performance.now();
    const plan = await storeParsedPlan(owner, parsed, "big.md");
    const ms = performance.now() - t0;
    console.log(`5,000-task plan: insert + read back ${Math.round(ms)} ms`);
    expect(await db.task.count({ where: { planId: plan.id } })).toBe(5000);
    expect(await db.item.count({ where: { planId: plan.id } })).toBe(15000);
    expect(await db.taskDependency.count({ where: { task: { planId: plan.id }, dependsOnId: { not: null } } })).toBe(
      4900,
    );
    expect(toPlanJson(plan)).toEqual(parsed.plan);
    expect(ms).toBeLessThan(10_000);
  });

  it("has a plan generator that agrees with the engine (so the size tests store real parses)", () => {
    const generated = generatePlan(120);
    const parsed = parsePlan(generated.text);
    expect(parsed.plan).toEqual(generated.plan);
    expect(parsed.text).toBe(generated.text);
  });

  it("leaves no rows when the transaction fails midway", async () => {
    const owner = await newOwner();
    const sql = await rawClient();
    // Fault injection in the database itself: metrics are inserted after phases, tasks and items,
    // so this fails the import's transaction in the middle.
    await sql.query(`
      CREATE OR REPLACE FUNCTION fail_metric_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$;
      CREATE TRIGGER fail_metric_insert BEFORE INSERT ON metrics FOR EACH STATEMENT EXECUTE FUNCTION fail_metric_insert();`);
    try {
      const md = `# Failing plan\n\n## Phase 1: Work\n\n### Task 1.1: Thing\n\n- [ ] a\n- [x] b\n\n## Success Metrics\n\n- < 100ms p95 response time\n`;
      expect(parsePlan(md).plan.metrics.length).toBeGreaterThan(0);
      await expect(importPlan(owner, { input: md })).rejects.toThrow(/injected failure/);
    } finally {
      await sql.query("DROP TRIGGER fail_metric_insert ON metrics; DROP FUNCTION fail_metric_insert();");
      await sql.end();
    }
    expect(await db.plan.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
    expect(await db.activity.count({ where: { workspaceId: owner.workspaceId, action: "plan.imported" } })).toBe(0);
    const orphans = await db.$queryRaw<{ n: number }[]>`
      SELECT (SELECT count(*) FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM plans p WHERE p.id = t.plan_id))::int AS n`;
    expect(orphans[0]!.n).toBe(0);
  });

  it("serialises imports per workspace: a second import waits for the first to commit", async () => {
    const owner = await newOwner();
    const other = await newOwner();
    const sql = await rawClient();
    // Hold the workspace's import lock as a running import would.
    await sql.query("BEGIN");
    await sql.query("SELECT pg_advisory_xact_lock($1::int, hashtext($2))", [0x46500001, owner.workspaceId]);
    let done = false;
    const waiting = importPlan(owner, { input: readFixture("extraction-api-todo.md") }).then((p) => {
      done = true;
      return p;
    });
    // Another workspace is not held up.
    await importPlan(other, { input: readFixture("extraction-api-todo.md") });
    await new Promise((r) => setTimeout(r, 500));
    expect(done).toBe(false);
    expect(await db.plan.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
    await sql.query("COMMIT");
    await sql.end();
    await waiting;
    expect(await db.plan.count({ where: { workspaceId: owner.workspaceId } })).toBe(1);
  });

  it("runs two concurrent imports into one workspace to completion, one after the other", async () => {
    const owner = await newOwner();
    const [a, b] = await Promise.all([
      importPlan(owner, { input: readFixture("dsa110-roadmap.md") }),
      importPlan(owner, { input: readFixture("app-v2-readiness-plan.md") }),
    ]);
    for (const [plan, file] of [
      [a, "dsa110-roadmap.md"],
      [b, "app-v2-readiness-plan.md"],
    ] as const) {
      expect(toPlanJson(await getPlan(owner, plan.id))).toEqual(parsePlan(readFixture(file)).plan);
    }
    // Not interleaved: every row of one import was written by one transaction, and the two
    // transactions are different (xmin is the writing transaction's id).
    const xids = await db.$queryRaw<{ plan_id: string; xids: number }[]>`
      SELECT plan_id, count(DISTINCT xmin::text)::int AS xids FROM tasks WHERE plan_id IN (${a.id}, ${b.id}) GROUP BY plan_id`;
    expect(xids.map((r) => r.xids)).toEqual([1, 1]);
  });
});

describe("getPlan", () => {
  it("uses the same number of queries for a 5-task and a 2,000-task plan", async () => {
    const owner = await newOwner();
    const small = await storeParsedPlan(owner, generatePlan(5));
    const large = await storeParsedPlan(owner, generatePlan(2000));
    const s = await countQueries(() => getPlan(owner, small.id));
    const l = await countQueries(() => getPlan(owner, large.id));
    expect(s.result.phases.flatMap((p) => p.tasks)).toHaveLength(5);
    expect(l.result.phases.flatMap((p) => p.tasks)).toHaveLength(2000);
    expect(s.queries.length).toBeGreaterThan(0);
    expect(l.queries.length).toBe(s.queries.length);
    // version check + BEGIN + SET TRANSACTION ISOLATION LEVEL + 10 table reads (measurements and
    // who decided each decision are read too) + COMMIT
    expect(s.queries.length).toBeLessThanOrEqual(14);
  });

  it("answers a repeated read from its cache with one query, and never serves a stale version", async () => {
    const owner = await newOwner();
    const plan = await storeParsedPlan(owner, generatePlan(20));
    const first = await countQueries(() => getPlan(owner, plan.id));
    const again = await countQueries(() => getPlan(owner, plan.id));
    expect(again.queries).toHaveLength(1);
    expect(again.result).toBe(first.result);
    expect(Object.isFrozen(again.result.phases[0]!.tasks[0])).toBe(true);
    const item = again.result.phases[0]!.tasks[0]!.checklist[0]!;
    await setItemDone(owner, plan.id, item.id, !item.done);
    const fresh = await getPlan(owner, plan.id);
    expect(fresh.version).toBe(plan.version + 1);
    expect(fresh.phases[0]!.tasks[0]!.checklist[0]!.done).toBe(!item.done);
    // Another workspace's actor gets not_found even though the plan is cached.
    await expect(getPlan(await newOwner(), plan.id).catch(code)).resolves.toBe("not_found");
  });

  it("shares one load between concurrent cold reads of the same plan", async () => {
    const owner = await newOwner();
    const plan = await storeParsedPlan(owner, generatePlan(200));
    const { result, queries } = await countQueries(() =>
      Promise.all(Array.from({ length: 10 }, () => getPlan(owner, plan.id))),
    );
    expect(new Set(result).size).toBe(1);
    // ten version checks and one snapshot load (BEGIN, SET ISOLATION, 10 reads, COMMIT)
    expect(queries.length).toBeLessThanOrEqual(10 + 13);
  });

  it("includes ids, versions and resolved dependencies", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: generatePlanMarkdown(3) });
    const [t1, t2] = plan.phases[0]!.tasks;
    expect(plan.version).toBe(1);
    expect(t1!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(t2!.dependencies).toEqual([{ text: "1.1", taskId: t1!.id }]);
    expect(t1!.checklist[0]).toMatchObject({ id: expect.any(String), version: 1, kind: "checklist" });
  });
});

describe("listPlans", () => {
  it("summarises progress per plan", async () => {
    const owner = await newOwner();
    await importPlan(owner, { input: generatePlanMarkdown(6) });
    const [summary] = await listPlans(owner);
    // 6 tasks × 3 items; the second item of every third task is ticked (tasks 0 and 3).
    expect(summary!.items).toEqual({ done: 2, total: 18 });
    expect(summary!.tasks.total).toBe(6);
    expect(summary!.tasks.byStatus.todo).toBe(6);
    // Effort (1+t%5)-(2+t%5) hours for t = 0..5.
    expect(summary!.estimateHours).toEqual({ min: 16, max: 22, remainingMin: 16, remainingMax: 22 });
    expect(await listPlans(await newOwner())).toEqual([]);
  });
});
