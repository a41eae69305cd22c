import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The client inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;

/** Options for transactions that write a whole plan (imports of 5,000 tasks, re-imports). */
export const BULK_TX = { maxWait: 15_000, timeout: 120_000 } as const;

/** Prisma's unique-constraint violation. */
export const isUniqueViolation = (e: unknown): boolean =>
  typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
