// `npm start`: database (DATABASE_URL or embedded PostgreSQL) → migrations → demo seed on an empty
// database (the embedded one, or any with `npm start -- --demo`) → `next build` when the build is
// missing or older than the sources → scripts/server.mjs (the production server: Next + compression).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { authSecretProblem } from "./auth-secret.mjs";
import { buildWorker } from "./build-worker.mjs";
import { ROOT, ensureDatabase, migrateDeploy, runThenExit } from "./db.mjs";

// Before anything else (no database, no build): a shared database needs the operator's secret.
const secretProblem = authSecretProblem();
if (secretProblem) {
  console.error(secretProblem);
  process.exit(1);
}

const PORT = process.env.PORT || "3000";
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

let child = null;
let stopping = false;

function run(cmd, args, env) {
  return new Promise((resolve, reject) => {
    child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      child = null;
      if (code === 0 || stopping) resolve(code ?? 0);
      else reject(new Error(`${path.basename(cmd)} ${args[0] ?? ""} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    if (child) child.kill(signal);
  });
}

/**
 * Same file and format as lib/env.ts: one random secret per checkout, kept across restarts. Only
 * for the embedded database: with DATABASE_URL, AUTH_SECRET is required (checked above).
 */
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(ROOT, ".data", "auth-secret");
  if (existsSync(file)) {
    const saved = readFileSync(file, "utf8").trim();
    if (saved.length >= 32) return saved;
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.mjs",
  "package.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", ".data", "generated"]);

function newestSourceMtime() {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const entry of readdirSync(p))
        if (!SKIP.has(entry) && !entry.endsWith(".test.ts")) visit(path.join(p, entry));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const s of SOURCES) visit(path.join(ROOT, s));
  return newest;
}

function buildIsStale() {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  return !existsSync(buildId) || statSync(buildId).mtimeMs < newestSourceMtime();
}

// The demo account has a published password: only the embedded database gets it unasked.
const embedded = !process.env.DATABASE_URL;
const demo = embedded || process.argv.slice(2).includes("--demo");

await runThenExit(async () => {
  const url = await ensureDatabase();
  console.log("Applying database migrations ...");
  await migrateDeploy(url, { stdio: ["ignore", "ignore", "inherit"] });
  const env = { DATABASE_URL: url, AUTH_SECRET: authSecret(), PORT };
  // Seeding imports plans, and imports parse in the worker pool: the worker file comes first.
  await buildWorker();
  if (demo) await run(bin("tsx"), ["--conditions=react-server", "scripts/seed.ts", "--demo"], env);
  else
    console.log(
      "DATABASE_URL is set: no demo data is seeded (`npm start -- --demo` seeds the demo workspace into an empty database).",
    );
  if (!stopping && !existsSync(path.join(ROOT, "node_modules", "next"))) {
    throw new Error("Next.js is not installed (run npm install)");
  }
  if (!stopping && buildIsStale()) {
    console.log("Building the app (next build) ...");
    await run(bin("next"), ["build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
  }
  if (stopping) return 0;
  console.log(`Starting Flightplan on http://localhost:${PORT}`);
  const host = process.env.HOST ? ["-H", process.env.HOST] : [];
  return run(process.execPath, [path.join(ROOT, "scripts", "server.mjs"), "-p", PORT, ...host], {
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  });
});
