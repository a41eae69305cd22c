import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  expect,
  request as playwrightRequest,
  test,
  type APIResponse,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { generatePlanMarkdown } from "@/lib/server/testing/generate-plan";
import { allItems, getPlanJson, importViaApi, PASSWORD, signUp } from "./helpers";

// Three app instances on one database behind nginx, round robin, no stickiness (e2e/serve.mjs
// starts them and nginx with e2e/load-balancer.mjs's config; the third instance is restarted by
// serve.mjs whenever it ends). nginx adds X-Upstream: which instance answered.
test.describe.configure({ mode: "serial" });

const LB = process.env.E2E_LB_URL ?? "";
const DIR = process.env.E2E_LB_DIR ?? "";
const PLAN = "app-v2-readiness-plan.md";
const instanceC = () =>
  JSON.parse(readFileSync(path.join(DIR, "instance-c.json"), "utf8")) as { pid: number; port: number };
const upstream = (res: APIResponse) => res.headers()["x-upstream"] ?? "";
/** The instances' own addresses (host:port, as X-Upstream names them). */
let instances: string[];
let owner: BrowserContext;
let page: Page;
let planId: string;

test.beforeAll(async ({ browser }) => {
  test.skip(!LB || !existsSync(path.join(DIR, "instance-c.json")), "needs nginx and a third instance (e2e/serve.mjs)");
  // Tests start once the first instance answers; the third and nginx may still be starting.
  const probe = await playwrightRequest.newContext({ baseURL: LB });
  await expect
    .poll(async () => (await probe.get("/api/health").catch(() => null))?.status(), { timeout: 120_000 })
    .toBe(200);
  await probe.dispose();
  instances = [
    process.env.E2E_BASE_URL_A ?? "",
    process.env.E2E_BASE_URL_B ?? "",
    `http://127.0.0.1:${instanceC().port}`,
  ].map((u) => new URL(u).host);
  owner = await browser.newContext({ baseURL: LB });
  page = await owner.newPage();
});

test.afterAll(async () => {
  await owner?.close();
});

test("sign-up and sign-in through the balancer: every instance knows the session", async () => {
  await signUp(page, { name: "Olivia Owner" });
  // The page's own requests interleave: ask until every instance has answered.
  const seen = new Set<string>();
  for (let i = 0; i < 12 && seen.size < 3; i++) {
    const res = await page.request.get("/api/plans");
    expect(res.status()).toBe(200);
    seen.add(upstream(res));
  }
  expect([...seen].sort()).toEqual([...instances].sort());
  planId = await importViaApi(page.request, PLAN);
});

test("a tick through one instance shows on a page whose live stream is on another", async () => {
  const stream = page.waitForResponse((r) => r.url().includes(`/api/plans/${planId}/events`));
  await page.goto(`/plans/${planId}`);
  const streamOn = (await (await stream).allHeaders())["x-upstream"]!;
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-live", "true");
  const box = page.getByTestId("checklist-item").locator("input[type=checkbox]:not(:checked)").first();
  const id = (await box.getAttribute("id"))!;
  const other = instances.find((h) => h !== streamOn)!;
  const res = await page.request.patch(`http://${other}/api/plans/${planId}/items/${id.replace(/^item-/, "")}`, {
    data: { done: true },
  });
  expect(res.status()).toBe(200);
  await expect(page.locator(`[id="${id}"]`)).toBeChecked({ timeout: 2_000 });
  // No page in the background from here on: the round robin then goes request by request.
  await page.goto("about:blank");
});

test("an ETag from one instance is a 304 on the others", async () => {
  const first = await page.request.get(`/api/plans/${planId}`);
  const etag = first.headers()["etag"]!;
  expect(etag).toBeTruthy();
  const seen = new Set<string>();
  for (let i = 0; i < 12 && seen.size < 3; i++) {
    const res = await page.request.get(`/api/plans/${planId}`, { headers: { "If-None-Match": etag } });
    expect(res.status()).toBe(304);
    seen.add(upstream(res));
  }
  expect([...seen].sort()).toEqual([...instances].sort());
});

