import "server-only";
import type { Tx } from "@/lib/server/tx";

/** The PostgreSQL NOTIFY channel of plan changes; its payload is `{ planId, version }` only. */
export const PLAN_CHANNEL = "flightplan_plan";

/**
 * Every change to a plan bumps its version (a cheap "anything changed?" for caches and clients)
 * and notifies listening app instances, in the caller's transaction: PostgreSQL delivers the
 * NOTIFY at commit, so no instance hears of a change it cannot read yet, nor of a rolled-back one.
 * Call it once per mutation, and pass its result to recordActivity as `planVersion`.
 */
export async function bumpPlanVersion(tx: Tx, planId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ version: number }[]>`
    WITH bumped AS (
      UPDATE plans SET version = version + 1, updated_at = now() WHERE id = ${planId} RETURNING id, version
    )
    SELECT version, pg_notify(${PLAN_CHANNEL}, json_build_object('planId', id, 'version', version)::text)::text AS notified
      FROM bumped`;
  const row = rows[0];
  if (!row) throw new Error(`bumpPlanVersion: no plan ${planId}`);
  return row.version;
}
