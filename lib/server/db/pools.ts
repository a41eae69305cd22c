import "server-only";
import pg from "pg";
import { databasePools, databaseUrl } from "@/lib/env";

/**
 * Two small node-postgres pools beside Prisma's, used only inside the repositories:
 * - "bulk", for reads and writes of megabytes (a whole plan). Prisma's query compiler runs on the
 *   event loop and costs ~100 ms per MB of parameters (seconds for a 100,000-item plan's stored
 *   source as a Json value), and it turns a whole result into objects in one go; node-postgres
 *   sends a string parameter as it is and parses rows as they arrive.
 * - "request", for the few short statements nearly every API request runs (the actor lookup, the
 *   plan version, the checkbox toggle). Through Prisma each of them costs ~1 ms of event-loop time
 *   in the query compiler and client runtime even as $queryRaw, which made the toggle route half
 *   as fast as the same SQL over pg (bench:api). Its own pool, so a whole-plan load or an import
 *   holding the bulk connections never queues a sign-in check behind it.
 * Only for statements whose SQL is fixed in our code; values always go as parameters.
 */

export type PoolName = "bulk" | "request";
/** What a statement needs of a connection: a pooled client inside a transaction, or a pool. */
export type PgClient = Pick<pg.PoolClient, "query">;
export type Row = pg.QueryResultRow;

const holder = globalThis as unknown as { __flightplanPgPools?: Partial<Record<PoolName, pg.Pool>> };

export function pool(name: PoolName = "bulk"): pg.Pool {
  const pools = (holder.__flightplanPgPools ??= {});
  let existing = pools[name];
  if (!existing) {
    // Sizes are DATABASE_POOL_SIZE's shares (lib/env.ts); no connection within DATABASE_WAIT_MS → 503.
    const sizes = databasePools();
    existing = new pg.Pool({
      connectionString: databaseUrl(),
      max: sizes[name],
      connectionTimeoutMillis: sizes.waitMs,
      application_name: `flightplan-${name}`,
    });
    // An idle connection the server ends (a restart, a terminated backend) emits 'error' on the
    // pool; unhandled, that would end the whole process. The pool drops that client and opens a
    // new one on the next query, so logging the code is all there is to do.
    existing.on("error", (e: Error & { code?: string }) =>
      console.error(`[pg] idle connection closed: ${e.code ?? e.message}`),
    );
    pools[name] = existing;
  }
  return existing;
}

/** One statement outside a transaction on the bulk pool (a read of a large text column, for instance). */
export async function bulkQuery<R extends Row>(sql: string, params: unknown[]): Promise<R[]> {
  return (await pool("bulk").query<R>(sql, params)).rows;
}

/** One short statement on the request pool (see above): a lookup or a one-statement write. */
export async function requestQuery<R extends Row>(sql: string, params: unknown[]): Promise<R[]> {
  return (await pool("request").query<R>(sql, params)).rows;
}

/** A connection of its own for LISTEN (lib/server/live/plan-events.ts holds one per process). */
export function listenerClient(applicationName: string): pg.Client {
  return new pg.Client({ connectionString: databaseUrl(), application_name: applicationName });
}
