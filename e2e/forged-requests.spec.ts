import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { allItems, getPlanJson, importViaApi, signUp, uniqueEmail } from "./helpers";

/**
 * A page on another port of the same host is same-site: SameSite=Lax sends the victim's cookie
 * with its form posts and no-cors fetches. None of them may change anything.
 */

function attackerPage(app: string, planId: string, email: string): string {
  const md = "# Wiped\\n\\n## Phase 1\\n\\n### Task 1: nothing\\n- [ ] gone\\n";
  return `<!doctype html><html><body>
<form id="reimport" method="POST" enctype="text/plain" action="${app}/api/plans/${planId}/reimport" target="sink">
  <input name="# Wiped" value="x">
</form>
<form id="multipart" method="POST" enctype="multipart/form-data" action="${app}/api/plans/${planId}/reimport" target="sink2">
  <input type="hidden" name="x" value="y">
</form>
<iframe name="sink"></iframe><iframe name="sink2"></iframe>
<script>
  const opts = (body, type) => ({ method: "POST", mode: "no-cors", credentials: "include", headers: { "Content-Type": type }, body });
  window.attack = async () => {
    await fetch("${app}/api/tokens", opts(JSON.stringify({ name: "stolen" }), "text/plain"));
    await fetch("${app}/api/invites", opts(JSON.stringify({ email: "${email}", role: "owner" }), "text/plain"));
    await fetch("${app}/api/plans/${planId}/reimport", opts("${md}", "text/plain"));
    const form = new FormData();
    form.set("file", new Blob(["${md}"], { type: "text/markdown" }), "x.md");
    await fetch("${app}/api/plans/${planId}/reimport", { method: "POST", mode: "no-cors", credentials: "include", body: form });
    await fetch("${app}/api/plans", { method: "POST", mode: "no-cors", credentials: "include", body: form });
    document.getElementById("reimport").submit();
    document.getElementById("multipart").submit();
  };
</script></body></html>`;
}

let server: Server;
test.afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

test("a same-site page on another port cannot re-import, create a token, invite or import with the victim's cookie", async ({
  page,
  baseURL,
}) => {
  await signUp(page);
  const planId = await importViaApi(page.request, "dsa110-roadmap.md");
  const item = allItems(await getPlanJson(page.request, planId))[0]!;
  const tick = await page.request.patch(`/api/plans/${planId}/items/${item.id}`, { data: { done: !item.done } });
  expect(tick.status()).toBe(200);
  const before = await getPlanJson(page.request, planId);
  const plansBefore = ((await (await page.request.get("/api/plans")).json()) as unknown[]).length;

  const app = new URL(baseURL!).origin;
  const invitee = uniqueEmail("forged");
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(attackerPage(app, planId, invitee));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const attacker = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const statuses: Array<[string, number]> = [];
  page.on("response", (r) => {
    if (r.url().startsWith(`${app}/api/`) && r.request().method() === "POST") statuses.push([r.url(), r.status()]);
  });
  await page.goto(attacker);
  await page.evaluate(() => (window as unknown as { attack: () => Promise<void> }).attack());
  await expect.poll(() => statuses.length).toBeGreaterThanOrEqual(7);
  for (const [url, status] of statuses) expect(status, url).toBe(403);

  // Nothing changed: same plan (the tick kept), no token, no new plan.
  expect(await getPlanJson(page.request, planId)).toEqual(before);
  expect(await (await page.request.get("/api/tokens")).json()).toEqual([]);
  expect(((await (await page.request.get("/api/plans")).json()) as unknown[]).length).toBe(plansBefore);
  // The app's own pages still can (same origin): create a token from the app's origin.
  await page.goto("/plans");
  const ok = await page.evaluate(async () => {
    const r = await fetch("/api/tokens", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "mine" }),
    });
    return r.status;
  });
  expect(ok).toBe(201);
});

test("JSON routes refuse other content types and plan uploads refuse text/plain, even same-origin", async ({
  page,
}) => {
  await signUp(page);
  const asText = await page.request.post("/api/tokens", {
    data: JSON.stringify({ name: "x" }),
    headers: { "Content-Type": "text/plain" },
  });
  expect(asText.status()).toBe(415);
  expect(((await asText.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
  const plain = await page.request.post("/api/plans", { data: "# Plan\n", headers: { "Content-Type": "text/plain" } });
  expect(plain.status()).toBe(415);
  const md = await page.request.post("/api/plans/preview", {
    data: "# Plan\n",
    headers: { "Content-Type": "text/x-markdown" },
  });
  expect(md.status()).toBe(200);
  // NUL and an unpaired surrogate (both valid JSON escapes) are a clean 400, as is a newline in a one-line name.
  for (const name of ["a\\u0000b", "a\\ud800b", "a\\nb"]) {
    const res = await page.request.post("/api/tokens", {
      data: `{"name":"${name}"}`,
      headers: { "Content-Type": "application/json" },
    });
    expect(res.status(), name).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_request");
  }
  expect(await (await page.request.get("/api/tokens")).json()).toEqual([]);
});
