import http from "node:http";
import { Readable } from "node:stream";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { MAX_PLAN_BYTES } from "@/lib/markdown";
import { allItems, createTokenViaApi, engineView, fixtureBytes, getPlanJson, importViaApi, signUp } from "./helpers";

const MB = 1024 * 1024;

test("health answers without auth", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});

test("no session and no token → 401 with the error body", async ({ baseURL }) => {
  const anon = await playwrightRequest.newContext({ baseURL });
  for (const [method, path] of [
    ["GET", "/api/plans"],
    ["POST", "/api/plans"],
    ["GET", "/api/tokens"],
    ["GET", "/api/plans/abc"],
    ["PATCH", "/api/plans/abc/items/def"],
  ] as const) {
    const res = await anon.fetch(path, { method, data: method === "GET" ? undefined : "{}" });
    expect(res.status(), `${method} ${path}`).toBe(401);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unauthorized");
    expect(body.error.message.length).toBeGreaterThan(0);
  }
  const bad = await anon.get("/api/plans", { headers: { Authorization: "Bearer fpt_not-a-real-token" } });
  expect(bad.status()).toBe(401);
  await anon.dispose();
});

test("Bearer tokens: created in settings, shown once, work for the API, revocable", async ({ page, baseURL }) => {
  await signUp(page);
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("ci");
  await page.getByTestId("token-submit").click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token.length).toBeGreaterThan(20);
  await expect(page.getByTestId("tokens")).toContainText("ci");
  await expect(page.getByTestId("tokens")).not.toContainText(token);

  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const name = "dsa110-roadmap.md";
  const created = await api.post("/api/plans", {
    data: fixtureBytes(name),
    headers: { "Content-Type": "text/markdown" },
  });
  expect(created.status()).toBe(201);
  const plan = (await created.json()) as { id: string; title: string; format: string };
  expect(plan.format).toBe("flightplan.plan/v1");
  expect(plan.title).toBe(engineView(name).plan.title);

  const list = await api.get("/api/plans");
  expect(list.status()).toBe(200);
  expect(((await list.json()) as Array<{ id: string }>).map((p) => p.id)).toContain(plan.id);
  const md = await api.get(`/api/plans/${plan.id}/export?format=md`);
  expect(md.headers()["content-disposition"]).toContain("attachment");
  expect((await md.body()).equals(engineView(name).exportBytes)).toBe(true);

  // Revoke: the token stops working.
  const tokens = (await (await page.request.get("/api/tokens")).json()) as Array<{ id: string; name: string }>;
  const del = await page.request.delete(`/api/tokens/${tokens.find((t) => t.name === "ci")!.id}`);
  expect(del.status()).toBe(204);
  expect((await api.get("/api/plans")).status()).toBe(401);
  await api.dispose();
});

test("bad input: 400 for bad JSON or shape, 422 for empty / binary markdown, nothing written", async ({ page }) => {
  await signUp(page);
  const planId = await importViaApi(page.request, "extraction-api-todo.md");
  const plan = await getPlanJson(page.request, planId);
  const task = plan.phases.flatMap((p) => p.tasks)[0]!;
  const itemUrl = `/api/plans/${planId}/items/${allItems(plan)[0]!.id}`;

  const badJson = await page.request.patch(itemUrl, {
    data: "{not json",
    headers: { "Content-Type": "application/json" },
  });
  expect(badJson.status()).toBe(400);
  expect(((await badJson.json()) as { error: { code: string } }).error.code).toBe("bad_request");
  // 100,000 nested arrays (200 KB): a 400, not a stack overflow's 500.
  const deep = await page.request.patch(itemUrl, {
    data: "[".repeat(100_000) + "]".repeat(100_000),
    headers: { "Content-Type": "application/json" },
  });
  expect(deep.status()).toBe(400);
  expect(((await deep.json()) as { error: { message: string } }).error.message).toContain("nested deeper");
  const badShape = await page.request.patch(itemUrl, { data: { done: "yes" } });
  expect(badShape.status()).toBe(400);
  const badStatus = await page.request.patch(`/api/plans/${planId}/tasks/${task.id}`, {
    data: { status: "finished", version: task.version },
  });
  expect(badStatus.status()).toBe(400);
  const badFormat = await page.request.get(`/api/plans/${planId}/export?format=pdf`);
  expect(badFormat.status()).toBe(400);

  const before = ((await (await page.request.get("/api/plans")).json()) as unknown[]).length;
  const empty = await page.request.post("/api/plans", {
    data: Buffer.alloc(0),
    headers: { "Content-Type": "text/markdown" },
  });
  expect(empty.status()).toBe(422);
  expect(((await empty.json()) as { error: { code: string; message: string } }).error.code).toBe("unprocessable");
  const binary = await page.request.post("/api/plans", {
    data: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x00]),
    headers: { "Content-Type": "text/markdown" },
  });
  expect(binary.status()).toBe(422);
  const previewEmpty = await page.request.post("/api/plans/preview", {
    data: "",
    headers: { "Content-Type": "text/markdown" },
  });
  expect(previewEmpty.status()).toBe(422);
  const after = ((await (await page.request.get("/api/plans")).json()) as unknown[]).length;
  expect(after).toBe(before);
});

