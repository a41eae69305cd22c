// `npm run bench:api`: the REST API under load, against a bare node:http + pg baseline.
//
// Set-up: a throw-away database (DATABASE_URL's server, else the embedded one), an owner with an
// API token, and a generated 5,000-task plan (15,000 checkboxes) stored through storeParsedPlan,
// the storing half of importPlan (the engine's parse of the same markdown is checked equal by the
// integration tests; the parse itself is measured by bench:import).
// Measured on 127.0.0.1 only, closed loop (each connection sends its next request when the answer
// is in), 50 connections (BENCH_CONNECTIONS), 10 s each:
//   GET   /api/plans/:id                      (plan read; plain, and as a browser asks for it with
//                                            Accept-Encoding: br, and gzip only)
//   PATCH /api/plans/:id/items/:itemId {"done": true}  (toggle; a random one of the 15,000 items,
//                                                       all reset to not-done before each run;
//                                                       also once with 1 connection, for latency
//                                                       without queueing)
//   GET   /api/plans/:id/roadmap             (schedule + forecast + baseline; 10 connections; the
//                                            first request builds it, later ones hit the cache
//                                            keyed by plan version; then the same with
//                                            If-None-Match: 304s)
// against: the app (scripts/server.mjs, the production server `npm start` runs; needs a build:
// .next/BUILD_ID; `--build` builds first), with the plan cache on and (plan read only) off; and
// bench/api-bare-server.mjs, the same database work without a framework (the bench's own server:
// no bench code is part of the app).
// Clients: the GETs (answers of 0.5-4 MB) go through wrk when it is installed (bench/wrk.ts says
// why), the toggles through autocannon. Last, the GET client reads the exact bytes the app sent
// from the bare server (/static/<name>): the client's own ceiling for that answer.
// Targets: toggle p95 < 20 ms, plan read p95 < 100 ms, >= half the bare server's throughput,
// roadmap p95 < 150 ms at 10 connections. `--only=roadmap` measures the roadmap route alone.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { wrkAvailable, wrkGet, type LoadStats } from "./wrk";
import {
  ROOT,
  createDatabaseIfMissing,
  dropDatabase,
  ensureServer,
  migrateDeploy,
  stopEmbedded,
  withDatabase,
} from "../scripts/db.mjs";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50);
const DURATION = Number(process.env.BENCH_DURATION || 10);
const TASKS = Number(process.env.BENCH_TASKS || 5000);
// BENCH_PORT (default 3911) for the Next server, the next one for the bare baseline.
const NEXT_PORT = Number(process.env.BENCH_PORT || 3911);
const ONLY_ROADMAP = process.argv.includes("--only=roadmap");
const ROADMAP_CONNECTIONS = 10;
const BARE_PORT = NEXT_PORT + 1;
// BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the app server.
const SERVER_NODE_ARGS = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];

type Stats = LoadStats;

const children: ChildProcess[] = [];

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function load(
  label: string,
  opts: {
    url: string;
    method: "GET" | "PATCH";
    token: string;
    path: () => string;
    body?: string;
    connections?: number;
    headers?: Record<string, string>;
  },
): Promise<Stats> {
  const headers = { authorization: `Bearer ${opts.token}`, "content-type": "application/json", ...opts.headers };
  if (opts.method === "GET" && wrkAvailable()) {
    return wrkGet(label, {
      url: `${opts.url}${opts.path()}`,
      connections: opts.connections ?? CONNECTIONS,
      seconds: DURATION,
      headers,
    });
  }
  const latencies: number[] = [];
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections ?? CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: opts.method,
        headers,
        body: opts.body,
        setupRequest: (req: Record<string, unknown>) => ({ ...req, path: opts.path() }),
      },
    ],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    label,
    requests: result.requests.total,
    rps: result.requests.total / DURATION,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    mbPerSec: result.throughput.average / 1e6,
  };
}

