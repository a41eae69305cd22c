import { expect, test } from "@playwright/test";
import { FIXTURES, engineView, importViaApi, joinAsViewer, signUp } from "./helpers";

test("the roadmap of every fixture plan, its critical path, its settings and a viewer's view", async ({
  page,
  browser,
}) => {
  await signUp(page, { name: "Rita Roadmap" });
  const ids = new Map<string, string>();
  for (const name of FIXTURES) ids.set(name, await importViaApi(page.request, name));

  await test.step("each roadmap shows the plan's phases in order with the windows the plan gives", async () => {
    for (const name of FIXTURES) {
      const { plan } = engineView(name);
      await page.goto(`/plans/${ids.get(name)}/roadmap`);
      const rows = page.getByTestId("roadmap-table-phase");
      await expect(rows).toHaveCount(plan.phases.length);
      expect(await rows.locator("th").allTextContents()).toEqual(plan.phases.map((p) => p.title));
      const windows = await rows.locator("td:nth-child(2)").allTextContents();
      expect(windows.map((w) => w !== "—")).toEqual(plan.phases.map((p) => p.weeks !== null));
      await expect(page.getByTestId("roadmap-phase")).toHaveCount(plan.phases.length);
      await expect(page.getByTestId("roadmap-window")).toHaveCount(plan.phases.filter((p) => p.weeks).length);
    }
  });

  const appV2 = `/plans/${ids.get("app-v2-readiness-plan.md")}/roadmap`;
  await test.step("on a plan with dependencies the critical path and the arrows are drawn", async () => {
    await page.goto(appV2);
    expect(await page.getByTestId("roadmap-arrow").count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-testid="roadmap-task"][data-critical]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="roadmap-arrow"][data-critical]').count()).toBeGreaterThan(0);
    await expect(page.getByTestId("roadmap-line-p50")).toHaveCount(1);
    await expect(page.getByTestId("roadmap-line-target")).toHaveCount(1);
  });

  await test.step("changing hours per week moves the P50 date", async () => {
    const p50 = page.getByTestId("roadmap-p50").locator("dd").first();
    const before = await p50.textContent();
    await page.getByLabel("Hours per week (each person)").fill("8");
    await page.getByTestId("roadmap-settings-save").click();
    await expect(p50).not.toHaveText(before!);
    await page.reload();
    await expect(page.getByLabel("Hours per week (each person)")).toHaveValue("8");
  });

  await test.step("a viewer sees no edit controls and the API refuses the viewer's write", async () => {
    const viewer = await joinAsViewer(page, browser);
    await viewer.goto(appV2);
    await expect(viewer.getByTestId("roadmap-svg")).toBeVisible();
    await expect(viewer.getByTestId("roadmap-settings")).toHaveCount(0);
    const write = await viewer.request.patch(`/api/plans/${ids.get("app-v2-readiness-plan.md")}/roadmap`, {
      data: { hoursPerWeek: 40 },
    });
    expect(write.status()).toBe(403);
    expect(((await write.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    const read = await viewer.request.get(`/api/plans/${ids.get("app-v2-readiness-plan.md")}/roadmap`);
    expect(((await read.json()) as { settings: { hoursPerWeek: number } }).settings.hoursPerWeek).toBe(8);
    await viewer.context().close();
  });
});