test("sign-in attempts are counted across the instances", async ({ browser }) => {
  const fresh = await browser.newContext({ baseURL: LB });
  const { email } = await signUp(await fresh.newPage());
  await fresh.close();
  const anon = await playwrightRequest.newContext({ baseURL: LB });
  const { csrfToken } = (await (await anon.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const attempt = (password: string) =>
    anon.post("/api/auth/callback/credentials", { form: { email, password, csrfToken }, maxRedirects: 0 });
  const seen = new Set<string>();
  for (let i = 0; i < 10; i++) {
    const res = await attempt("not-the-password");
    expect(res.status()).toBe(302);
    seen.add(upstream(res));
  }
  expect([...seen].sort()).toEqual([...instances].sort());
  // The eleventh, on whichever instance: over the account's limit, even with the right password.
  const limited = await attempt(PASSWORD);
  expect(limited.status()).toBe(429);
  await anon.dispose();
});

test("a share link revoked through one instance is refused by all", async () => {
  const created = await page.request.post(`/api/plans/${planId}/share-links`, { data: { label: "Board" } });
  expect(created.status()).toBe(201);
  const { id, url } = (await created.json()) as { id: string; url: string };
  const token = new URL(url).pathname.split("/")[2]!;
  const anon = await playwrightRequest.newContext();
  const feedOn = (host: string) => anon.get(`http://${host}/s/${token}/feed.xml`);
  for (const host of instances) expect((await feedOn(host)).status(), host).toBe(200);
  const revoked = await page.request.delete(`/api/plans/${planId}/share-links/${id}`);
  expect(revoked.status()).toBe(204);
  for (const host of instances) {
    expect((await feedOn(host)).status(), host).toBe(404);
    expect((await anon.get(`http://${host}/s/${token}`)).status(), host).toBe(404);
  }
  await anon.dispose();
});

test("no request fails while one instance restarts", async () => {
  // A restart of Next on a loaded two-core machine, and nginx's 5 s before it tries the instance again.
  test.setTimeout(150_000);
  const plan = await getPlanJson(page.request, planId);
  const items = allItems(plan).slice(0, 4);
  const bigPlan = generatePlanMarkdown(150, "Imported during a restart");
  const before = instanceC();
  const failures: string[] = [];
  const served = { total: 0, byC: 0 };
  let running = true;
  let restartedAt = Infinity;
  const hostC = `127.0.0.1:${before.port}`;
  const record = (what: string, res: APIResponse | Error) => {
    if (res instanceof Error) return failures.push(`${what}: ${res.message}`);
    served.total++;
    if (upstream(res).endsWith(hostC) && Date.now() > restartedAt) served.byC++;
    if (res.status() >= 500 || res.status() === 0) failures.push(`${what}: ${res.status()} via ${upstream(res)}`);
  };
  // Four clients, each reading the plan and ticking its own item back and forth, as fast as answers come.
  const clients = items.map(async (item, i) => {
    for (let n = 0; running; n++) {
      const read = await page.request.get(`/api/plans/${planId}`).catch((e: Error) => e);
      record(`client ${i} read`, read);
      const tick = await page.request
        .patch(`/api/plans/${planId}/items/${item.id}`, { data: { done: n % 2 === 0 } })
        .catch((e: Error) => e);
      record(`client ${i} tick`, tick);
    }
  });
  await new Promise((r) => setTimeout(r, 500));
  // Three imports of a 150-task plan at once (round robin: one per instance), and the stop while
  // they are in flight: the stopping instance must finish its own (a POST is never retried).
  const imports = [0, 1, 2].map(async (i) => {
    const res = await page.request
      .post("/api/plans", { data: bigPlan, headers: { "Content-Type": "text/markdown" } })
      .catch((e: Error) => e);
    record(`import ${i}`, res);
    if (!(res instanceof Error) && res.status() < 500 && res.status() !== 201)
      failures.push(`import ${i}: ${res.status()}`);
  });
  await new Promise((r) => setTimeout(r, 150));
  process.kill(before.pid, "SIGTERM");
  // serve.mjs starts it again; it is back when it answers on its own port.
  await expect
    .poll(
      async () => {
        if (instanceC().pid === before.pid) return 0;
        return (await page.request.get(`http://${hostC}/api/health`).catch(() => null))?.status() ?? 0;
      },
      { timeout: 120_000, intervals: [200] },
    )
    .toBe(200);
  restartedAt = Date.now();
  // nginx sends it requests again once its fail_timeout (5 s) has passed.
  await expect.poll(() => served.byC, { timeout: 30_000, intervals: [250] }).toBeGreaterThan(0);
  running = false;
  await Promise.all([...clients, ...imports]);
  expect(failures).toEqual([]);
  expect(served.total).toBeGreaterThan(20);
});
