// `npm run bench:health`: does one heavy request stall the server? Each pathological input is
// sent to a running production server (scripts/server.mjs, as `npm start` runs it; needs `npm run build`; `--build` builds
// first) while a client polls GET /api/health one request after another; the table gives the
// health latency while that input was being handled, against the same server idle (baseline).
// Target: health p99 < 100 ms for every input.
//
// Inputs: a 1 MB paragraph of `*a_` (refused by the engine's paragraph bound), 1 MB of `a]`
// paragraphs each just under the bound (parsed, or ended by the parse time limit), 100,000
// checkboxes and 50,000 headings (imported), a 5,000-task plan previewed and imported, and three
// parallel markdown exports of a 5,000-task plan.
//
// The machine may be shared: compare each row's p99 with the baseline's of the same run. Options
// (environment): BENCH_PORT; BENCH_ONLY=export (only inputs whose name contains it);
// BENCH_PARSE_TIME_LIMIT_MS (the server's PARSE_TIME_LIMIT_MS; on a loaded machine the 100,000
// checkboxes may reach the default 30 s per MiB and be refused, so their storing is not measured);
// BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (profiles the server).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generatePlan } from "./generate-plan";
import { buildWorker } from "../scripts/build-worker.mjs";
import {
  ROOT,
  createDatabaseIfMissing,
  dropDatabase,
  ensureServer,
  migrateDeploy,
  stopEmbedded,
  withDatabase,
} from "../scripts/db.mjs";

const PORT = Number(process.env.BENCH_PORT || 3913);
const BASE = `http://127.0.0.1:${PORT}`;
// An input still unanswered after this is a row with status 0 "timeout", not a hung run.
const INPUT_TIMEOUT_MS = Number(process.env.BENCH_INPUT_TIMEOUT_MS || 180_000);
const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

type Outcome = { status: number; code?: string; ms: number };
type Row = { input: string; outcomes: Outcome[]; health: number[] };

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("\n") + "\n";
const INPUTS: Array<{ name: string; send: (token: string, ctx: { exportPath: string }) => Promise<Outcome>[] }> = [
  {
    name: "1 MB paragraph of *a_ (preview)",
    send: (t) => [post(t, "/api/plans/preview", `# Plan\n\n${"*a_".repeat(350_000)}\n`)],
  },
  {
    name: "1 MB of a] paragraphs under the bound (preview)",
    send: (t) => [
      post(t, "/api/plans/preview", `# Plan\n\n${Array.from({ length: 260 }, () => "a]".repeat(1990)).join("\n\n")}\n`),
    ],
  },
  {
    name: "100,000 checkboxes (import)",
    send: (t) => [
      post(
        t,
        "/api/plans",
        "# Plan\n\n## Phase 1: Launch\n\n" + lines(100_000, (i) => `- [${i % 3 ? " " : "x"}] item ${i}`),
      ),
    ],
  },
  {
    name: "50,000 headings (import)",
    send: (t) => [
      post(
        t,
        "/api/plans",
        lines(50_000, (i) => `## Section ${i}\n\nText ${i}.\n`),
      ),
    ],
  },
  { name: "5,000-task plan (preview)", send: (t) => [post(t, "/api/plans/preview", generatePlan({ tasks: 5000 }))] },
  { name: "5,000-task plan (import)", send: (t) => [post(t, "/api/plans", generatePlan({ tasks: 5000 }))] },
  { name: "3 parallel exports, 5,000 tasks", send: (t, ctx) => [1, 2, 3].map(() => get(t, ctx.exportPath)) },
];

async function post(token: string, url: string, body: string): Promise<Outcome> {
  const t0 = performance.now();
  const res = await fetch(`${BASE}${url}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "text/markdown" },
    body,
    signal: AbortSignal.timeout(INPUT_TIMEOUT_MS),
  });
  const text = await res.text();
  return { status: res.status, code: res.ok ? undefined : errorCode(text), ms: performance.now() - t0 };
}

function errorCode(text: string): string {
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? "no code";
  } catch {
    return "not JSON";
  }
}

async function get(token: string, url: string): Promise<Outcome> {
  const t0 = performance.now();
  const res = await fetch(`${BASE}${url}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(INPUT_TIMEOUT_MS),
  });
  const text = await res.text();
  return { status: res.status, code: res.ok ? undefined : errorCode(text), ms: performance.now() - t0 };
}

/** Polls /api/health one request after another until `done` settles; returns the latencies. */
async function pollHealth(done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) {
    const t0 = performance.now();
    // A failed or refused health check counts as an infinitely slow one (shown as "fail").
    const ok = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(30_000) }).then(
      async (res) => (await res.arrayBuffer(), res.ok),
      () => false,
    );
    latencies.push(ok ? performance.now() - t0 : Infinity);
    await new Promise((r) => setTimeout(r, 5));
  }
  return latencies;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

