// `npm run bench:export`: the markdown export of the generated 5,000-task plan over HTTP, against
// the plan read (`GET /api/plans/:id`, a body of the same order of size) on the same server in the
// same run. Needs a production build (.next/BUILD_ID; `--build` builds first).
//
//   first       the first export after the server started, right after the first plan read (it
//               reads the source texts, and a new worker restores the stored description)
//   after tick  an export right after a checkbox changed (a new version: the usual case)
//   same        the same version exported again
//   parallel    three exports at once right after a tick (time until all three are done)
// Median of RUNS (BENCH_RUNS, default 7). Target: export < 300 ms.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ROOT,
  createDatabaseIfMissing,
  dropDatabase,
  ensureServer,
  migrateDeploy,
  runThenExit,
  withDatabase,
} from "../scripts/db.mjs";

const TASKS = Number(process.env.BENCH_TASKS || 5000);
const RUNS = Number(process.env.BENCH_RUNS || 7);
const PORT = Number(process.env.BENCH_PORT || 3917);
const BASE = `http://127.0.0.1:${PORT}`;
const TARGET_MS = 300;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function startNext(env: Record<string, string>): Promise<ChildProcess> {
  // The production server `npm start` runs (Next plus compression).
  const server = path.join(ROOT, "scripts", "server.mjs");
  const child = spawn(process.execPath, [server, "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`scripts/server.mjs exited with ${child.exitCode}`));
      if (
        await fetch(`${BASE}/api/health`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        return resolve(child);
      if (Date.now() - t0 > 60_000) return reject(new Error("scripts/server.mjs did not become ready"));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

async function main(): Promise<number> {
  if (process.argv.includes("--build")) {
    await new Promise<void>((resolve, reject) =>
      spawn("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" }).on("exit", (c) =>
        c === 0 ? resolve() : reject(new Error("npm run build failed")),
      ),
    );
  }
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.error("No production build (.next/BUILD_ID): run `npm run build` or `npm run bench:export -- --build`.");
    return 1;
  }
  const adminUrl = await ensureServer({ log: (m) => console.log(m) });
  const dbName = `flightplan_bench_export_${randomBytes(4).toString("hex")}`;
  await createDatabaseIfMissing(adminUrl, dbName);
  const url = withDatabase(adminUrl, dbName);
  let next: ChildProcess | null = null;
  try {
    await migrateDeploy(url, { stdio: ["ignore", "ignore", "inherit"] });
    process.env.DATABASE_URL = url;
    const { signUpUser } = await import("@/lib/server/users/accounts");
    const { createApiToken } = await import("@/lib/server/tokens/api-tokens");
    const { importPlan } = await import("@/lib/server/plans/import");
    const { generatePlan } = await import("./generate-plan");
    const { db } = await import("@/lib/server/db/client");
    const user = await signUpUser({
      email: `bench-export-${dbName}@bench.local`,
      password: "bench-password",
      name: "Bench",
    });
    const actor = { userId: user.id, workspaceId: user.workspaceId, role: "owner" as const };
    const { token } = await createApiToken(actor, "bench");
    const source = generatePlan({ tasks: TASKS });
    const plan = await importPlan(actor, { input: source, fileName: "bench.md" });
    const items = plan.phases.flatMap((p) => p.tasks.flatMap((t) => t.checklist)).filter((i) => !i.done);
    await db.$disconnect();

    next = await startNext({
      DATABASE_URL: url,
      AUTH_SECRET: "bench-export-secret-0123456789abcdefghijklmnop",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    const headers = { authorization: `Bearer ${token}` };
    const timed = async (p: string, init: RequestInit = {}) => {
      const t0 = performance.now();
      const res = await fetch(`${BASE}${p}`, { ...init, headers: { ...headers, ...(init.headers ?? {}) } });
      const body = await res.arrayBuffer();
      if (!res.ok) throw new Error(`${init.method ?? "GET"} ${p}: ${res.status}`);
      return { ms: performance.now() - t0, bytes: body.byteLength, text: () => new TextDecoder().decode(body) };
    };
    const exportPath = `/api/plans/${plan.id}/export?format=md`;
    let ticks = 0;
    const tick = () =>
      timed(`/api/plans/${plan.id}/items/${items[ticks++]!.id}`, {
        method: "PATCH",
        body: JSON.stringify({ done: true }),
        headers: { "content-type": "application/json" },
      });

    // A cold process: the first read loads the whole plan (every page and export starts from it).
    const coldRead = await timed(`/api/plans/${plan.id}`);
    const first = await timed(exportPath);
    const identical = first.text() === source;
    // The plan read of the same server and plan, warm: the baseline.
    for (let i = 0; i < 3; i++) await timed(`/api/plans/${plan.id}`);
    const read: number[] = [];
    const afterTick: number[] = [];
    const same: number[] = [];
    const parallel: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      read.push((await timed(`/api/plans/${plan.id}`)).ms);
      await tick();
      afterTick.push((await timed(exportPath)).ms);
      same.push((await timed(exportPath)).ms);
      await tick();
      const t0 = performance.now();
      await Promise.all([1, 2, 3].map(() => timed(exportPath)));
      parallel.push(performance.now() - t0);
    }
    const last = (await timed(exportPath)).text();
    let changed = last.length === source.length ? 0 : NaN;
    for (let i = 0; i < last.length && changed === changed; i++)
      if (last.charCodeAt(i) !== source.charCodeAt(i)) changed++;

    const readMs = median(read);
    const row = (name: string, ms: number, target = true) =>
      console.log(
        `${name.padEnd(34)} ${`${Math.round(ms)} ms`.padStart(9)} ${`${(ms / readMs).toFixed(2)}x`.padStart(8)}   ${target ? (ms < TARGET_MS ? `< ${TARGET_MS} ms ok` : `< ${TARGET_MS} ms MISSED`) : ""}`,
      );
    console.log(
      `\nbench:export — ${TASKS}-task plan (${(source.length / 1e6).toFixed(2)} MB of markdown), median of ${RUNS}, load ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")}`,
    );
    console.log(`${"measure".padEnd(34)} ${"time".padStart(9)} ${"vs read".padStart(8)}   target`);
    row("GET /api/plans/:id (baseline)", readMs, false);
    row("first plan read after start", coldRead.ms, false);
    row("first export after start (then)", first.ms);
    row("export after a tick", median(afterTick));
    row("same version again", median(same));
    row("3 parallel exports after a tick", median(parallel), false);
    console.log(
      `\nunchanged export is the file: ${identical ? "yes" : "NO"}; after ${ticks} ticks ${changed} characters differ (${changed === ticks ? "one per tick" : "MISMATCH"})`,
    );
    const ok = identical && changed === ticks && median(afterTick) < TARGET_MS && median(same) < TARGET_MS;
    console.log(ok ? "Targets met." : "Some targets missed (see above).");
    return 0;
  } finally {
    if (next) next.kill("SIGTERM");
    await dropDatabase(adminUrl, dbName).catch(() => undefined);
  }
}

runThenExit(main);
