import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApiPlan } from "@/lib/plan/contract";
import { allItems, allTasks } from "@/lib/plan/items";
import { parseActivityQuery } from "@/lib/plan/activity/query";
import type { Actor } from "@/lib/server/actor";
import { importPlan, setItemDone, updateTask } from "@/lib/server/plans";
import { generatePlanMarkdown } from "@/lib/server/testing/generate-plan";
import { newMember, newOwner, rawClient } from "@/lib/server/testing/helpers";
import { activityPageSql, listActivity, listActivityPeople, type ActivityEntry } from "./index";

let raw: pg.Client;
let owner: Actor;
let editor: Actor;
let plan: ApiPlan;

beforeAll(async () => {
  raw = await rawClient();
  owner = await newOwner("Olga");
  editor = await newMember(owner, "editor");
  plan = await importPlan(owner, { input: generatePlanMarkdown(6) });
});
afterAll(async () => {
  await raw.end();
  await db.$disconnect();
});

const q = (search: string) => parseActivityQuery(new URLSearchParams(search));
const code = async (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e) => (e instanceof AppError ? e.code : e),
  );

/** `n` rows of `action` by `actor`, one a minute from `start`; every third pair shares a timestamp (the id breaks the tie). */
async function insertRows(
  planId: string,
  actor: Actor,
  n: number,
  start: string,
  action = "task.updated",
): Promise<void> {
  const task = allTasks(plan)[0]!;
  await raw.query(
    `INSERT INTO activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after, created_at)
     SELECT gen_random_uuid()::text, $1, $2, $3, $4, 'task', $5, '{"owner":null}', jsonb_build_object('owner', 'o' || g), $6::timestamptz + ((g - g % 3) * interval '1 minute')
       FROM generate_series(1, $7) AS g`,
    [actor.workspaceId, planId, actor.userId, action, task.id, start, n],
  );
}

/** Every row of the plan the filters match, in the log's order: newest first, id breaking ties. */
async function expected(planId: string, where = "true", params: unknown[] = []): Promise<string[]> {
  const { rows } = await raw.query(
    `SELECT id FROM activity WHERE plan_id = $1 AND ${where} ORDER BY created_at DESC, id DESC`,
    [planId, ...params],
  );
  return rows.map((r) => r.id as string);
}

async function pageAll(
  actor: Actor,
  planId: string,
  search: string,
  between?: () => Promise<void>,
): Promise<ActivityEntry[]> {
  const seen: ActivityEntry[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await listActivity(actor, planId, q(`${search}${cursor ? `&cursor=${cursor}` : ""}`));
    seen.push(...page.entries);
    if (!page.older) return seen;
    cursor = page.older;
    await between?.();
  }
  throw new Error("did not end");
}

