// `node scripts/with-test-db.mjs CMD ARGS...`: runs CMD against a fresh, migrated, throw-away
// database (flightplan_test_<random>) on DATABASE_URL's server, or on the embedded one; drops it
// afterwards, also when CMD fails or is interrupted; exits with CMD's exit code.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import {
  ROOT,
  createDatabaseIfMissing,
  dropDatabase,
  ensureServer,
  migrateDeploy,
  stopEmbedded,
  withDatabase,
} from "./db.mjs";

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error("usage: node scripts/with-test-db.mjs CMD [ARGS...]");
  process.exit(2);
}

const name = `flightplan_test_${randomBytes(5).toString("hex")}`;
const log = (m) => console.error(`[with-test-db] ${m}`);
let adminUrl;
let child;
let code = 1;
let created = false;

// Forward Ctrl-C / SIGTERM to the command and let the cleanup below run.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (child && child.exitCode === null) child.kill(signal);
  });
}

try {
  adminUrl = await ensureServer({ log });
  await createDatabaseIfMissing(adminUrl, name);
  created = true;
  const url = withDatabase(adminUrl, name);
  await migrateDeploy(url, { stdio: ["ignore", "ignore", "inherit"] });
  log(`database ${name} ready`);
  code = await new Promise((resolve, reject) => {
    // Binaries of node_modules/.bin first, as npm scripts have them.
    const binPath = `${path.join(ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`;
    child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url, PATH: binPath } });
    child.on("error", reject);
    child.on("exit", (c, signal) => resolve(c ?? (signal ? 128 + 1 : 1)));
  });
} catch (e) {
  log(e instanceof Error ? e.message : String(e));
  code = 1;
} finally {
  if (created) await dropDatabase(adminUrl, name).catch((e) => log(`could not drop ${name}: ${e.message}`));
  await stopEmbedded();
}
process.exit(code);
