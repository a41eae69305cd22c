/**
 * `npm run -s flightplan -- token create --email demo@flightplan.local` after `npm install &&
 * npm start`, without DATABASE_URL: the CLI uses npm start's database, the embedded server under
 * .data/pg (started for the command when it is not running, and stopped again).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env };
delete env.DATABASE_URL;

function node(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: root, env, timeout: 240_000 });
  return { code: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** What npm start does before serving: the embedded database, migrated and seeded. */
const START = `import("./scripts/db.mjs").then((db) => db.runThenExit(async () => {
  const url = await db.ensureDatabase({ log: () => {} });
  await db.migrateDeploy(url, { stdio: "ignore" });
  const { spawnSync } = await import("node:child_process");
  const seed = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/seed.ts", "--demo"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });
  return seed.status;
}))`;

const countTokens = (hash: string) => `import("./scripts/db.mjs").then((db) => db.runThenExit(async () => {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: await db.ensureDatabase({ log: () => {} }) });
  await client.connect();
  const { rows } = await client.query("SELECT count(*)::int AS n FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND u.email = 'demo@flightplan.local'", [${JSON.stringify(hash)}]);
  console.log(rows[0].n);
  await client.end();
}))`;

describe("flightplan token create without DATABASE_URL", () => {
  it("creates the token in npm start's embedded database", () => {
    expect(node(["--input-type=module", "-e", START]).code).toBe(0);

    const r = node([
      "--import",
      "tsx",
      "--conditions=react-server",
      "cli/flightplan.ts",
      "token",
      "create",
      "--email",
      "demo@flightplan.local",
    ]);
    expect(r.stderr).not.toContain("DATABASE_URL is not set");
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^\S{20,}$/);

    const hash = createHash("sha256").update(token).digest("hex");
    const check = node(["--input-type=module", "-e", countTokens(hash)]);
    expect(check.stdout.trim()).toBe("1");
  }, 300_000);
});
