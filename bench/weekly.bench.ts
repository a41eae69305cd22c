/**
 * Weekly summary benchmark (`npm run bench:weekly`). On a throw-away database (DATABASE_URL's
 * server, else the embedded one): a generated 5,000-task plan (15,000 checkboxes) made seven
 * weeks old, and 50,000 activity rows (ticks, status and estimate changes) spread over those
 * weeks, inserted by one generate_series statement. Then, timed in this process:
 *   - the weekly summary of the last complete week through getWeeklySummary (what the page and
 *     the API call): cold (after a change bumped the plan version, so the plan, the roadmap and
 *     its baseline are rebuilt) and warm (all cached by version), median and p95 of N runs each,
 *     with the cold run split into its parts;
 *   - the activity log page (listActivity) at 100,000 rows of the plan (50,000 more, in the
 *     seven weeks before, so the summary's week is unchanged and it is timed again):
 *     the first page, a deep page by cursor (row 90,000), and filtered pages, with the query
 *     plans (EXPLAIN) of each, which must use an index and no sort.
 * Target: summary < 500 ms. A measurement: it exits 0 even when a target is missed, and says MISSED.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import {
  createDatabaseIfMissing,
  dropDatabase,
  ensureServer,
  migrateDeploy,
  stopEmbedded,
  withDatabase,
} from "../scripts/db.mjs";

const TASKS = Number(process.env.BENCH_TASKS) || 5000;
const ROWS = Number(process.env.BENCH_ROWS) || 50_000;
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS) || 5;
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS) || 20;
const PAGE_RUNS = Number(process.env.BENCH_PAGE_RUNS) || 30;
const WEEKS = 7;
const TARGET_MS = 500;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const p95 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)]!;
const stats = (xs: number[]) =>
  `median ${median(xs).toFixed(1).padStart(7)} ms   p95 ${p95(xs).toFixed(1).padStart(7)} ms   (${xs.length} runs)`;
async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

/** `n` rows of the plan's log, one every (WEEKS weeks / n) from `from`: ticks, status and estimate changes of real tasks and items. */
async function insertActivity(
  sql: pg.Client,
  a: {
    workspaceId: string;
    userId: string;
    planId: string;
    taskIds: string[];
    itemIds: string[];
    from: Date;
    n: number;
  },
) {
  await sql.query(
    `INSERT INTO activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at)
     SELECT gen_random_uuid()::text, $1, $2, $3,
            CASE g % 4 WHEN 0 THEN 'item.checked' WHEN 1 THEN 'item.unchecked' WHEN 2 THEN 'task.updated' ELSE 'task.updated' END,
            CASE WHEN g % 4 < 2 THEN 'item' ELSE 'task' END,
            CASE WHEN g % 4 < 2 THEN ($4::text[])[1 + g % cardinality($4::text[])] ELSE ($5::text[])[1 + g % cardinality($5::text[])] END,
            CASE g % 4 WHEN 0 THEN '{"done":false}'::jsonb WHEN 1 THEN '{"done":true}'::jsonb WHEN 2 THEN '{"status":"todo"}'::jsonb
                 ELSE jsonb_build_object('estimate', jsonb_build_object('minHours', 1 + g % 5, 'maxHours', 2 + g % 5, 'text', null)) END,
            CASE g % 4 WHEN 0 THEN '{"done":true}'::jsonb WHEN 1 THEN '{"done":false}'::jsonb WHEN 2 THEN '{"status":"in_progress"}'::jsonb
                 ELSE jsonb_build_object('estimate', jsonb_build_object('minHours', 2 + g % 5, 'maxHours', 4 + g % 5, 'text', null)) END,
            $6::timestamptz + (g * ($7::float8 / $8)) * interval '1 millisecond'
       FROM generate_series(1, $8) AS g`,
    [a.workspaceId, a.planId, a.userId, a.itemIds, a.taskIds, a.from.toISOString(), WEEKS * 7 * 86_400_000, a.n],
  );
  await sql.query("ANALYZE activity");
}

