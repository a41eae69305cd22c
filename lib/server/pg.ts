import "server-only";
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import { MAX_ATTEMPTS, isRetryableConflict } from "@/lib/server/tx";

/**
 * A small node-postgres pool for reads and writes of megabytes (a whole plan). Prisma's query
 * compiler runs on the event loop and costs ~100 ms per MB of parameters (seconds for a
 * 100,000-item plan's stored source as a Json value), and it turns a whole result into objects
 * in one go; node-postgres sends a string parameter as it is and parses rows as they arrive.
 * Only for statements whose SQL is fixed in our code; values always go as parameters.
 */

const POOL_SIZE = 6;

const holder = globalThis as unknown as { __flightplanBulkPool?: pg.Pool };

function pool(): pg.Pool {
  if (!holder.__flightplanBulkPool) {
    const created = new pg.Pool({ connectionString: databaseUrl(), max: POOL_SIZE, application_name: "flightplan-bulk" });
    // An idle connection the server ends (a restart, a terminated backend) emits 'error' on the
    // pool; unhandled, that would end the whole process. The pool drops that client and opens a
    // new one on the next query, so logging the code is all there is to do.
    created.on("error", (e: Error & { code?: string }) => console.error(`[pg] idle connection closed: ${e.code ?? e.message}`));
    holder.__flightplanBulkPool = created;
  }
  return holder.__flightplanBulkPool;
}

export type PgTx = Pick<pg.PoolClient, "query">;

/** One statement outside a transaction (a read of a large text column, for instance). */
export async function pgQuery<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R[]> {
  return (await pool().query<R>(sql, params)).rows;
}

/**
 * Runs `work` in one transaction on a pooled connection; a deadlock or serialization failure
 * runs it again (as runTransaction does for Prisma), at most MAX_ATTEMPTS times.
 */
export async function runPgTransaction<T>(work: (tx: PgTx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool().connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      if (attempt >= MAX_ATTEMPTS || !isRetryableConflict(e)) throw e;
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 20));
    } finally {
      client.release();
    }
  }
}

/** Read-only statements in one REPEATABLE READ snapshot (a whole plan, consistent across tables). */
export async function runPgReadSnapshot<T>(work: (tx: PgTx) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
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
