import { expect, test } from "@playwright/test";
import { allItems, getPlanJson, importViaApi, joinAsViewer, signUp } from "./helpers";

test("the activity log shows a tick with who and what, filters by kind in the URL, and pages", async ({ page }) => {
  await signUp(page, { name: "Alma Activity" });
  const planId = await importViaApi(page.request, "app-v2-readiness-plan.md");
  const plan = await getPlanJson(page.request, planId);
  const item = allItems(plan).find((i) => !i.done)!;
  expect((await page.request.patch(`/api/plans/${planId}/items/${item.id}`, { data: { done: true } })).status()).toBe(
    200,
  );

  await page.goto(`/plans/${planId}`);
  await page.getByRole("navigation", { name: "Plan pages" }).getByRole("link", { name: "Activity" }).click();
  await page.waitForURL(`**/plans/${planId}/activity`);
  const rows = page.getByTestId("activity-row");
  await expect(rows.first()).toContainText("Alma Activity");
  await expect(rows.first()).toContainText(`ticked ‘${item.text}’`);
  await expect(rows.first()).toHaveAttribute("data-kind", "item");
  await expect(page.getByTestId("activity-row").filter({ hasText: "imported the plan" })).toHaveCount(1);

  // Filter by kind through the GET form: the filter lands in the URL and only plan rows remain.
  await page.getByLabel("Kind").selectOption("plan");
  await page.getByTestId("activity-apply").click();
  await page.waitForURL(/kind=plan/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-kind", "plan");

  // Pages of one row: Older goes down the log, Newer back up, the filter kept.
  const task = plan.phases.flatMap((p) => p.tasks).find((t) => t.status === "todo")!;
  expect(
    (
      await page.request.patch(`/api/plans/${planId}/tasks/${task.id}`, {
        data: { status: "in_progress", version: task.version },
      })
    ).status(),
  ).toBe(200);
  await page.goto(`/plans/${planId}/activity?limit=1`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("from todo to in progress");
  await expect(page.getByTestId("activity-newer")).toHaveCount(0);
  await page.getByTestId("activity-older").first().click();
  await expect(rows.first()).toContainText(`ticked ‘${item.text}’`);
  await page.getByTestId("activity-newer").first().click();
  await expect(rows.first()).toContainText("from todo to in progress");
});

test("the activity API: bad limits are 400, a viewer may read, another workspace's plan is 404", async ({
  page,
  browser,
}) => {
  await signUp(page, { name: "Alma Activity" });
  const planId = await importViaApi(page.request, "app-v2-readiness-plan.md");
  const item = allItems(await getPlanJson(page.request, planId)).find((i) => !i.done)!;
  expect((await page.request.patch(`/api/plans/${planId}/items/${item.id}`, { data: { done: true } })).status()).toBe(
    200,
  );
  for (const limit of ["0", "201", "x"])
    expect((await page.request.get(`/api/plans/${planId}/activity?limit=${limit}`)).status()).toBe(400);
  const viewer = await joinAsViewer(page, browser);
  const seen = await viewer.request.get(`/api/plans/${planId}/activity?kind=item`);
  expect(seen.status()).toBe(200);
  expect(((await seen.json()) as { entries: { action: string }[] }).entries.map((e) => e.action)).toEqual([
    "item.checked",
  ]);
  const stranger = await (await browser.newContext()).newPage();
  await signUp(stranger, { name: "Stan Stranger" });
  expect((await stranger.request.get(`/api/plans/${planId}/activity`)).status()).toBe(404);
  await stranger.goto(`/plans/${planId}/activity`);
  await expect(stranger.getByTestId("activity-list")).toHaveCount(0);
});
