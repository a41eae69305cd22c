import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;

/** Options for transactions that write a whole plan (imports of 5,000 tasks, re-imports). */
export const BULK_TX = { maxWait: 15_000, timeout: 120_000 } as const;

/** Prisma's unique-constraint violation. */
export const isUniqueViolation = (e: unknown): boolean =>
  typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";

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
 * The app's one way to open a transaction: `db.$transaction` with bounded retries of deadlocks and
 * serialization failures. Writers to a plan lock its row first (`lockPlan`), so the lock order is
 * always plan row → its tasks/items, and a deadlock is the rare exception this retries.
 */
export function runTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  options?: { maxWait?: number; timeout?: number },
): Promise<T> {
  return withRetry(() => db.$transaction(work, options));
}

/**
 * Locks the plan row for the rest of the transaction (the first lock every plan writer takes);
 * false when the plan is not in the workspace.
 */
export async function lockPlan(tx: Tx, planId: string, workspaceId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM plans WHERE id = ${planId} AND workspace_id = ${workspaceId} FOR UPDATE`;
  return rows.length > 0;
}
