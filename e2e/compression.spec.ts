import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import type { ApiPlan } from "@/lib/plan/contract";
import { allItems, createTokenViaApi, importViaApi, signUp } from "./helpers";

// The production server (scripts/server.mjs) compresses what a client accepts: the plan, the task
// index and the roadmap compressed once per plan version, other answers per request, never the
// event stream. Raw HTTP here (node:http), so nothing decodes behind the test's back.
test.describe.configure({ mode: "serial" });

const PLAN = "app-v2-readiness-plan.md";
let page: Page;
let planId: string;
let token: string;

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function raw(
  base: string,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
  body?: string,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL(path, base),
      { method, headers: { authorization: `Bearer ${token}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function decoded(r: Raw): unknown {
  const encoding = r.headers["content-encoding"];
  const bytes = encoding === "gzip" ? gunzipSync(r.body) : encoding === "br" ? brotliDecompressSync(r.body) : r.body;
  return JSON.parse(bytes.toString("utf8"));
}

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
  await signUp(page, { name: "Olivia Owner" });
  planId = await importViaApi(page.request, PLAN);
  token = await createTokenViaApi(page.request, "compression");
});

test.afterAll(async () => {
  await page.context().close();
});

test("the plan goes compressed to a client that accepts gzip or brotli, plain to one that does not, the same JSON", async ({
  baseURL,
}) => {
  const plain = await raw(baseURL!, `/api/plans/${planId}`);
  expect(plain.status).toBe(200);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.headers["x-flightplan-content-encoding"]).toBeUndefined();
  const plan = JSON.parse(plain.body.toString("utf8")) as ApiPlan;
  expect(plan.id).toBe(planId);

  for (const [accept, encoding] of [
    ["gzip", "gzip"],
    ["gzip, deflate, br, zstd", "br"],
  ] as const) {
    const r = await raw(baseURL!, `/api/plans/${planId}`, { "accept-encoding": accept });
    expect(r.status).toBe(200);
    expect(r.headers["content-encoding"]).toBe(encoding);
    expect(r.headers["x-flightplan-content-encoding"]).toBeUndefined();
    expect(r.headers["content-type"]).toBe("application/json");
    expect(r.headers.vary).toMatch(/accept-encoding/i);
    expect(r.headers.etag).toBe(plain.headers.etag);
    expect(r.body.byteLength).toBeLessThan(plain.body.byteLength / 3);
    expect(decoded(r)).toEqual(plan);
  }
});

test("If-None-Match with the current version is still a 304, compressed or not; a change makes a new compressed body", async ({
  baseURL,
}) => {
  const first = await raw(baseURL!, `/api/plans/${planId}`, { "accept-encoding": "gzip" });
  const etag = first.headers.etag!;
  const again = await raw(baseURL!, `/api/plans/${planId}`, { "accept-encoding": "gzip", "if-none-match": etag });
  expect(again.status).toBe(304);
  expect(again.body.byteLength).toBe(0);
  expect((await raw(baseURL!, `/api/plans/${planId}`, { "if-none-match": etag })).status).toBe(304);

  const item = allItems(decoded(first) as ApiPlan).find((i) => !i.done)!;
  const tick = await raw(
    baseURL!,
    `/api/plans/${planId}/items/${item.id}`,
    { "content-type": "application/json" },
    "PATCH",
    JSON.stringify({ done: true }),
  );
  expect(tick.status).toBe(200);
  const after = await raw(baseURL!, `/api/plans/${planId}`, { "accept-encoding": "gzip", "if-none-match": etag });
  expect(after.status).toBe(200);
  expect(after.headers.etag).not.toBe(etag);
  const plan = decoded(after) as ApiPlan;
  expect(plan.version).toBe((decoded(first) as ApiPlan).version + 1);
  expect(allItems(plan).find((i) => i.id === item.id)?.done).toBe(true);
  // Instance B (same database) sends the same version's body, compressed by itself.
  const other = process.env.E2E_BASE_URL_B;
  if (other) expect(decoded(await raw(other, `/api/plans/${planId}`, { "accept-encoding": "br" }))).toEqual(plan);
});

test("the task index, the roadmap, the activity log and the change feed are compressed too", async ({ baseURL }) => {
  for (const path of [
    `/api/plans/${planId}/tasks`,
    `/api/plans/${planId}/roadmap`,
    `/api/plans/${planId}/activity`,
    `/api/plans/${planId}/changes?since=0`,
  ]) {
    const plain = await raw(baseURL!, path);
    expect(plain.status, path).toBe(200);
    expect(plain.headers["content-encoding"], path).toBeUndefined();
    const r = await raw(baseURL!, path, { "accept-encoding": "gzip, br" });
    expect(r.headers["content-encoding"], path).toBe("br");
    expect(decoded(r), path).toEqual(JSON.parse(plain.body.toString("utf8")));
  }
});

test("the event stream is not compressed and its first event arrives at once", async ({ baseURL }) => {
  const first = await new Promise<{ headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const req = http.get(
      new URL(`/api/plans/${planId}/events`, baseURL),
      { headers: { authorization: `Bearer ${token}`, "accept-encoding": "gzip, deflate, br" } },
      (res) => {
        res.once("data", (chunk: Buffer) => {
          resolve({ headers: res.headers, text: chunk.toString("utf8") });
          req.destroy();
        });
      },
    );
    req.on("error", reject);
    setTimeout(() => reject(new Error("no event within 5 s")), 5000);
  });
  expect(first.headers["content-type"]).toMatch(/^text\/event-stream/);
  expect(first.headers["content-encoding"]).toBeUndefined();
  expect(first.headers["cache-control"]).toContain("no-transform");
  expect(first.text).toContain(`"planId":"${planId}"`);
});
