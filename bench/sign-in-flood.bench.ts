// `npm run bench:sign-in`: /api/health latency while unauthenticated sign-ins flood the server.
//
// Against a RUNNING server (BENCH_URL, default http://127.0.0.1:$PORT): first /api/health alone
// (sequential requests for BENCH_IDLE seconds), then the same while BENCH_CONCURRENCY clients post
// wrong passwords for random emails to Auth.js's credentials endpoint for BENCH_DURATION seconds,
// each from its own X-Forwarded-For address (a botnet: neither rate limit stops it, so every
// attempt costs a password hash). Prints health median / p99 idle and under the flood, and their
// ratio. The same script against an older build gives the "before" numbers.
export {};

const BASE = process.env.BENCH_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const IDLE = Number(process.env.BENCH_IDLE || 5);
const DURATION = Number(process.env.BENCH_DURATION || 15);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 20);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

async function sampleHealth(seconds: number): Promise<number[]> {
  const out: number[] = [];
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const t0 = performance.now();
    const res = await fetch(`${BASE}/api/health`);
    await res.arrayBuffer();
    out.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}

async function csrf(): Promise<{ token: string; cookie: string }> {
  const res = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { token: csrfToken, cookie };
}

async function flood(seconds: number): Promise<{ attempts: number; statuses: Record<number, number> }> {
  const { token, cookie } = await csrf();
  const end = Date.now() + seconds * 1000;
  const statuses: Record<number, number> = {};
  let attempts = 0;
  let n = 0;
  const worker = async () => {
    while (Date.now() < end) {
      const i = n++;
      const body = new URLSearchParams({
        email: `flood-${i}-${Math.random().toString(36).slice(2)}@bench.local`,
        password: "not-the-password",
        csrfToken: token,
      });
      const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie,
          origin: BASE,
          "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        },
        body,
      });
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      attempts++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { attempts, statuses };
}

const idle = await sampleHealth(IDLE);
const [loaded, result] = await Promise.all([sampleHealth(DURATION), flood(DURATION)]);
const row = (label: string, xs: number[]) =>
  `${label.padEnd(22)} n=${String(xs.length).padStart(4)}  median ${pct(xs, 50).toFixed(1).padStart(7)} ms  p99 ${pct(xs, 99).toFixed(1).padStart(7)} ms`;
console.log(`sign-in flood against ${BASE}: ${CONCURRENCY} clients, ${DURATION} s`);
console.log(row("/api/health idle", idle));
console.log(row("/api/health flooded", loaded));
console.log(
  `sign-in attempts: ${result.attempts} (${(result.attempts / DURATION).toFixed(1)}/s), statuses ${JSON.stringify(result.statuses)}`,
);
console.log(`health median flooded / idle: ${(pct(loaded, 50) / pct(idle, 50)).toFixed(2)}`);
