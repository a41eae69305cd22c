import "server-only";
import { db } from "@/lib/db";

/** "ok" when the database answers a trivial query; throws otherwise. */
export async function checkDatabase(): Promise<"ok"> {
  await db.$queryRaw`SELECT 1`;
  return "ok";
}
