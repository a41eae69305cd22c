import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "@/lib/env";

/**
 * The one Prisma client of the app: the Rust-free client over node-postgres (@prisma/adapter-pg).
 * Created on first use (so importing this module needs no DATABASE_URL, e.g. during `next build`)
 * and kept on globalThis so Next's dev-mode module reloading does not open a new pool each time.
 * Only the repositories (lib/server/db/) use it.
 */

const POOL_SIZE = 10;

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: POOL_SIZE });
  return new PrismaClient({
    adapter,
    // Under load a transaction may wait for a pooled connection longer than Prisma's 2 s default
    // maxWait; queueing a little longer beats failing the request with a 500.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
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
