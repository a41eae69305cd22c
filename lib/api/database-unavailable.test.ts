import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { errorResponse } from "./handler";

// Real errors from real clients of a database nobody listens on (port 1), as the app's clients
// raise them while PostgreSQL is down or restarting: an API answer is then 503 with Retry-After,
// not a 500 `internal`.
const DOWN = "postgresql://postgres@127.0.0.1:1/none";
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: DOWN, connectionTimeoutMillis: 1000 }) });
const pool = new pg.Pool({ connectionString: DOWN });
afterAll(async () => {
  await prisma.$disconnect();
  await pool.end();
});

const caught = (p: Promise<unknown>) =>
  p.then(
    () => expect.unreachable("the database answered"),
    (e: unknown) => e,
  );

describe("the API while PostgreSQL is down", () => {
  it("answers 503 unavailable with Retry-After, and logs one line without a stack", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const errors = [
      await caught(prisma.user.findFirst()),
      await caught(prisma.$queryRaw`SELECT 1`),
      await caught(prisma.$transaction(async (tx) => tx.user.count())),
      await caught(pool.query("SELECT 1")),
    ];
    for (const e of errors) {
      const res = errorResponse(e, new Request("http://localhost/api/plans"));
      expect(res.status, String(e)).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unavailable");
    }
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(errors.length);
    expect(warn.mock.calls[0]![0]).toMatch(/^\[api\] GET \/api\/plans: the database is unavailable \(/);
    vi.restoreAllMocks();
  });
});
