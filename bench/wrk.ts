// Load runs through wrk (https://github.com/wg/wrk; Debian's package `wrk`), for answers too big
// for autocannon to read. autocannon parses every response in JavaScript on one thread: on this
// 2-core machine it reads about 70 MB/s of random-looking bytes (which compressed JSON is), so a
// static 0.5 MB body of them from a bare node:http server
// already queues to ~145 req/s and a p95 near 200 ms at 10 connections, whatever the server does
// (its README's "Limitations" says as much and recommends a compiled client). wrk reads the same
// body at ~6,000 req/s. Small answers (the toggle) stay on autocannon, which keeps up with them.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type LoadStats = {
  label: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  mbPerSec: number;
};

let available: boolean | undefined;
/** wrk on PATH (BENCH_CLIENT=autocannon forces the fallback). */
export function wrkAvailable(): boolean {
  if (process.env.BENCH_CLIENT === "autocannon") return false;
  if (available === undefined) {
    try {
      execFileSync("wrk", ["--version"], { stdio: "ignore" });
      available = true;
    } catch (e) {
      // wrk --version prints its banner and exits 1; only a missing binary throws ENOENT.
      available = (e as NodeJS.ErrnoException).code !== "ENOENT";
    }
  }
  return available;
}

// wrk's own summary in microseconds, printed as one JSON line after the run. `status` counts answers
// of 400 and above; a 304 is a success, as in autocannon's 2xx/3xx.
const REPORT_LUA = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('\\nWRK_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"p50":%d,"p95":%d,"p99":%d,"socketErrors":%d,"timeouts":%d,"status":%d}\\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write, e.timeout, e.status))
end
`;
let scriptPath: string | undefined;

/** `connections` closed-loop GETs of `url` for `seconds`, on up to two wrk threads. */
export function wrkGet(
  label: string,
  opts: { url: string; connections: number; seconds: number; headers: Record<string, string> },
): Promise<LoadStats> {
  scriptPath ??= path.join(mkdtempSync(path.join(os.tmpdir(), "bench-wrk-")), "report.lua");
  writeFileSync(scriptPath, REPORT_LUA);
  const threads = String(Math.max(1, Math.min(2, opts.connections)));
  const args = [
    "-t",
    threads,
    "-c",
    String(opts.connections),
    "-d",
    `${opts.seconds}s`,
    "--timeout",
    "10s",
    "-s",
    scriptPath,
  ];
  for (const [name, value] of Object.entries(opts.headers)) args.push("-H", `${name}: ${value}`);
  args.push(opts.url);
  return new Promise((resolve, reject) => {
    execFile("wrk", args, { maxBuffer: 1024 * 1024 }, (err, stdout) => {
      const line = stdout.split("\n").find((l) => l.startsWith("WRK_JSON "));
      if (err || !line) return reject(new Error(`wrk failed: ${err?.message ?? stdout}`));
      const r = JSON.parse(line.slice("WRK_JSON ".length)) as Record<string, number>;
      const seconds = r.durationUs! / 1e6;
      resolve({
        label,
        requests: r.requests!,
        rps: r.requests! / seconds,
        p50: r.p50! / 1000,
        p95: r.p95! / 1000,
        p99: r.p99! / 1000,
        errors: r.socketErrors! + r.timeouts!,
        non2xx: r.status!,
        mbPerSec: r.bytes! / seconds / 1e6,
      });
    });
  });
}
