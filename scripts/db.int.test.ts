/**
 * `npm start` as root in a checkout the postgres user cannot enter (a clone under /root, a
 * `mktemp -d` folder): the embedded server is really started there. Unreachable, it stops with
 * one line that says what to do; after doing that, it initialises and runs.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
const port = String(Number(process.env.FLIGHTPLAN_PG_PORT || 54329) + 1);

// A checkout in a mktemp -d folder (mode 700, owned by root): the scripts, and node_modules.
const parent = mkdtempSync(path.join(tmpdir(), "flightplan-root-"));
const checkout = path.join(parent, "flightplan");
cpSync(path.join(root, "scripts"), path.join(checkout, "scripts"), { recursive: true });
symlinkSync(path.join(root, "node_modules"), path.join(checkout, "node_modules"));

afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** What `npm start` does first: the embedded database, without DATABASE_URL. */
function ensureEmbedded() {
  const script = `import("./scripts/db.mjs").then(async (db) => { await db.runThenExit(async () => { const url = await db.ensureDatabase({ log: () => {} }); console.log(url); }); })`;
  const env: NodeJS.ProcessEnv = { ...process.env, FLIGHTPLAN_PG_PORT: port };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: checkout,
    env,
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

describe.runIf(asRoot)("the embedded database as root in a folder postgres cannot enter", () => {
  it("stops with one line that names the folder and what to do", () => {
    const r = ensureEmbedded();
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`chmod o+x ${parent}`);
    expect(lines[0]).toContain("DATABASE_URL");
    expect(r.stderr).not.toMatch(/EACCES|\n\s+at /);
  });

  it("runs there once the folder lets postgres pass (what the line says to do)", () => {
    chmodSync(parent, 0o701);
    const r = ensureEmbedded();
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`postgresql://postgres:postgres@127.0.0.1:${port}/flightplan`);
  });
});
