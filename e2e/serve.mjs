// The e2e web server: production build, then the production server (scripts/server.mjs, as `npm start` runs
// it) on PORT and a second one (below) (DATABASE_URL comes from scripts/with-test-db.mjs). E2E_SKIP_BUILD=1
// reuses the existing .next build.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildWorker } from "../scripts/build-worker.mjs";
import { NGINX, startNginx, waitForPort } from "./load-balancer.mjs";

const port = process.env.PORT ?? "3100";
const nextBin = "node_modules/next/dist/bin/next";
const serverScript = "scripts/server.mjs";

let stopping = false;
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => (stopping = true));

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

// Three instances as one behind nginx (e2e/load-balancer.spec.ts): the two above and a third on
// E2E_PORT_C, which the test stops with SIGTERM and this script starts again (as a supervisor
// would). E2E_LB_PORT=0, or no nginx outside CI, leaves it out.
const lbPort = process.env.E2E_LB_PORT ?? String(Number(port) + 50);
const portC = process.env.E2E_PORT_C ?? String(Number(port) + 60);
const lbDir = process.env.E2E_LB_DIR;
// A third instance's pid from an earlier run must not make the test think this run has one.
if (lbDir) rmSync(lbDir, { recursive: true, force: true });
if (lbPort !== "0" && portB !== "0" && lbDir && (NGINX || process.env.CI)) {
  mkdirSync(lbDir, { recursive: true });
  instances.push(supervise(serverScript, portC, path.join(lbDir, "instance-c.json")));
  await Promise.all([port, portB, portC].map((p) => waitForPort(Number(p))));
  const nginx = await startNginx({
    dir: path.join(lbDir, "nginx"),
    listen: Number(lbPort),
    upstreams: [port, portB, portC],
  });
  console.log(`[e2e] nginx on ${lbPort} in front of ${port}, ${portB} and ${portC}`);
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => nginx.kill("SIGQUIT"));
  instances.push(new Promise((resolve) => nginx.on("exit", resolve)));
} else if (lbPort !== "0") console.log("[e2e] no nginx: the load-balancer test will be skipped");
await Promise.all(instances);

/** Runs the server on `p` and starts it again whenever it ends before this script does; its pid goes to `stateFile`. */
async function supervise(script, p, stateFile) {
  for (;;) {
    const child = spawn(process.execPath, [script, "-p", p, "-H", "127.0.0.1"], { stdio: "inherit", env: process.env });
    writeFileSync(stateFile, JSON.stringify({ pid: child.pid, port: Number(p) }));
    const forward = (sig) => child.kill(sig);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    const how = await new Promise((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
    process.off("SIGINT", forward);
    process.off("SIGTERM", forward);
    if (stopping) return;
    console.log(`[e2e] the instance on ${p} ended (${how}); starting it again`);
  }
}
