import { expect, test } from "@playwright/test";
import { PASSWORD, allItems, getPlanJson, importViaApi, signUp, uniqueEmail } from "./helpers";

test("an invited viewer can read but not edit", async ({ page, browser }) => {
  await signUp(page, { name: "Owner Olga" });
  const planId = await importViaApi(page.request, "extraction-api-todo.md");

  // The owner invites a viewer; the one-time link is shown on screen.
  const viewerEmail = uniqueEmail("viewer");
  await page.goto("/settings");
  await page.getByLabel("Email", { exact: true }).fill(viewerEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByTestId("invite-submit").click();
  const link = (await page.getByTestId("invite-link").textContent())!.trim();
  expect(link).toMatch(/\/invite\/\S+$/);

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await viewer.goto(link);
  await viewer.getByLabel("Your name").fill("Victor Viewer");
  await viewer.getByLabel("Choose a password").fill(PASSWORD);
  await viewer.getByRole("button", { name: "Accept invite" }).click();
  await viewer.waitForURL("**/plans");
  await expect(viewer.getByTestId("current-role").first()).toHaveText("viewer");

  // The invite is single-use.
  const again = await browser.newContext();
  const replay = await again.newPage();
  await replay.goto(link);
  await replay.getByLabel("Your name").fill("Mallory");
  await replay.getByLabel("Choose a password").fill(PASSWORD);
  await replay.getByRole("button", { name: "Accept invite" }).click();
  await expect(replay.getByRole("alert").filter({ hasText: "invalid, expired or already used" })).toBeVisible();
  await again.close();

  // Viewer: same plan, checkboxes disabled, no inline editors, no import / re-import.
  await viewer.goto(`/plans/${planId}`);
  const boxes = viewer.getByTestId("checklist-item").locator("input[type=checkbox]");
  expect(await boxes.count()).toBeGreaterThan(0);
  for (const box of await boxes.all()) await expect(box).toBeDisabled();
  await expect(viewer.getByTestId("task-status")).toHaveCount(0);
  await expect(viewer.getByTestId("reimport-button")).toHaveCount(0);
  await expect(viewer.getByText("view-only access")).toBeVisible();
  await viewer.goto("/plans/new");
  await expect(viewer).toHaveURL(/\/plans$/);

  // And the server refuses a viewer's writes even when the UI is bypassed.
  const plan = await getPlanJson(viewer.request, planId);
  const task = plan.phases.flatMap((p) => p.tasks)[0]!;
  const itemId = allItems(plan)[0]!.id;
  const tick = await viewer.request.patch(`/api/plans/${planId}/items/${itemId}`, { data: { done: true } });
  expect(tick.status()).toBe(403);
  expect(((await tick.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  const edit = await viewer.request.patch(`/api/plans/${planId}/tasks/${task.id}`, {
    data: { status: "done", version: task.version },
  });
  expect(edit.status()).toBe(403);
  const upload = await viewer.request.post("/api/plans", {
    data: "# Nope\n",
    headers: { "Content-Type": "text/markdown" },
  });
  expect(upload.status()).toBe(403);

  // The owner promotes the viewer; the next request sees the new role.
  await page.goto("/settings");
  const changed = page.waitForResponse((r) => r.url().includes("/api/members/") && r.request().method() === "PATCH");
  await page.getByLabel(`Role of ${viewerEmail}`).selectOption("editor");
  expect((await changed).status()).toBe(200);
  const tick2 = await viewer.request.patch(`/api/plans/${planId}/items/${itemId}`, { data: { done: true } });
  expect(tick2.status()).toBe(200);
  await viewerContext.close();
});
