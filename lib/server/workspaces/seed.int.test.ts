import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/**
 * `npm start` seeds the demo account (a published password) only into the embedded database or
 * when asked: scripts/seed.ts does nothing without --demo. Run against a fresh, empty database of
 * its own (scripts/with-test-db.mjs), since the shared test database already has users.
 */
describe("the demo seed", () => {
  it("seeds an empty database only when asked with --demo, and says so", () => {
    const countUsers = `node -e "const pg=require('pg');const c=new pg.Client({connectionString:process.env.DATABASE_URL});c.connect().then(()=>c.query('SELECT count(*)::int AS n FROM users')).then(r=>{console.log('users='+r.rows[0].n);return c.end()})"`;
    const seed = "tsx --conditions=react-server scripts/seed.ts";
    const script = `${seed} && ${countUsers} && ${seed} --demo && ${countUsers}`;
    const run = spawnSync(process.execPath, ["scripts/with-test-db.mjs", "sh", "-c", script], {
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout;
    const [unasked, asked] = [...out.matchAll(/users=(\d+)/g)].map((m) => Number(m[1]));
    expect(out).toContain("Not seeding");
    expect(unasked).toBe(0);
    expect(out).toMatch(/Seeded the demo workspace with \d+ plans/);
    expect(out).toContain("Demo login: demo@flightplan.local");
    expect(asked).toBe(1);
  }, 300_000);
});
