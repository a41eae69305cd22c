import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databasePools, databaseUrl } from "@/lib/env";

/**
 * The one Prisma client of the app: the Rust-free client over node-postgres (@prisma/adapter-pg).
 * Created on first use (so importing this module needs no DATABASE_URL, e.g. during `next build`)
 * and kept on globalThis so Next's dev-mode module reloading does not open a new pool each time.
 * Only the repositories (lib/server/db/) use it.
 */

/** Connections of Prisma's pool in this process (DATABASE_POOL_SIZE's share, lib/env.ts). */
export const prismaPoolSize = (): number => databasePools().prisma;

function createClient(): PrismaClient {
  const { prisma, waitMs } = databasePools();
  // Fail fast: a query or transaction that finds no free connection within DATABASE_WAIT_MS gives
  // up, and the API answers 503 with Retry-After (lib/server/db/unavailable.ts). Waiting longer
  // only piles requests up behind a saturated or unreachable database (node-postgres would wait
  // for ever, Prisma's transactions 10 s, and then answered 500).
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: prisma, connectionTimeoutMillis: waitMs });
  return new PrismaClient({ adapter, transactionOptions: { maxWait: waitMs, timeout: 15_000 } });
}

const holder = globalThis as unknown as { __flightplanDb?: PrismaClient };

function client(): PrismaClient {
  holder.__flightplanDb ??= createClient();
  return holder.__flightplanDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === "function" ? value.bind(c) : value;
  },
});

/** Closes the Prisma client's connections (scripts and tests end with it). */
export const disconnect = (): Promise<void> => db.$disconnect();

/** "ok" when the database answers a trivial query; throws otherwise (GET /api/health). */
export async function checkDatabase(): Promise<"ok"> {
  await db.$queryRaw`SELECT 1`;
  return "ok";
}