describe("the activity log", () => {
  it("pages newest first by keyset: every row once, also while rows are written", async () => {
    await insertRows(plan.id, owner, 40, "2026-11-02T09:00:00Z");
    await insertRows(plan.id, editor, 23, "2026-11-10T09:00:00Z", "item.checked");
    const before = await expected(plan.id);
    let n = 0;
    const entries = await pageAll(owner, plan.id, "limit=7", async () => {
      // New changes land on the newer side and must not disturb the pages after the first.
      const item = allItems(plan)[n++ % 6]!;
      await setItemDone(editor, plan.id, item.id, n % 2 === 1);
      await insertRows(plan.id, owner, 2, "2026-11-05T09:00:00.500Z", "task.created");
    });
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every row that existed when paging began, once, in the log's order; rows written meanwhile
    // either appear in their place or (above the cursor) wait on the newer side.
    const after = await expected(plan.id);
    expect(ids.slice(0, 7)).toEqual(before.slice(0, 7));
    for (const id of before) expect(ids).toContain(id);
    expect(ids).toEqual(after.filter((id) => ids.includes(id)));
    expect(ids.length).toBeGreaterThan(before.length);
  });

  it("walks back newer from the oldest page to the newest and says when an end is reached", async () => {
    const all = await expected(plan.id);
    let page = await listActivity(owner, plan.id, q("limit=10"));
    expect(page.newer).toBeNull();
    while (page.older) page = await listActivity(owner, plan.id, q(`limit=10&cursor=${page.older}`));
    expect(page.entries.at(-1)!.id).toBe(all.at(-1));
    const back: string[] = page.entries.map((e) => e.id);
    while (page.newer) {
      page = await listActivity(owner, plan.id, q(`limit=10&cursor=${page.newer}`));
      back.unshift(...page.entries.map((e) => e.id));
    }
    expect(back).toEqual(all);
    expect(page.entries).toHaveLength(10);
  });

  it("filters by person, kind and date range (days inclusive, UTC)", async () => {
    const byEditor = await pageAll(owner, plan.id, `limit=50&actor=${editor.userId}`);
    expect(byEditor.map((e) => e.id)).toEqual(await expected(plan.id, "actor_id = $2", [editor.userId]));
    expect(byEditor.every((e) => e.actor?.id === editor.userId && e.actor.name === "editor")).toBe(true);
    const items = await pageAll(owner, plan.id, "limit=50&kind=item");
    expect(items.map((e) => e.id)).toEqual(await expected(plan.id, "action LIKE 'item.%'"));
    expect(new Set(items.map((e) => e.kind))).toEqual(new Set(["item"]));
    const days = await pageAll(owner, plan.id, "limit=50&from=2026-11-02&to=2026-11-02&kind=task");
    expect(days.map((e) => e.id)).toEqual(
      await expected(plan.id, "created_at >= '2026-11-02' AND created_at < '2026-11-03' AND action LIKE 'task.%'"),
    );
    expect(days.length).toBeGreaterThan(0);
    expect(await listActivity(owner, plan.id, q("kind=nothing"))).toMatchObject({
      entries: [],
      older: null,
      newer: null,
    });
    // Days are the workspace's: in Auckland (UTC+13 in November) 2026-11-02 began at 11:00 UTC on 1 November.
    await raw.query("UPDATE workspaces SET time_zone = 'Pacific/Auckland' WHERE id = $1", [owner.workspaceId]);
    try {
      await insertRows(plan.id, owner, 3, "2026-11-02T12:00:00Z"); // 2 November in UTC, 3 November in Auckland
      const local = await pageAll(owner, plan.id, "limit=50&from=2026-11-02&to=2026-11-02&kind=task");
      expect(local.length).toBe(days.length);
      expect(local.map((e) => e.id)).toEqual(
        await expected(
          plan.id,
          "created_at >= '2026-11-01T11:00:00Z' AND created_at < '2026-11-02T11:00:00Z' AND action LIKE 'task.%'",
        ),
      );
      expect((await listActivity(owner, plan.id, q("limit=1"))).timeZone).toBe("Pacific/Auckland");
    } finally {
      await raw.query("UPDATE workspaces SET time_zone = 'UTC' WHERE id = $1", [owner.workspaceId]);
    }
  });

  it("describes real changes with who, what and before → after", async () => {
    const task = allTasks(plan)[2]!;
    await updateTask(editor, plan.id, task.id, { status: "in_progress", version: task.version });
    const [entry] = (await listActivity(owner, plan.id, q("limit=1&kind=task"))).entries;
    expect(entry).toMatchObject({
      action: "task.updated",
      kind: "task",
      actor: { id: editor.userId, name: "editor" },
      summary: `changed status of Task ${task.key} ‘${task.title}’ from todo to in progress`,
      changes: [{ field: "status", before: "todo", after: "in progress" }],
    });
  });

  it("lets viewers read, refuses share links, and hides other workspaces' plans", async () => {
    const viewer = await newMember(owner, "viewer");
    expect((await listActivity(viewer, plan.id, q("limit=3"))).entries).toHaveLength(3);
    expect((await listActivityPeople(viewer)).map((p) => p.name).sort()).toEqual(["Olga", "editor", "viewer"].sort());
    expect(await code(listActivity({ ...viewer, role: "share_link" } as unknown as Actor, plan.id, q("")))).toBe(
      "forbidden",
    );
    const stranger = await newOwner("stranger");
    expect(await code(listActivity(stranger, plan.id, q("")))).toBe("not_found");
    expect(await code(listActivity(owner, "no-such-plan", q("")))).toBe("not_found");
  });

  it("reads every page, filter and depth through an index at 100,000 rows (no sequential scan, no sort)", async () => {
    const big = await importPlan(owner, { input: generatePlanMarkdown(3) });
    await raw.query(
      `INSERT INTO activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, created_at)
       SELECT gen_random_uuid()::text, $1, $2, CASE WHEN g % 4 = 0 THEN $3 ELSE $4 END,
              (ARRAY['task.updated','item.checked','item.unchecked','decision.decided','measurement.recorded'])[1 + g % 5], 'task', 'x',
              '2026-09-01'::timestamptz + g * interval '1 minute'
         FROM generate_series(1, 100000) AS g`,
      [owner.workspaceId, big.id, editor.userId, owner.userId],
    );
    await raw.query("ANALYZE activity");
    const deep = (await expected(big.id)).at(90_000)!;
    const { rows } = await raw.query("SELECT created_at FROM activity WHERE id = $1", [deep]);
    const cursor = `o.${(rows[0].created_at as Date).getTime()}.${deep}`;
    for (const search of [
      "",
      `cursor=${cursor}`,
      `cursor=n${cursor.slice(1)}`,
      "kind=item",
      `kind=decision&cursor=${cursor}`,
      `actor=${editor.userId}`,
      "from=2026-10-01&to=2026-10-31",
      `actor=${editor.userId}&kind=task`,
    ]) {
      const sql = activityPageSql(big.id, q(search));
      const explained = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
      const text = explained.map((r) => r["QUERY PLAN"]).join("\n");
      expect(text, search).toMatch(/Index (Only )?Scan/);
      expect(text, search).not.toMatch(/Seq Scan|Sort/);
    }
  });
});