async function main(): Promise<void> {
  const adminUrl = await ensureServer({ log: (m) => console.log(m) });
  const dbName = `flightplan_bench_${randomBytes(4).toString("hex")}`;
  await createDatabaseIfMissing(adminUrl, dbName);
  const url = withDatabase(adminUrl, dbName);
  const sql = new pg.Client({ connectionString: url });
  try {
    await migrateDeploy(url, { stdio: ["ignore", "ignore", "inherit"] });
    process.env.DATABASE_URL = url;
    // Imported after DATABASE_URL is set: lib/env reads it on first use.
    const { signUpUser } = await import("@/lib/server/users/accounts");
    const { storeParsedPlan } = await import("@/lib/server/plans/import");
    const { generatePlan } = await import("@/lib/server/testing/generate-plan");
    const { getWeeklySummary, resolveWeek } = await import("@/lib/server/weekly");
    const { listActivity, activityPageSql } = await import("@/lib/server/activity-log");
    const { parseActivityQuery } = await import("@/lib/plan/activity/query");
    const { getPlan } = await import("@/lib/server/plans");
    const { getWeekEndRoadmap } = await import("@/lib/server/roadmap");
    const { weekOf } = await import("@/lib/plan/weekly/week");
    const { readWeekActivity } = await import("@/lib/server/weekly/rows");
    const { buildWeeklySummary } = await import("@/lib/plan/weekly/summary");
    const { db } = await import("@/lib/server/db/client");
    const { Prisma } = await import("@/lib/generated/prisma/client");
    await sql.connect();

    const user = await signUpUser({ email: `bench-${dbName}@bench.local`, password: "bench-password", name: "Bench" });
    const actor = { userId: user.id, workspaceId: user.workspaceId, role: "owner" as const };
    const plan = await storeParsedPlan(actor, generatePlan(TASKS), "bench.md");
    const taskIds = plan.phases.flatMap((p) => p.tasks.map((t) => t.id));
    const itemIds = plan.phases.flatMap((p) => p.tasks.flatMap((t) => t.checklist.map((i) => i.id)));
    const now = new Date();
    const from = new Date(now.getTime() - WEEKS * 7 * 86_400_000);
    // Old enough for the 50,000 rows of the older weeks added before the activity log is timed.
    const born = new Date(from.getTime() - (WEEKS * 7 + 1) * 86_400_000);
    await sql.query("UPDATE plans SET created_at = $2 WHERE id = $1", [plan.id, born]);
    await sql.query("UPDATE tasks SET created_at = $2 WHERE plan_id = $1", [plan.id, born]);
    const [insertMs] = await time(() =>
      insertActivity(sql, { ...actor, planId: plan.id, taskIds, itemIds, from, n: ROWS }),
    );
    const week = resolveWeek(null, now);
    console.log(
      `plan: ${taskIds.length} tasks, ${itemIds.length} checkboxes; ${ROWS} activity rows over ${WEEKS} weeks inserted in ${insertMs.toFixed(0)} ms; week ${week.label}`,
    );

    const bump = () => sql.query("UPDATE plans SET version = version + 1 WHERE id = $1", [plan.id]);
    const summary = () => getWeeklySummary(actor, plan.id, week.label, now);
    const [firstMs, first] = await time(summary);
    console.log(
      `first summary of the week (process cold; computes and stores the week's forecasts once): ${firstMs.toFixed(0)} ms; week rows: done ${first.done.tasks.length} tasks, ${first.done.items.length} checkboxes, ${first.reestimated.length} re-estimated`,
    );

    const cold: number[] = [];
    const parts = { plan: [] as number[], roadmap: [] as number[], rows: [] as number[] };
    for (let i = 0; i < COLD_RUNS; i++) {
      await bump();
      cold.push((await time(summary))[0]);
      // The same cold work, part by part (after another bump).
      await bump();
      const asOf = new Date(Math.min(now.getTime(), week.end.getTime() - 1));
      parts.plan.push((await time(() => getPlan(actor, plan.id)))[0]);
      parts.roadmap.push((await time(() => getWeekEndRoadmap(actor, plan.id, asOf)))[0]);
      parts.rows.push((await time(() => readWeekActivity(actor.workspaceId, plan.id, week)))[0]);
    }
    // The running week has no kept forecast: after a change it builds both again.
    const running = weekOf(now, "UTC");
    const runningCold: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      await bump();
      runningCold.push((await time(() => getWeeklySummary(actor, plan.id, running.label, now)))[0]);
    }
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push((await time(summary))[0]);
    // The warm run, part by part: the rows it reads and the pure build.
    const asOfWarm = new Date(Math.min(now.getTime(), week.end.getTime() - 1));
    const [rowsMs, weekRows] = await time(() => readWeekActivity(actor.workspaceId, plan.id, week));
    const [planV, view] = [await getPlan(actor, plan.id), await getWeekEndRoadmap(actor, plan.id, asOfWarm)];
    const builds: number[] = [];
    for (let i = 0; i < 5; i++)
      builds.push(
        (
          await time(async () =>
            buildWeeklySummary({
              plan: planV,
              week,
              activity: weekRows,
              now: view.roadmap,
              then: view.baseline,
              clock: now,
            }),
          )
        )[0],
      );
    const verdict = (ms: number) => (ms < TARGET_MS ? "ok" : "MISSED");
    console.log(
      `weekly summary, cold (after a change)  ${stats(cold)}   target < ${TARGET_MS} ms: ${verdict(median(cold))}`,
    );
    console.log(
      `  of which: plan load ${median(parts.plan).toFixed(0)} ms, roadmap + baseline forecasts ${median(parts.roadmap).toFixed(0)} ms, activity rows ${median(parts.rows).toFixed(0)} ms`,
    );
    console.log(
      `weekly summary, warm (cached by version) ${stats(warm)}   target < ${TARGET_MS} ms: ${verdict(median(warm))}`,
    );
    console.log(
      `  of which: ${weekRows.length} activity rows read in ${rowsMs.toFixed(0)} ms, the pure build ${median(builds).toFixed(0)} ms`,
    );
    console.log(
      `running week ${running.label} so far, after a change (builds its two forecasts) ${stats(runningCold)}   target < ${TARGET_MS} ms: ${verdict(median(runningCold))}`,
    );

    // The activity log at 100,000 rows: the other 50,000 in the seven weeks before (the summary's
    // week keeps its rows, so its time must not move).
    await time(() =>
      insertActivity(sql, {
        ...actor,
        planId: plan.id,
        taskIds,
        itemIds,
        from: new Date(from.getTime() - WEEKS * 7 * 86_400_000),
        n: 100_000 - ROWS,
      }),
    );
    const total = Number(
      (await sql.query("SELECT count(*) FROM activity WHERE plan_id = $1", [plan.id])).rows[0].count,
    );
    const deep = (
      await sql.query(
        "SELECT id, created_at FROM activity WHERE plan_id = $1 ORDER BY created_at DESC, id DESC OFFSET 90000 LIMIT 1",
        [plan.id],
      )
    ).rows[0];
    const cursor = `o.${(deep.created_at as Date).getTime()}.${deep.id}`;
    console.log(`activity log: ${total} rows of the plan`);
    const cases: [string, string][] = [
      ["first page (50)", ""],
      ["deep page (row 90,000) by cursor", `cursor=${cursor}`],
      ["newer than row 90,000", `cursor=n${cursor.slice(1)}`],
      ["kind=item, first page", "kind=item"],
      ["kind=task, deep page", `kind=task&cursor=${cursor}`],
      ["person, first page", `actor=${user.id}`],
      ["one week (from/to)", `from=${week.firstDay}&to=${week.lastDay}`],
    ];
    for (const [label, search] of cases) {
      const q = parseActivityQuery(new URLSearchParams(search));
      const runs: number[] = [];
      for (let i = 0; i < PAGE_RUNS; i++) runs.push((await time(() => listActivity(actor, plan.id, q)))[0]);
      const explain = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN ${activityPageSql(plan.id, q)}`,
      );
      const text = explain.map((r) => r["QUERY PLAN"]).join(" | ");
      const indexed = /Index (Only )?Scan/.test(text) && !/Seq Scan|Sort/.test(text);
      const index = /using (\w+)/.exec(text)?.[1] ?? "?";
      console.log(`  ${label.padEnd(34)} ${stats(runs)}   ${indexed ? `index ${index}` : `NOT INDEXED: ${text}`}`);
    }
    await bump();
    const cold100 = (await time(summary))[0];
    const warm100: number[] = [];
    for (let i = 0; i < 5; i++) warm100.push((await time(summary))[0]);
    console.log(
      `weekly summary at ${total} rows (the same week): cold ${cold100.toFixed(0)} ms, warm ${stats(warm100)}`,
    );
    await db.$disconnect();
  } finally {
    await sql.end().catch(() => undefined);
    await dropDatabase(adminUrl, dbName).catch((e: Error) => console.error(`could not drop ${dbName}: ${e.message}`));
    await stopEmbedded();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
