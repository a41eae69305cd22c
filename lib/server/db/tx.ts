import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "./client";
import { pool, type PgClient, type Row } from "./pools";

/**
 * Transactions. Outside lib/server/db a transaction is an opaque handle (`Tx`): the domain code
 * opens one (runTransaction, runBulkTransaction), passes it to repository functions and never
 * queries with it, so every statement of the app is written in a repository. Inside, `rowsOf`
 * runs one SQL statement in either driver's transaction and `prismaOf` gives Prisma's client.
 */

class TxHandle {
  readonly #brand = "tx";
  /** For logs: which driver runs the transaction. */
  toString(): string {
    return `Tx(${this.#brand})`;
  }
}
export type Tx = TxHandle;

type Driver = { prisma: Prisma.TransactionClient } | { pg: PgClient };
const drivers = new WeakMap<Tx, Driver>();

function open(driver: Driver): Tx {
  const tx = new TxHandle();
  drivers.set(tx, driver);
  return tx;
}

function driverOf(tx: Tx): Driver {
  const d = drivers.get(tx);
  if (!d) throw new Error("Not a transaction of lib/server/db (or one that has ended).");
  return d;
}

/** Prisma's client of a transaction opened by runTransaction. */
export function prismaOf(tx: Tx): Prisma.TransactionClient {
  const d = driverOf(tx);
  if (!("prisma" in d)) throw new Error("This transaction runs on node-postgres, not Prisma.");
  return d.prisma;
}

/** The rows of one statement with `$n` parameters, in either driver's transaction. */
export async function rowsOf<R extends Row>(tx: Tx, sql: string, params: unknown[]): Promise<R[]> {
  const d = driverOf(tx);
  if ("prisma" in d) return d.prisma.$queryRawUnsafe<R[]>(sql, ...params);
  return (await d.pg.query<R>(sql, params)).rows;
}

/** Options for transactions that write a whole plan (imports of 5,000 tasks, re-imports). */
export const BULK_TX = { maxWait: 15_000, timeout: 120_000 } as const;

/** Prisma's unique-constraint violation, or PostgreSQL's (23505) through node-postgres. */
export const isUniqueViolation = (e: unknown): boolean =>
  typeof e === "object" && e !== null && ["P2002", "23505"].includes(String((e as { code?: unknown }).code));

const RETRYABLE_SQLSTATES = new Set(["40001", "40P01"]);

/**
 * A serialization failure or deadlock (SQLSTATE 40001 / 40P01): the database rolled the
 * transaction back and running it again is safe. Prisma reports these as P2034, or (raw SQL,
 * driver adapter) with the SQLSTATE somewhere on the error or its cause.
 */
export function isRetryableConflict(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && typeof cur === "object" && depth < 5; depth++) {
    const o = cur as {
      code?: unknown;
      meta?: { code?: unknown };
      originalCode?: unknown;
      cause?: unknown;
      message?: unknown;
    };
    if (o.code === "P2034") return true;
    for (const c of [o.code, o.originalCode, o.meta?.code])
      if (typeof c === "string" && RETRYABLE_SQLSTATES.has(c)) return true;
    if (typeof o.message === "string" && /deadlock detected|could not serialize access/.test(o.message)) return true;
    cur = o.cause;
  }
  return false;
}

export const MAX_ATTEMPTS = 4;

/**
 * Runs `work` again (a few times, with a short random back-off) when PostgreSQL aborted it for a
 * deadlock or a serialization failure. `work` must be a whole transaction or a single statement.
 */
export async function withRetry<T>(work: () => Promise<T>, attempts = MAX_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt >= attempts || !isRetryableConflict(e)) throw e;
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.random() * 20));
    }
  }
}

/**
 * The app's way to open a transaction: Prisma's interactive one with bounded retries of deadlocks
 * and serialization failures. Writers to a plan lock its row first (`lockPlan`), so the lock order
 * is always plan row → its tasks/items, and a deadlock is the rare exception this retries.
 */
export function runTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  return withRetry(() => db.$transaction((prisma) => work(open({ prisma })), options));
}

/** `work` on one pooled bulk connection between `begin` and COMMIT; ROLLBACK when it throws. */
async function onBulkConnection<T>(begin: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool("bulk").connect();
  try {
    await client.query(begin);
    const result = await work(open({ pg: client }));
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
 * A transaction on the bulk node-postgres pool (lib/server/db/pools.ts), for writes of megabytes
 * (an import); retried like runTransaction.
 */
export function runBulkTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return withRetry(() => onBulkConnection("BEGIN", work));
}

/** Read-only statements in one REPEATABLE READ snapshot on the bulk pool (a whole plan, consistent across tables). */
export function runReadSnapshot<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return onBulkConnection("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", work);
}