function startServer(env: Record<string, string>): Promise<ChildProcess> {
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  // The production server `npm start` runs (Next plus compression).
  const child = spawn(
    process.execPath,
    [...nodeArgs, path.join(ROOT, "scripts", "server.mjs"), "-p", String(PORT), "-H", "127.0.0.1"],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`scripts/server.mjs exited with ${child.exitCode}`));
      if (
        await fetch(`${BASE}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return resolve(child);
      if (Date.now() - t0 > 60_000) return reject(new Error("scripts/server.mjs did not become ready"));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

async function main(): Promise<number> {
  await buildWorker();
  if (process.argv.includes("--build")) {
    await new Promise<void>((resolve, reject) =>
      spawn(process.execPath, [nextBin, "build"], { cwd: ROOT, stdio: "inherit" }).on("exit", (c) =>
        c === 0 ? resolve() : reject(new Error("next build failed")),
      ),
    );
  }
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID")))
    throw new Error("No production build: run `npm run build` or `npm run bench:health -- --build`.");
  const adminUrl = await ensureServer({ log: (m) => console.log(m) });
  const dbName = `flightplan_bench_${randomBytes(4).toString("hex")}`;
  await createDatabaseIfMissing(adminUrl, dbName);
  const url = withDatabase(adminUrl, dbName);
  let server: ChildProcess | undefined;
  try {
    await migrateDeploy(url, { stdio: ["ignore", "ignore", "inherit"] });
    process.env.DATABASE_URL = url;
    const { signUpUser } = await import("@/lib/server/users/accounts");
    const { createApiToken } = await import("@/lib/server/tokens/api-tokens");
    const { db } = await import("@/lib/server/db/client");
    const user = await signUpUser({
      email: `bench-${dbName}@bench.local`,
      password: "bench-password-long",
      name: "Bench",
    });
    const { token } = await createApiToken({ userId: user.id, workspaceId: user.workspaceId, role: "owner" }, "bench");
    await db.$disconnect();

    const limit: Record<string, string> = process.env.BENCH_PARSE_TIME_LIMIT_MS
      ? { PARSE_TIME_LIMIT_MS: process.env.BENCH_PARSE_TIME_LIMIT_MS }
      : {};
    server = await startServer({
      ...limit,
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    const imported = await fetch(`${BASE}/api/plans`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "text/markdown" },
      body: generatePlan({ tasks: 5000 }),
    });
    if (imported.status !== 201)
      throw new Error(`importing the 5,000-task plan failed: ${imported.status} ${await imported.text()}`);
    const exportPath = `/api/plans/${((await imported.json()) as { id: string }).id}/export?format=md`;

    const loadBefore = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ");
    const idle = new Promise((r) => setTimeout(r, 3000));
    printHeader(loadBefore);
    const rows: Row[] = [{ input: "baseline: idle server, 3 s", outcomes: [], health: await pollHealth(idle) }];
    printRow(rows[0]!);
    // BENCH_ONLY=export runs only the inputs whose name contains it (when profiling one).
    const only = process.env.BENCH_ONLY?.toLowerCase();
    for (const input of INPUTS.filter((i) => !only || i.name.toLowerCase().includes(only))) {
      // A request that fails or times out is a row, not the end of the run.
      const sent = input.send(token, { exportPath }).map((p) =>
        p.catch((e: unknown): Outcome => ({
          status: 0,
          code: e instanceof Error && e.name === "TimeoutError" ? "timeout" : "client error",
          ms: NaN,
        })),
      );
      const all = Promise.all(sent);
      const health = await pollHealth(all);
      rows.push({ input: input.name, outcomes: await all, health });
      printRow(rows.at(-1)!);
      await new Promise((r) => setTimeout(r, 500));
    }
    console.log(
      `\nload average after: ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")}`,
    );
    printSummary(rows);
    // A bench reports; it does not fail a run (the machine's load is not the code's verdict).
    return 0;
  } finally {
    if (server && server.exitCode === null) {
      await new Promise<void>((resolve) => {
        server!.once("exit", () => resolve());
        server!.kill("SIGTERM");
      });
    }
    await dropDatabase(adminUrl, dbName).catch((e) => console.error(`could not drop ${dbName}: ${e.message}`));
    await stopEmbedded();
  }
}

const n = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "fail");

function printHeader(loadBefore: string) {
  console.log(
    `\nGET /api/health polled one after another while each input was handled; ms; ${os.availableParallelism()} cores, load average before: ${loadBefore}\n`,
  );
  const cols = ["health n", "p50", "p95", "p99", "max"].map((c, i) => c.padStart(i ? 7 : 8)).join(" ");
  console.log(`${"input".padEnd(48)} ${"answer".padEnd(22)} ${"took ms".padStart(8)} ${cols}  p99 < 100`);
}

/** One line per input, printed as soon as it is done (a crash later keeps what was measured). */
function printRow(r: Row) {
  const answer = r.outcomes.length
    ? [...new Set(r.outcomes.map((o) => `${o.status}${o.code ? ` ${o.code}` : ""}`))].join(", ")
    : "-";
  const took = r.outcomes.length ? Math.max(...r.outcomes.map((o) => o.ms)) : NaN;
  const verdict = r.outcomes.length ? (pct(r.health, 99) < 100 ? "met" : "MISSED") : "";
  const stats = [pct(r.health, 50), pct(r.health, 95), pct(r.health, 99), Math.max(...r.health)]
    .map((x) => n(x).padStart(7))
    .join(" ");
  console.log(
    `${r.input.padEnd(48)} ${answer.padEnd(22)} ${(Number.isFinite(took) ? took.toFixed(0) : "-").padStart(8)} ${String(r.health.length).padStart(8)} ${stats}  ${verdict}`,
  );
}

/** The table to compare: health p50 / p99 / max per input against the idle server's p99. */
function printSummary(rows: Row[]) {
  const [base, ...inputs] = rows;
  const baseP99 = pct(base!.health, 99);
  console.log(
    `\n${"input".padEnd(48)} ${"p50".padStart(7)} ${"p99".padStart(7)} ${"max".padStart(8)} ${"baseline p99".padStart(13)}  p99 < 100 ms`,
  );
  for (const r of inputs) {
    const p99 = pct(r.health, 99);
    const cells = [
      n(pct(r.health, 50)).padStart(7),
      n(p99).padStart(7),
      n(Math.max(...r.health)).padStart(8),
      n(baseP99).padStart(13),
    ];
    console.log(`${r.input.padEnd(48)} ${cells.join(" ")}  ${p99 < 100 ? "yes" : "NO"}`);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
