import { expect, test, type Page } from "@playwright/test";
import { getPlanJson, importViaApi, signUp } from "./helpers";

// One signed-in owner and one imported plan for the whole file.
test.describe.configure({ mode: "serial" });

let page: Page;
let planId: string;
/** CSP violations and "Refused to …" messages of `page`, since it opened. */
let violations: string[];

/**
 * Collects every Content-Security-Policy violation of a page: the `securitypolicyviolation` event
 * (listened to by a script Playwright injects before any of the page's own, outside the policy)
 * and Chromium's console reports of what it refused.
 */
async function watchViolations(p: Page): Promise<string[]> {
  const seen: string[] = [];
  p.on("console", (m) => {
    if (/Content.Security.Policy|CSP violation|Refused to/i.test(m.text())) seen.push(m.text());
  });
  await p.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return seen;
}

function nonceOf(res: { headers(): Record<string, string>; url(): string }): string {
  const policy = res.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce, `a nonce in the CSP of ${res.url()}`).toBeTruthy();
  return nonce!;
}

/** The page's CSP has a nonce, every script tag of its HTML carries exactly that nonce, and the other headers are there. */
async function expectNoncedPage(p: Page, path: string): Promise<string> {
  const res = (await p.goto(path))!;
  expect(res.status(), path).toBeLessThan(500);
  const headers = res.headers();
  const nonce = nonceOf(res);
  const policy = headers["content-security-policy"]!;
  for (const directive of [
    "default-src 'self'",
    "'strict-dynamic'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]) {
    expect(policy, path).toContain(directive);
  }
  expect(policy).not.toContain("unsafe-eval");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // Share pages send no Referer at all (their address is the secret).
  expect(headers["referrer-policy"]).toBe(path.startsWith("/s/") ? "no-referrer" : "strict-origin-when-cross-origin");
  const tags = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length, `${path} has scripts`).toBeGreaterThan(2);
  for (const tag of tags) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
  // In the document: a script without the nonce can only be one the nonced ones loaded (a chunk).
  const scripts = await p.$$eval("script", (els) =>
    els.map((s) => ({ nonce: (s as HTMLScriptElement).nonce, src: (s as HTMLScriptElement).src })),
  );
  for (const s of scripts)
    if (s.nonce !== nonce)
      expect(new URL(s.src).pathname, `${path}: script without the nonce`).toMatch(/^\/_next\/static\//);
  return nonce;
}

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  violations = await watchViolations(page);
  await signUp(page, { name: "Cyd Policy" });
  planId = await importViaApi(page.request, "dsa110-roadmap.md");
});

test.afterAll(async () => {
  await page.close();
});

test("every page answers with a fresh nonce that all its scripts carry", async ({ browser }) => {
  const pages = [
    "/plans",
    "/plans/new",
    `/plans/${planId}`,
    `/plans/${planId}/tasks`,
    `/plans/${planId}/tasks?view=board`,
    `/plans/${planId}/roadmap`,
    `/plans/${planId}/weekly`,
    `/plans/${planId}/decisions`,
    `/plans/${planId}/metrics`,
    "/settings",
    "/no-such-page",
  ];
  const nonces = new Set<string>();
  for (const path of pages) nonces.add(await expectNoncedPage(page, path));
  // The same page twice: two nonces.
  nonces.add(await expectNoncedPage(page, "/plans"));
  expect(nonces.size).toBe(pages.length + 1);

  // Signed out: the sign-in, sign-up and invite pages (and `/`, which redirects to sign-in), and
  // a plan's public share pages.
  const share = await page.request.post(`/api/plans/${planId}/share-links`, { data: { label: "CSP check" } });
  expect(share.status(), await share.text()).toBe(201);
  const sharePath = new URL(((await share.json()) as { url: string }).url).pathname;
  const anonymous = await (await browser.newContext()).newPage();
  const anonymousViolations = await watchViolations(anonymous);
  for (const path of ["/sign-in", "/sign-up", "/invite/fpi_not-a-real-token", "/", sharePath, `${sharePath}/roadmap`])
    await expectNoncedPage(anonymous, path);
  // The sign-in form (a server action) still works under the policy: a wrong password is answered.
  await anonymous.goto("/sign-in");
  await anonymous.getByLabel("Email").fill("nobody@e2e.flightplan.test");
  await anonymous.getByLabel("Password").fill("wrong-password-123");
  await anonymous.getByRole("button", { name: "Sign in" }).click();
  await expect(anonymous.getByText("Wrong email or password.")).toBeVisible();
  expect(anonymousViolations).toEqual([]);
  await anonymous.context().close();
});