function start(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  ready: () => Promise<boolean>,
): Promise<ChildProcess> {
  const child = spawn(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = async () => {
      if (child.exitCode !== null)
        return reject(new Error(`${path.basename(args[0] ?? cmd)} exited with ${child.exitCode}`));
      if (await ready().catch(() => false)) return resolve(child);
      if (Date.now() - t0 > 60_000) return reject(new Error(`${cmd} did not become ready`));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

/** One answer's bytes as sent (still compressed: node:http does not decode), with its encoding. */
function rawAnswer(url: string, headers: Record<string, string>): Promise<{ body: Buffer; encoding?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ body: Buffer.concat(chunks), encoding: res.headers["content-encoding"] }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

const answers = (url: string, token: string) => async () =>
  (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).ok;

function fmt(s: Stats): string {
  const n = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "-");
  return `${s.label.padEnd(42)} ${String(s.requests).padStart(7)} ${n(s.rps).padStart(8)} ${n(s.p50).padStart(8)} ${n(s.p95).padStart(8)} ${n(s.p99).padStart(8)} ${String(s.non2xx).padStart(6)} ${String(s.errors).padStart(8)} ${n(s.mbPerSec).padStart(7)}`;
}

async function main(): Promise<number> {
  const adminUrl = await ensureServer({ log: (m) => console.log(m) });
  const dbName = `flightplan_bench_${randomBytes(4).toString("hex")}`;
  await createDatabaseIfMissing(adminUrl, dbName);
  const url = withDatabase(adminUrl, dbName);
  const sql = new pg.Client({ connectionString: url });
  try {
    await migrateDeploy(url, { stdio: ["ignore", "ignore", "inherit"] });
    process.env.DATABASE_URL = url;
    // Imported after DATABASE_URL is set: lib/env reads it on first use.
    const { signUpUser } = await import("@/lib/server/users/accounts");
    const { createApiToken } = await import("@/lib/server/tokens/api-tokens");
    const { storeParsedPlan } = await import("@/lib/server/plans/import");
    const { generatePlan } = await import("@/lib/server/testing/generate-plan");
    const { db } = await import("@/lib/server/db/client");

    const user = await signUpUser({ email: `bench-${dbName}@bench.local`, password: "bench-password", name: "Bench" });
    const actor = { userId: user.id, workspaceId: user.workspaceId, role: "owner" as const };
    const { token } = await createApiToken(actor, "bench");
    let t0 = performance.now();
    const plan = await storeParsedPlan(actor, generatePlan(TASKS), "bench.md");
    const itemIds = plan.phases.flatMap((p) => p.tasks.flatMap((t) => t.checklist.map((i) => i.id)));
    console.log(
      `Plan with ${TASKS} tasks and ${itemIds.length} items stored in ${Math.round(performance.now() - t0)} ms`,
    );
    await db.$disconnect();
    await sql.connect();

    const planPath = `/api/plans/${plan.id}`;
    const randomItemPath = () => `${planPath}/items/${itemIds[Math.floor(Math.random() * itemIds.length)]}`;
    const resetItems = () => sql.query("UPDATE items SET done = false, done_at = NULL WHERE plan_id = $1", [plan.id]);
    const changedSince = async (since: Date) =>
      Number(
        (await sql.query("SELECT count(*) FROM activity WHERE plan_id = $1 AND created_at >= $2", [plan.id, since]))
          .rows[0].count,
      );

    // The exact bytes of each measured app GET, for the client's ceiling at the end.
    const samples = new Map<string, { body: Buffer; encoding?: string; connections: number }>();
    const getRun = async (
      label: string,
      base: string,
      getPath: string,
      headers: Record<string, string> = {},
      connections = CONNECTIONS,
    ) => {
      const stats = await load(label, { url: base, method: "GET", token, path: () => getPath, headers, connections });
      if (label.startsWith("next (plan cache on)") && !headers["if-none-match"]) {
        samples.set(label, {
          ...(await rawAnswer(`${base}${getPath}`, { authorization: `Bearer ${token}`, ...headers })),
          connections,
        });
      }
      return stats;
    };
    const loadBefore = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ");
    const results: Stats[] = [];
    const notes: string[] = [];
    // Let the server finish what a run left in flight, so it does not count against the next run.
    const settle = async (base: string) => {
      await new Promise((r) => setTimeout(r, 1000));
      await fetch(`${base}${planPath}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.arrayBuffer());
    };
    const measureRoadmap = async (label: string, base: string) => {
      const roadmapPath = `${planPath}/roadmap`;
      t0 = performance.now();
      const first = await fetch(`${base}${roadmapPath}`, { headers: { authorization: `Bearer ${token}` } });
      const body = await first.arrayBuffer();
      notes.push(
        `${label}: first GET roadmap (builds forecast + baseline): ${Math.round(performance.now() - t0)} ms, status ${first.status}, ${(body.byteLength / 1e6).toFixed(2)} MB`,
      );
      const etag = first.headers.get("etag");
      // The body, then revalidation (If-None-Match: 304s; autocannon counts them as non-2xx, wrk as successes).
      results.push(
        await getRun(`${label}: GET roadmap, ${ROADMAP_CONNECTIONS} conn`, base, roadmapPath, {}, ROADMAP_CONNECTIONS),
      );
      await settle(base);
      if (etag) {
        results.push(
          await load(`${label}: GET roadmap 304, ${ROADMAP_CONNECTIONS} conn`, {
            url: base,
            method: "GET",
            token,
            path: () => roadmapPath,
            connections: ROADMAP_CONNECTIONS,
            headers: { "if-none-match": etag },
          }),
        );
        await settle(base);
      }
    };
    const measure = async (
      label: string,
      base: string,
      withToggle: boolean,
      withRoadmap = false,
      compressed = false,
    ) => {
      // Warm-up: JIT, connection pools, route compilation.
      for (let i = 0; i < 5; i++)
        await fetch(`${base}${planPath}`, { headers: { authorization: `Bearer ${token}` } }).then((r) =>
          r.arrayBuffer(),
        );
      if (withRoadmap) await measureRoadmap(label, base);
      if (ONLY_ROADMAP) return;
      results.push(await getRun(`${label}: GET plan`, base, planPath));
      await settle(base);
      if (compressed) {
        // What a browser asks for: the body compressed once per plan version (lib/api/encoded-json.ts).
        results.push(
          await getRun(`${label}: GET plan, br`, base, planPath, { "accept-encoding": "gzip, deflate, br" }),
        );
        await settle(base);
        results.push(await getRun(`${label}: GET plan, gzip`, base, planPath, { "accept-encoding": "gzip" }));
        await settle(base);
      }
      if (!withToggle) return;
      await resetItems();
      const since = new Date();
      const toggle = await load(`${label}: PATCH item`, {
        url: base,
        method: "PATCH",
        token,
        path: randomItemPath,
        body: JSON.stringify({ done: true }),
      });
      results.push(toggle);
      notes.push(
        `${label}: ${await changedSince(since)} of ${toggle.requests} toggles changed an item (the rest hit an already-ticked one)`,
      );
      await settle(base);
      // Latency without queueing: one client toggling as fast as it can.
      await resetItems();
      results.push(
        await load(`${label}: PATCH item, 1 conn`, {
          url: base,
          method: "PATCH",
          token,
          path: randomItemPath,
          body: JSON.stringify({ done: true }),
          connections: 1,
        }),
      );
      await settle(base);
    };

    // Bare baseline.
    if (!ONLY_ROADMAP) {
      const bare = await start(
        process.execPath,
        [path.join(ROOT, "bench", "api-bare-server.mjs")],
        { DATABASE_URL: url, PORT: String(BARE_PORT) },
        answers(`http://127.0.0.1:${BARE_PORT}${planPath}`, token),
      );
      await measure("bare node:http + pg", `http://127.0.0.1:${BARE_PORT}`, true);
      await stop(bare);
    }

    // The real app, on the production server `npm start` runs (Next plus compression).
    const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
    const serverScript = path.join(ROOT, "scripts", "server.mjs");
    if (process.argv.includes("--build") && existsSync(nextBin)) {
      console.log("next build ...");
      await new Promise<void>((resolve, reject) =>
        spawn(process.execPath, [nextBin, "build"], {
          cwd: ROOT,
          stdio: "inherit",
          env: { ...process.env, DATABASE_URL: url },
        }).on("exit", (c) => (c === 0 ? resolve() : reject(new Error("next build failed")))),
      );
    }
    if (!existsSync(nextBin) || !existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
      notes.push(
        "Next server not measured: no production build (.next/BUILD_ID); run `npm run bench:api -- --build` or `npm start` once.",
      );
    } else {
      for (const cache of ONLY_ROADMAP ? (["on"] as const) : (["on", "off"] as const)) {
        const env = {
          DATABASE_URL: url,
          AUTH_SECRET: randomBytes(32).toString("base64url"),
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          PLAN_CACHE: cache,
        };
        const next = await start(
          process.execPath,
          [...SERVER_NODE_ARGS, serverScript, "-p", String(NEXT_PORT), "-H", "127.0.0.1"],
          env,
          answers(`http://127.0.0.1:${NEXT_PORT}${planPath}`, token),
        );
        await measure(
          `next (plan cache ${cache})`,
          `http://127.0.0.1:${NEXT_PORT}`,
          cache === "on",
          cache === "on",
          cache === "on",
        );
        await stop(next);
      }
    }

    // The GET client against the same bytes from a bare server (Content-Length, nothing else to
    // do): what it can read at best, so the app's figure beside it says how much is the app's.
    const ceilings = new Map<string, Stats>();
    if (samples.size) {
      const bareBase = `http://127.0.0.1:${BARE_PORT}`;
      const bare = await start(
        process.execPath,
        [path.join(ROOT, "bench", "api-bare-server.mjs")],
        { DATABASE_URL: url, PORT: String(BARE_PORT) },
        async () => (await fetch(`${bareBase}/static/none`)).status === 404,
      );
      let n = 0;
      for (const [label, sample] of samples) {
        const name = `answer-${n++}`;
        await fetch(`${bareBase}/static/${name}`, {
          method: "PUT",
          body: new Uint8Array(sample.body),
          headers: sample.encoding ? { "content-encoding": sample.encoding } : {},
        });
        const size = `${(sample.body.byteLength / 1e6).toFixed(2)} MB${sample.encoding ? ` ${sample.encoding}` : ""}`;
        const ceiling = await load(`client ceiling, same ${size}`, {
          url: bareBase,
          method: "GET",
          token,
          path: () => `/static/${name}`,
          connections: sample.connections,
        });
        ceilings.set(label, ceiling);
        results.push(ceiling);
      }
      await stop(bare);
    }

    console.log(
      `\nGET client: ${wrkAvailable() ? "wrk" : "autocannon (install wrk: autocannon cannot read megabyte answers fast enough, see bench/wrk.ts)"}; PATCH client: autocannon`,
    );
    console.log(
      `${CONNECTIONS} connections, ${DURATION} s per run, plan of ${TASKS} tasks / ${itemIds.length} items; latencies in ms; load average before: ${loadBefore}\n`,
    );
    console.log(
      `${"run".padEnd(42)} ${"reqs".padStart(7)} ${"req/s".padStart(8)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)} ${"non2xx".padStart(6)} ${"timeouts".padStart(8)} ${"MB/s".padStart(7)}`,
    );
    for (const r of results) console.log(fmt(r));
    console.log("");
    for (const n of notes) console.log(`- ${n}`);
    const find = (label: string) => results.find((r) => r.label === label);
    const bareGet = find("bare node:http + pg: GET plan");
    const barePatch = find("bare node:http + pg: PATCH item");
    const nextGet = find("next (plan cache on): GET plan");
    const nextPatch = find("next (plan cache on): PATCH item");
    const nextGetCold = find("next (plan cache off): GET plan");
    const roadmap = find(`next (plan cache on): GET roadmap, ${ROADMAP_CONNECTIONS} conn`);
    if (roadmap) {
      const c = ceilings.get(roadmap.label);
      console.log(
        `- roadmap p95 ${roadmap.p95.toFixed(1)} ms at ${ROADMAP_CONNECTIONS} connections (target < 150): ${roadmap.p95 < 150 ? "met" : "MISSED"}${c ? ` (client ceiling: p95 ${c.p95.toFixed(1)} ms)` : ""}`,
      );
    }
    if (nextGet && nextPatch && bareGet && barePatch) {
      const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
      // At many connections toggles queue on the database's commits, the bare server's as much as ours.
      console.log(
        `- toggle p95 ${nextPatch.p95.toFixed(1)} ms (target < 20): ${verdict(nextPatch.p95 < 20)} (bare server: ${barePatch.p95.toFixed(1)} ms)`,
      );
      const ceilingNote = (r: Stats) => {
        const c = ceilings.get(r.label);
        return c ? ` (the client's ceiling at that size: p95 ${c.p95.toFixed(1)} ms, ${c.rps.toFixed(0)} req/s)` : "";
      };
      console.log(
        `- plan read p95 ${nextGet.p95.toFixed(1)} ms (target < 100): ${verdict(nextGet.p95 < 100)}${ceilingNote(nextGet)}`,
      );
      for (const enc of ["br", "gzip"]) {
        const r = find(`next (plan cache on): GET plan, ${enc}`);
        if (r)
          console.log(
            `- plan read p95, ${enc}: ${r.p95.toFixed(1)} ms (target < 100): ${verdict(r.p95 < 100)}${ceilingNote(r)}`,
          );
      }
      console.log(
        `- throughput vs bare: plan read ${(nextGet.rps / bareGet.rps).toFixed(2)}x${nextGetCold ? ` (cache off ${(nextGetCold.rps / bareGet.rps).toFixed(2)}x)` : ""}, toggle ${(nextPatch.rps / barePatch.rps).toFixed(2)}x (target >= 0.5): ${verdict(nextGet.rps >= bareGet.rps / 2 && nextPatch.rps >= barePatch.rps / 2)}`,
      );
    }
    return 0;
  } finally {
    for (const c of children) await stop(c);
    await sql.end().catch(() => {});
    await dropDatabase(adminUrl, dbName).catch((e) => console.error(`could not drop ${dbName}: ${e.message}`));
    await stopEmbedded();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
