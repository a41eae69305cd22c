import "server-only";
import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { databaseUrl } from "@/lib/env";

/**
 * bench:api's Next.js baseline for the toggle: the same SQL as the app's PATCH of an item (token
 * lookup, then the one-statement toggle with activity row, version bump and NOTIFY) sent over a
 * bare pg pool from a bare route handler, without Prisma, the handler wrapper or zod. Only
 * served when BENCH_BASELINE=1 (the benchmark sets it); otherwise the route is a 404.
 */

const holder = globalThis as unknown as { __flightplanBenchPool?: pg.Pool };
const pool = () => (holder.__flightplanBenchPool ??= new pg.Pool({ connectionString: databaseUrl(), max: 10 }));

export const benchBaselineEnabled = () => process.env.BENCH_BASELINE === "1";

export async function benchToggle(
  authorization: string | null,
  planId: string,
  itemId: string,
  done: boolean,
): Promise<{ status: number; body: unknown }> {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  if (!m) return { status: 401, body: null };
  const hash = createHash("sha256").update(m[1]!).digest("hex");
  const actor = (
    await pool().query(
      `SELECT t.id, t.user_id, t.workspace_id, ms.role::text AS role, t.last_used_at FROM api_tokens AS t
         JOIN memberships AS ms ON ms.user_id = t.user_id AND ms.workspace_id = t.workspace_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
      [hash],
    )
  ).rows[0] as { user_id: string; workspace_id: string; role: string } | undefined;
  if (!actor) return { status: 401, body: null };
  if (actor.role === "viewer") return { status: 403, body: null };
  const action = done ? "item.checked" : "item.unchecked";
  const { rows } = await pool().query(
    `WITH changed AS (
       UPDATE items AS i SET done = $1, done_at = CASE WHEN $1 THEN now() END, version = i.version + 1
         FROM plans AS p
        WHERE i.id = $2 AND i.plan_id = $3 AND i.done <> $1 AND p.id = i.plan_id AND p.workspace_id = $4
       RETURNING i.id, i.text, i.done, i.source_line, i.kind::text AS kind, i.version, i.task_id, i.phase_id
     ), logged AS (
       INSERT INTO activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after)
       SELECT $5, $4, $3, $6, $7, 'item', c.id, $8::jsonb, $9::jsonb FROM changed AS c RETURNING plan_version
     )
     SELECT c.*, l.plan_version FROM changed AS c CROSS JOIN logged AS l`,
    [
      done,
      itemId,
      planId,
      actor.workspace_id,
      randomUUID(),
      actor.user_id,
      action,
      JSON.stringify({ done: !done }),
      JSON.stringify({ done }),
    ],
  );
  if (rows[0]) return { status: 200, body: rows[0] };
  const item = (
    await pool().query(
      `SELECT i.id, i.done, i.version FROM items i JOIN plans p ON p.id = i.plan_id WHERE i.id = $1 AND i.plan_id = $2 AND p.workspace_id = $3`,
      [itemId, planId, actor.workspace_id],
    )
  ).rows[0];
  return item ? { status: 200, body: item } : { status: 404, body: null };
}
