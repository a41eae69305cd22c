import "server-only";
import type { PgTx } from "@/lib/server/pg";
import type { Tx } from "@/lib/server/tx";

/**
 * Either driver's transaction: Prisma's interactive one or a node-postgres client (the bulk
 * pool's, lib/server/pg.ts). Repositories write one SQL statement for both, with `$n` parameters.
 */
export type AnyTx = Tx | PgTx;

const isPrisma = (tx: AnyTx): tx is Tx => "$queryRawUnsafe" in tx;

/** The rows of one statement with `$n` parameters, in either driver's transaction. */
export async function rowsOf<R>(tx: AnyTx, sql: string, params: unknown[]): Promise<R[]> {
  if (isPrisma(tx)) return tx.$queryRawUnsafe<R[]>(sql, ...params);
  return (await tx.query(sql, params)).rows as R[];
}
