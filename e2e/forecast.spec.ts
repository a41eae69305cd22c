import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

/** The fixture of a plan already under way: "Phase 1 complete", phases dated in 2025, one task in progress. */
const UNDER_WAY = readFileSync(path.join(process.cwd(), "lib", "plan", "schedule", "__fixtures__", "under-way.md"));

test("a plan under way: spread and people stated, forecast history, what-if without JavaScript", async ({
  page,
  browser,
}) => {
  await signUp(page, { name: "Fay Forecast" });
  const res = await page.request.post("/api/plans", {
    multipart: { file: { name: "under-way.md", mimeType: "text/markdown", buffer: UNDER_WAY } },
  });
  expect(res.status(), await res.text()).toBe(201);
  const planId = ((await res.json()) as { id: string }).id;
  const roadmap = `/plans/${planId}/roadmap`;

  await test.step("the page says which spread and how many unnamed people it assumes, and shows the history", async () => {
    await page.goto(roadmap);
    const p50 = await page.getByTestId("roadmap-p50").locator("dd").first().textContent();
    const p85 = await page.getByTestId("roadmap-p85").locator("dd").first().textContent();
    expect(p50).not.toBe(p85);
    await expect(page.getByTestId("roadmap-assumptions")).toContainText("from 0.8× to 2× of it, most likely 1×");
    await expect(page.getByTestId("roadmap-assumptions")).toContainText(
      "2 unnamed people: as many as the plan's named owners",
    );
    await expect(page.getByTestId("forecast-history-chart")).toBeVisible();
    await expect(page.getByTestId("forecast-history")).toContainText("the plan is younger than a week");
  });

  await test.step("the history and a what-if through the API; a bad what-if is a 400", async () => {
    const history = await page.request.get(`/api/plans/${planId}/roadmap/history`);
    expect(history.status()).toBe(200);
    const h = (await history.json()) as { weeks: { complete: boolean; p50: string; p85: string; move: unknown }[] };
    expect(h.weeks.at(-1)).toMatchObject({ complete: false, move: null });
    const narrow = await page.request.get(`/api/plans/${planId}/roadmap?narrow=1&people=1`);
    expect(narrow.status()).toBe(200);
    const w = (await narrow.json()) as {
      result: { finish: { p50: string; p85: string }; people: { unnamed: number } };
    };
    expect(w.result.finish.p50).toBe(w.result.finish.p85);
    expect(w.result.people.unnamed).toBe(3);
    expect((await page.request.get(`/api/plans/${planId}/roadmap?people=many`)).status()).toBe(400);
  });

  await test.step("the what-if form works without JavaScript and saves nothing", async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await page.context().storageState(),
    });
    const noJs = await context.newPage();
    await noJs.goto(roadmap);
    await noJs.getByLabel("Add one person").check();
    await noJs.getByLabel("Narrow every range to its minimum").check();
    await noJs.getByTestId("what-if-try").click();
    await noJs.waitForURL(/people=1/);
    const result = noJs.getByTestId("what-if-result");
    await expect(result).toBeVisible();
    await expect(result.getByRole("row", { name: /Unnamed people/ })).toContainText("3");
    await context.close();
    await page.goto(roadmap);
    await expect(page.getByTestId("roadmap-assumptions")).toContainText("2 unnamed people");
  });

  await test.step("the weekly summary shows the history too", async () => {
    // The last complete week ended before the plan was imported: the running week has its forecast.
    await page.goto(`/plans/${planId}/weekly`);
    await expect(page.getByTestId("forecast-history")).toHaveCount(0);
    await page.getByTestId("weekly-next-week").click();
    await expect(page.getByTestId("forecast-history-chart")).toBeVisible();
  });
});