test("the server keeps an idle connection 65 s, longer than a load balancer's 60 s", async ({ baseURL }) => {
  // Raw HTTP with a keep-alive agent: Node states its keep-alive timeout in the Keep-Alive header.
  const agent = new http.Agent({ keepAlive: true });
  const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
    http
      .get(new URL("/api/health", baseURL), { agent }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.headers));
      })
      .on("error", reject);
  });
  agent.destroy();
  expect(headers["keep-alive"]).toBe("timeout=65");
});

test("another workspace's plan is 404", async ({ page, browser, baseURL }) => {
  await signUp(page);
  const planId = await importViaApi(page.request, "ancestry-remaining-items.md");

  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signUp(otherPage, { name: "Eve Elsewhere" });
  const token = await createTokenViaApi(otherPage.request);
  for (const path of [`/api/plans/${planId}`, `/api/plans/${planId}/export?format=md`]) {
    const res = await otherPage.request.get(path, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status(), path).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  }
  await otherPage.goto(`/plans/${planId}`);
  await expect(otherPage.getByText("could not be found", { exact: false })).toBeVisible();
  await other.close();
});

test("a body over the engine's 5 MB limit is refused with 413 by the HTTP layer, by Content-Length and while streaming", async ({
  page,
  baseURL,
}) => {
  await signUp(page);
  const big = Buffer.alloc(MAX_PLAN_BYTES + 1, "a");
  const res = await page.request.post("/api/plans", { data: big, headers: { "Content-Type": "text/markdown" } });
  expect(res.status()).toBe(413);
  const error = ((await res.json()) as { error: { code: string; message: string } }).error;
  expect(error.code).toBe("payload_too_large");
  // One limit: the request is refused before it is read, at the number the engine uses.
  expect(error.message).toBe(`The request body is larger than ${MAX_PLAN_BYTES / MB} MB.`);

  const multipart = await page.request.post("/api/plans", {
    multipart: { file: { name: "huge.md", mimeType: "text/markdown", buffer: big } },
  });
  expect(multipart.status()).toBe(413);

  // Chunked upload without Content-Length: the streamed size is checked too.
  const token = await createTokenViaApi(page.request);
  const chunk = Buffer.alloc(MB, "b");
  const stream = Readable.from(
    (function* () {
      for (let i = 0; i < 7; i++) yield chunk;
    })(),
  );
  const streamed = await fetch(`${baseURL}/api/plans`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/markdown" },
    body: Readable.toWeb(stream) as ReadableStream,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  expect(streamed.status).toBe(413);

  expect(((await (await page.request.get("/api/plans")).json()) as unknown[]).length).toBe(0);
});

test("the plan read answers If-None-Match with 304 by plan version, and a change gives a new ETag and body", async ({
  page,
}) => {
  await signUp(page);
  const planId = await importViaApi(page.request, "leadscout-backlog.md");
  const first = await page.request.get(`/api/plans/${planId}`);
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"]!;
  expect(etag).toMatch(/^W\/"plan-.+-v\d+"$/);
  const plan = (await first.json()) as {
    version: number;
    criteria: Array<{ id: string; done: boolean }>;
    phases: Array<{
      checklist: Array<{ id: string; done: boolean }>;
      tasks: Array<{ checklist: Array<{ id: string; done: boolean }> }>;
    }>;
  };

  const same = await page.request.get(`/api/plans/${planId}`, { headers: { "If-None-Match": etag } });
  expect(same.status()).toBe(304);
  expect((await same.body()).length).toBe(0);
  // A list of tags matches when one of them is current.
  expect(
    (await page.request.get(`/api/plans/${planId}`, { headers: { "If-None-Match": `W/"other", ${etag}` } })).status(),
  ).toBe(304);

  const box = [
    ...plan.criteria,
    ...plan.phases.flatMap((p) => [...p.checklist, ...p.tasks.flatMap((t) => t.checklist)]),
  ].find((i) => !i.done)!;
  expect((await page.request.patch(`/api/plans/${planId}/items/${box.id}`, { data: { done: true } })).status()).toBe(
    200,
  );
  const changed = await page.request.get(`/api/plans/${planId}`, { headers: { "If-None-Match": etag } });
  expect(changed.status()).toBe(200);
  expect(changed.headers()["etag"]).not.toBe(etag);
  expect(((await changed.json()) as { version: number }).version).toBe(plan.version + 1);
});
