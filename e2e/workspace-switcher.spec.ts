import { expect, test, type Page } from "@playwright/test";
import { createTokenViaApi, importViaApi, PASSWORD, signUp } from "./helpers";

/** The titles of the plans the session's workspace has, as the API lists them. */
async function planTitles(page: Page): Promise<string[]> {
  const res = await page.request.get("/api/plans");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { title: string }[]).map((p) => p.title).sort();
}

async function switchTo(page: Page, name: string) {
  await page.getByTestId("workspace-switcher").click();
  await page.getByTestId("workspace-option").filter({ hasText: name }).click();
  await expect(page.getByTestId("current-workspace")).toHaveText(name);
  await expect(page).toHaveURL(/\/plans$/);
}

test("a user invited to a second workspace switches between both, each with its own plans", async ({
  page,
  browser,
}, testInfo) => {
  // A owns W1 with one plan.
  const alice = await signUp(page, { name: "Alice Able" });
  await importViaApi(page.request, "extraction-api-todo.md");
  const w1Plans = await planTitles(page);
  await expect(page.getByTestId("current-workspace")).toHaveText("Alice Able's workspace");

  // B owns W2 with another plan and invites A.
  const bob = await (await browser.newContext()).newPage();
  await signUp(bob, { name: "Bob Baker" });
  await importViaApi(bob.request, "leadscout-backlog.md");
  const w2Plans = await planTitles(bob);
  expect(w2Plans).not.toEqual(w1Plans);
  const invite = await bob.request.post("/api/invites", { data: { email: alice.email, role: "editor" } });
  expect(invite.status(), await invite.text()).toBe(201);
  const { url } = (await invite.json()) as { url: string };

  // A accepts with the account's own password and lands in W2.
  await page.goto(new URL(url).pathname);
  await page.getByLabel("Your name").fill("Alice Able");
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByRole("button", { name: "Accept invite" }).click();
  await page.waitForURL("**/plans");
  await expect(page.getByTestId("current-workspace")).toHaveText("Bob Baker's workspace");
  await expect(page.getByTestId("current-role").first()).toHaveText("editor");
  expect(await planTitles(page)).toEqual(w2Plans);

  // The switcher lists both; A goes back to W1 and sees W1's plans (and not W2's).
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.getByTestId("workspace-switcher").click();
  await expect(page.getByTestId("workspace-option")).toHaveText([
    /Alice Able's workspace\s*owner/,
    /Bob Baker's workspace\s*editor/,
  ]);
  await page.screenshot({ path: testInfo.outputPath("switcher-1400.png") });
  await page.keyboard.press("Escape");
  await switchTo(page, "Alice Able's workspace");
  await expect(page.getByTestId("current-role").first()).toHaveText("owner");
  expect(await planTitles(page)).toEqual(w1Plans);
  for (const title of w1Plans) await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
  for (const title of w2Plans) await expect(page.getByText(title, { exact: true })).toHaveCount(0);

  // The choice sticks across page loads, then A switches to W2 again.
  await page.reload();
  await expect(page.getByTestId("current-workspace")).toHaveText("Alice Able's workspace");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId("workspace-switcher").click();
  await expect(page.getByTestId("workspace-option")).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath("switcher-390.png") });
  await page.getByTestId("workspace-option").filter({ hasText: "Bob Baker's workspace" }).click();
  await expect(page.getByTestId("current-workspace")).toHaveText("Bob Baker's workspace");
  expect(await planTitles(page)).toEqual(w2Plans);
  for (const title of w2Plans) await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
});

test("switching refuses other people's workspaces, forged requests and API tokens", async ({ page, browser }) => {
  await signUp(page, { name: "Carol Cole" });
  const mine = ((await (await page.request.get("/api/session/workspace")).json()) as { current: string }).current;
  const stranger = await (await browser.newContext()).newPage();
  await signUp(stranger, { name: "Stan Stranger" });
  const theirs = ((await (await stranger.request.get("/api/session/workspace")).json()) as { current: string }).current;

  const foreign = await page.request.put("/api/session/workspace", { data: { workspaceId: theirs } });
  expect(foreign.status()).toBe(404);
  expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe("not_found");
  const bad = await page.request.put("/api/session/workspace", { data: { nope: 1 } });
  expect(bad.status()).toBe(400);
  const forged = await page.request.put("/api/session/workspace", {
    data: { workspaceId: mine },
    headers: { Origin: "http://127.0.0.1:1" },
  });
  expect(forged.status()).toBe(403);
  const token = await createTokenViaApi(page.request);
  const bearer = await page.request.put("/api/session/workspace", {
    data: { workspaceId: mine },
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(bearer.status()).toBe(403);
  const same = await page.request.put("/api/session/workspace", { data: { workspaceId: mine } });
  expect(same.status()).toBe(200);
  expect(await same.json()).toMatchObject({
    current: mine,
    workspaces: [{ id: mine, name: "Carol Cole's workspace", role: "owner", current: true }],
  });
});
