import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { weekOf } from "@/lib/plan/weekly/week";
import { importViaApi, joinAsViewer, signUp } from "./helpers";

/** Nothing on a shared page may change anything or lead into the app. */
async function expectReadOnly(page: Page) {
  await expect(page.locator("input, textarea, select, form, [contenteditable]")).toHaveCount(0);
  await expect(page.locator('a[href^="/plans"], a[href^="/api/"], a[href^="/settings"]')).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Plan pages" })).toHaveCount(0);
  await expect(page.getByTestId("weekly-export")).toHaveCount(0);
  await expect(page.getByTestId("weekly-share")).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
}

test("an owner shares a plan read-only: the summary, roadmap and feed open signed out until the link is revoked", async ({
  page,
  browser,
}) => {
  await signUp(page, { name: "Shelly Sharer" });
  const planId = await importViaApi(page.request, "app-v2-readiness-plan.md");

  await page.goto(`/plans/${planId}/weekly`);
  await page.getByTestId("weekly-share").click();
  await page.waitForURL(`**/plans/${planId}/share`);
  await page.getByLabel("Label").fill("Steering committee");
  await page.getByTestId("share-create").click();
  const url = (await page.getByTestId("share-new-url").textContent())!.trim();
  expect(url).toMatch(/\/s\/fps_[A-Za-z0-9_-]{43}$/);
  const token = url.split("/s/")[1]!;
  await expect(page.getByTestId("share-link-row")).toHaveCount(1);
  await expect(page.getByTestId("share-link-row")).toContainText("Steering committee");

  // The list never carries the token; the reload shows the link but not its URL.
  const list = await page.request.get(`/api/plans/${planId}/share-links`);
  expect(list.status()).toBe(200);
  expect(await list.text()).not.toContain(token);
  await page.reload();
  await expect(page.getByTestId("share-link-row")).toHaveCount(1);
  await expect(page.getByTestId("share-new-url")).toHaveCount(0);

  const guest = await (await browser.newContext()).newPage();
  const cspErrors: string[] = [];
  guest.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
  });
  const res = await guest.goto(new URL(url).pathname);
  expect(res!.status()).toBe(200);
  expect(res!.headers()["x-robots-tag"]).toContain("noindex");
  expect(res!.headers()["referrer-policy"]).toBe("no-referrer");
  const last = weekOf(new Date(Date.now() - 7 * 86_400_000), "UTC").label;
  await expect(guest.getByRole("heading", { name: `Week ${last}` })).toBeVisible();
  await expect(guest.getByTestId("weekly-status")).toContainText("Rule:");
  await expect(guest.getByTestId("share-read-only")).toBeVisible();
  await expectReadOnly(guest);
  await guest.getByTestId("weekly-previous").click();
  await expect(guest).toHaveURL(/\/s\/fps_[^/]+\?week=\d{4}-W\d{2}$/);
  await expect(guest.getByTestId("weekly")).toBeVisible();

  await guest.getByRole("link", { name: "Roadmap" }).click();
  await expect(guest.getByRole("heading", { name: "Roadmap" })).toBeVisible();
  await expect(guest.getByRole("heading", { name: "Settings" })).toHaveCount(0);
  await expect(guest.locator("svg").first()).toBeVisible();
  await expectReadOnly(guest);

  // The feed: real Atom, checked by the browser's XML parser.
  const feed = await guest.request.get(`/s/${token}/feed.xml`);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  // A feed opened in a tab is a document too: nothing loads or runs in it, nothing frames it.
  expect(feed.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(feed.headers()["referrer-policy"]).toBe("no-referrer");
  const parsed = await guest.evaluate(
    (xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      const entries = [...doc.getElementsByTagNameNS(ns, "entry")];
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        updated: doc.documentElement.getElementsByTagNameNS(ns, "updated")[0]?.textContent,
        entries: entries.map((e) => ({
          title: e.getElementsByTagNameNS(ns, "title")[0]?.textContent,
          id: e.getElementsByTagNameNS(ns, "id")[0]?.textContent,
          updated: e.getElementsByTagNameNS(ns, "updated")[0]?.textContent,
          href: e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href"),
          content: e.getElementsByTagNameNS(ns, "content")[0]?.textContent,
        })),
      };
    },
    await feed.text(),
  );
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(Number.isNaN(Date.parse(parsed.updated!))).toBe(false);
  const running = weekOf(new Date(), "UTC").label;
  expect(parsed.entries[0]!.title).toMatch(new RegExp(`^Week ${running} \\(so far\\): (On track|At risk|Off track)$`));
  expect(parsed.entries[0]!.href).toBe(`${new URL(url).origin}/s/${token}?week=${running}`);
  expect(parsed.entries[0]!.content).toContain("P50");
  expect(new Set(parsed.entries.map((e) => e.id)).size).toBe(parsed.entries.length);
  expect(cspErrors).toEqual([]);

  // A viewer sees no Share button and cannot make links.
  const viewer = await joinAsViewer(page, browser);
  await viewer.goto(`/plans/${planId}/weekly`);
  await expect(viewer.getByTestId("weekly")).toBeVisible();
  await expect(viewer.getByTestId("weekly-share")).toHaveCount(0);
  expect((await viewer.request.post(`/api/plans/${planId}/share-links`, { data: { label: "x" } })).status()).toBe(403);
  expect((await viewer.goto(`/plans/${planId}/share`))!.status()).toBe(404);

  // Revoked: the page, the roadmap and the feed answer 404, like a token that never existed.
  await page.getByRole("button", { name: "Revoke Steering committee" }).click();
  await expect(page.getByTestId("share-link-row")).toContainText("revoked");
  for (const path of [`/s/${token}`, `/s/${token}/roadmap`, `/s/fps_${"x".repeat(43)}`]) {
    const gone = await guest.goto(path);
    expect(gone!.status(), path).toBe(404);
    await expect(guest.getByTestId("share-not-found")).toBeVisible();
    const robots = await guest
      .locator('meta[name="robots"]')
      .evaluateAll((ms) => ms.map((m) => m.getAttribute("content") ?? ""));
    expect(robots.length).toBeGreaterThan(0);
    expect(
      robots.every((c) => c.includes("noindex")),
      robots.join(" | "),
    ).toBe(true);
    expect(gone!.headers()["x-robots-tag"]).toContain("noindex");
  }
  const goneFeed = await guest.request.get(`/s/${token}/feed.xml`);
  expect(goneFeed.status()).toBe(404);
  expect(goneFeed.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  await guest.context().close();
  await viewer.context().close();
});

