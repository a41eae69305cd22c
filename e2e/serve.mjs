// The e2e web server: production build, then the production server (scripts/server.mjs, as `npm start` runs
// it) on PORT and a second one (below) (DATABASE_URL comes from scripts/with-test-db.mjs). E2E_SKIP_BUILD=1
// reuses the existing .next build.
import { spawn } from "node:child_process";
import { buildWorker } from "../scripts/build-worker.mjs";

const port = process.env.PORT ?? "3100";
const nextBin = "node_modules/next/dist/bin/next";
const serverScript = "scripts/server.mjs";

function run(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: "inherit", env: process.env });
    const forward = (sig) => child.kill(sig);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      // 143 / 130: stopped by SIGTERM / SIGINT (the test run is over), not a failure.
      if (code === 0 || signal || code === 143 || code === 130) resolve(code ?? 0);
      else reject(new Error(`${script} ${args[0]} exited with ${code}`));
    });
  });
}

// The parse worker is bundled apart from Next (it is a worker thread's file); always fresh, < 1 s.
await buildWorker();
if (process.env.E2E_SKIP_BUILD !== "1") {
  const t0 = Date.now();
  await run(nextBin, ["build"]);
  console.log(`[e2e] next build took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
// A second instance on the same database (E2E_PORT_B, default PORT + 100): the live test ticks
// through one and watches a page served by the other. E2E_PORT_B=0 starts only one.
const portB = process.env.E2E_PORT_B ?? String(Number(port) + 100);
const instances = [run(serverScript, ["-p", port, "-H", "127.0.0.1"])];
if (portB !== "0") instances.push(run(serverScript, ["-p", portB, "-H", "127.0.0.1"]));
await Promise.all(instances);
