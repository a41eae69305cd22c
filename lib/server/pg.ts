import "server-only";
import { pool, type PgTx } from "./pg-pool";
import { MAX_ATTEMPTS, isRetryableConflict } from "@/lib/server/tx";

// The pools and their one-statement helpers live in pg-pool.ts (which loads no Prisma: proxy.ts
// uses it too); this file adds transactions on the bulk pool.
export { pgQuery, requestQuery, type PgTx } from "./pg-pool";

/** `work` on one pooled bulk connection between `begin` and COMMIT; ROLLBACK when it throws. */
async function inTransaction<T>(begin: string, work: (tx: PgTx) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Runs `work` in one transaction on a pooled connection; a deadlock or serialization failure
 * runs it again (as runTransaction does for Prisma), at most MAX_ATTEMPTS times.
 */
export async function runPgTransaction<T>(work: (tx: PgTx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction("BEGIN", work);
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !isRetryableConflict(e)) throw e;
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 20));
    }
  }
}

/** Read-only statements in one REPEATABLE READ snapshot (a whole plan, consistent across tables). */
export function runPgReadSnapshot<T>(work: (tx: PgTx) => Promise<T>): Promise<T> {
  return inTransaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", work);
}