test("share-link misses are counted per client address: past the limit that address gets 429, not others, not real links", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signUp(page);
  const planId = await importViaApi(page.request, "dsa110-roadmap.md");
  const created = await page.request.post(`/api/plans/${planId}/share-links`, { data: { label: "Board" } });
  const token = new URL(((await created.json()) as { url: string }).url).pathname.split("/")[2]!;
  // A client address of its own (without a proxy in front, the app reads the client's X-Forwarded-For).
  const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}, 198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const guesser = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": address } });
  const guess = () => `/s/fps_${randomBytes(32).toString("base64url")}`;
  for (let i = 0; i < 30; i++) {
    const res = await guesser.get(i % 3 === 2 ? `${guess()}/feed.xml` : i % 3 === 1 ? `${guess()}/roadmap` : guess());
    expect(res.status(), `miss ${i + 1}`).toBe(404);
  }
  const limited = await guesser.get(guess());
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await guesser.get(`${guess()}/feed.xml`)).status()).toBe(429);
  // The real link still opens from that address; another address still gets its plain 404.
  expect((await guesser.get(`/s/${token}`)).status()).toBe(200);
  const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "192.0.2.77" } });
  expect((await other.get(guess())).status()).toBe(404);
  await guesser.dispose();
  await other.dispose();
});
