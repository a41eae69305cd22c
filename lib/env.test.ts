import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
const cwd = process.cwd();

afterEach(() => {
  process.env = { ...saved };
  process.chdir(cwd);
  vi.resetModules();
});

async function freshEnv() {
  vi.resetModules();
  return import("./env");
}

describe("getEnv", () => {
  it("applies defaults and reads PORT as a number", async () => {
    process.env = {
      ...saved,
      DATABASE_URL: "postgresql://u@127.0.0.1:5432/db",
      AUTH_SECRET: "s".repeat(40),
      PORT: "4100",
    };
    const { getEnv, databaseUrl } = await freshEnv();
    expect(getEnv()).toMatchObject({ PORT: 4100, PLAN_CACHE: "on", AUTH_SECRET: "s".repeat(40) });
    expect(databaseUrl()).toBe("postgresql://u@127.0.0.1:5432/db");
  });

  it("rejects invalid values with a message naming the variable", async () => {
    process.env = { ...saved, DATABASE_URL: "mysql://x", AUTH_SECRET: "short" };
    const { getEnv } = await freshEnv();
    expect(() => getEnv()).toThrow(/DATABASE_URL.*postgresql|AUTH_SECRET.*32/);
  });

  it("works without DATABASE_URL until a connection needs it", async () => {
    process.env = { ...saved, AUTH_SECRET: "s".repeat(40) };
    delete process.env.DATABASE_URL;
    delete process.env.PORT;
    const { getEnv, databaseUrl } = await freshEnv();
    expect(getEnv().PORT).toBe(3000);
    expect(() => databaseUrl()).toThrow(/DATABASE_URL is not set/);
  });

  it("generates a local AUTH_SECRET once and keeps it in .data/auth-secret", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fp-env-"));
    process.chdir(dir);
    process.env = { ...saved };
    delete process.env.AUTH_SECRET;
    const first = (await freshEnv()).getEnv().AUTH_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, ".data", "auth-secret"), "utf8").trim()).toBe(first);
    const second = (await freshEnv()).getEnv().AUTH_SECRET;
    expect(second).toBe(first);
  });

  it("in production with DATABASE_URL and no AUTH_SECRET: stops with one line instead of a secret of its own", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fp-env-"));
    process.chdir(dir);
    process.env = { ...saved, NODE_ENV: "production", DATABASE_URL: "postgresql://u@127.0.0.1:5432/db" };
    delete process.env.AUTH_SECRET;
    const { getEnv } = await freshEnv();
    expect(() => getEnv()).toThrow(/^AUTH_SECRET is not set: with DATABASE_URL every instance must sign sessions/);
    expect(existsSync(path.join(dir, ".data"))).toBe(false);
  });
});