test("using the app reports no CSP violation: overview with charts, ticks, task list and board, roadmap, weekly, import preview", async () => {
  await page.goto(`/plans/${planId}`);
  // The lazily loaded Recharts charts (inline styles, SVG) are drawn.
  await expect(page.getByTestId("chart-burndown").locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("chart-phases").locator(".recharts-surface").first()).toBeVisible();
  const box = page.getByTestId("checklist-item").locator("input[type=checkbox]:not(:checked)").first();
  await expect(box).toBeEnabled();
  const ticked = page.waitForResponse((r) => r.url().includes("/items/") && r.request().method() === "PATCH");
  await box.check();
  expect((await ticked).status()).toBe(200);

  await page.goto(`/plans/${planId}/tasks`);
  await expect(page.getByTestId("task-row").first()).toBeVisible();
  const task = (await getPlanJson(page.request, planId)).phases.flatMap((p) => p.tasks)[0]!;
  await page.goto(`/plans/${planId}/tasks?task=${task.id}`);
  // The task panel renders the task's markdown source (react-markdown).
  await expect(page.getByTestId("task-panel")).toBeVisible();
  await page.goto(`/plans/${planId}/tasks?view=board`);
  await expect(page.getByTestId("board-column-todo")).toBeVisible();

  await page.goto(`/plans/${planId}/roadmap`);
  await expect(page.locator("svg").first()).toBeVisible();
  await page.goto(`/plans/${planId}/weekly`);
  await expect(page.locator("main h1, main h2").first()).toBeVisible();

  await page.goto("/plans/new");
  await page.getByRole("tab", { name: "Paste markdown" }).click();
  await page.getByTestId("plan-text").fill("# Policy plan\n\n## Phase 1\n\n### Task 1: Check the policy\n- [ ] one\n");
  await page.getByTestId("preview-button").click();
  await expect(page.getByTestId("preview-title")).toHaveText("Policy plan");

  // Client-side navigation between pages, too.
  await page.goto("/plans");
  await page.getByRole("link", { name: "Settings" }).first().click();
  await expect(page).toHaveURL(/\/settings$/);
  expect(violations).toEqual([]);
});

test("an injected inline script, event handler or javascript: link without the nonce does not run", async () => {
  const path = `/plans/${planId}`;
  let nonce = "";
  // The server's page with markup injected the way a stored XSS would arrive: parser-inserted,
  // under the page's own policy. A script with the right nonce is the control: it must run.
  await page.route(`**${path}`, async (route) => {
    if (route.request().resourceType() !== "document") return route.fallback();
    const response = await route.fetch();
    nonce = nonceOf(response);
    const injected =
      `<script>window.__injected = true</script>` +
      `<img src="/no-such.png" onerror="window.__handler = true" alt="">` +
      `<a id="js-link" href="javascript:window.__link = true">x</a>` +
      `<script nonce="${nonce}">window.__control = true</script>`;
    const body = (await response.text()).replace("</body>", `${injected}</body>`);
    const headers = { ...response.headers() };
    delete headers["content-encoding"];
    delete headers["content-length"];
    await route.fulfill({ status: response.status(), headers, body });
  });
  await page.goto(path);
  await page.unroute(`**${path}`);
  await expect.poll(() => page.evaluate(() => (window as { __control?: boolean }).__control)).toBe(true);
  // Clicked in script: the sidebar covers where the link lands at the end of the body.
  await page.locator("#js-link").dispatchEvent("click");
  await expect.poll(() => violations.filter((v) => v.startsWith("CSP violation")).length).toBe(3);
  const ran = await page.evaluate(() => {
    const w = window as { __injected?: boolean; __handler?: boolean; __link?: boolean };
    return { injected: !!w.__injected, handler: !!w.__handler, link: !!w.__link };
  });
  expect(ran).toEqual({ injected: false, handler: false, link: false });
  const events = violations.filter((v) => v.startsWith("CSP violation")).join("\n");
  expect(events).toMatch(/script-src-elem blocked inline/);
  expect(events).toMatch(/script-src-attr blocked inline/);
  violations.length = 0;
});

test("API answers, the live stream, downloads and static files pass the proxy untouched", async () => {
  const res = await page.request.get(`/api/plans/${planId}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(res.headers()["x-frame-options"]).toBe("DENY");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  const download = await page.request.get(`/api/plans/${planId}/export?format=md`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
  expect((await download.body()).length).toBeGreaterThan(1000);

  // The SSE stream answers at once in the page (connect-src 'self'), with no violation.
  await page.goto(`/plans/${planId}`);
  const first = await page.evaluate(
    (id) =>
      new Promise<string>((resolve, reject) => {
        const source = new EventSource(`/api/plans/${id}/events`);
        const timer = setTimeout(() => reject(new Error("no event within 5 s")), 5000);
        source.onmessage = (e) => {
          clearTimeout(timer);
          source.close();
          resolve(e.data as string);
        };
      }),
    planId,
  );
  expect(JSON.parse(first)).toMatchObject({ planId, version: (await getPlanJson(page.request, planId)).version });

  // Next's static chunks and public/ files: no per-request policy (the proxy does not run there).
  const src = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const chunk = await page.request.get(src!);
  expect(chunk.status()).toBe(200);
  expect(chunk.headers()["content-security-policy"] ?? "").not.toContain("nonce-");
  expect(chunk.headers()["x-content-type-options"]).toBe("nosniff");
  const image = await page.request.get("/screenshot.png");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-security-policy"] ?? "").not.toContain("nonce-");
  expect(violations).toEqual([]);
});
