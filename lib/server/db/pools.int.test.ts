import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { bulkQuery as pgQuery } from "./pools";

afterAll(async () => {
  await db.$disconnect();
});

describe("the bulk node-postgres pool", () => {
  it("survives the server ending its idle connections (a restart, a terminated backend) and answers again", async () => {
    expect(await pgQuery<{ one: number }>("SELECT 1 AS one", [])).toEqual([{ one: 1 }]);
    const ended = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'flightplan-bulk' AND datname = current_database()
      ) t`;
    expect(Number(ended[0]!.n)).toBeGreaterThan(0);
    // Without an 'error' listener on the pool the idle client's error would end this process here.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await pgQuery<{ two: number }>("SELECT 2 AS two", [])).toEqual([{ two: 2 }]);
  });
});
