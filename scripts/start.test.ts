import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
/** The environment without AUTH_SECRET and with a database nobody listens on (nothing may connect). */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete e.AUTH_SECRET;
  return e;
}

describe("AUTH_SECRET with DATABASE_URL", () => {
  for (const [name, args] of [
    ["npm start (scripts/start.mjs)", ["scripts/start.mjs"]],
    ["the production server (scripts/server.mjs)", ["scripts/server.mjs", "-p", "0"]],
  ] as const) {
    it(`${name} stops with one clear line before touching the database`, () => {
      const run = spawnSync(process.execPath, args, {
        cwd: ROOT,
        env: env({ DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" }),
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^AUTH_SECRET is not set: with DATABASE_URL every instance must sign sessions/);
      expect(run.stdout).toBe("");
    });
  }
});
