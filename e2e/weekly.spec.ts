import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { weekOf } from "@/lib/plan/weekly/week";
import { allItems, createTokenViaApi, getPlanJson, importViaApi, signUp } from "./helpers";

test("a weekly summary: what was done, its markdown export, a PDF print and the token API", async ({
  page,
  playwright,
}) => {
  await signUp(page, { name: "Wendy Weekly" });
  const planId = await importViaApi(page.request, "app-v2-readiness-plan.md");
  const item = allItems(await getPlanJson(page.request, planId)).find((i) => !i.done)!;
  const tick = await page.request.patch(`/api/plans/${planId}/items/${item.id}`, { data: { done: true } });
  expect(tick.status(), await tick.text()).toBe(200);
  const week = weekOf(new Date(), "UTC").label;

  await page.goto(`/plans/${planId}/weekly?week=${week}`);
  await expect(page.getByRole("heading", { name: `Week ${week}` })).toBeVisible();
  await expect(page.getByTestId("weekly-done")).toContainText(item.text);
  await expect(page.getByTestId("weekly-done")).toContainText("Wendy Weekly");
  await expect(page.getByTestId("weekly-status")).toContainText("Rule:");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("weekly-export").click()]);
  const md = await readFile((await download.path())!, "utf8");
  expect(md).toContain(`week ${week}`);
  expect(md).toContain(`☑ ${item.text.replace(/([\\`*_[\]<>#|])/g, "\\$1")}`);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Weeks" })).toBeHidden();
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  expect(pdf.startsWith("%PDF-")).toBe(true);
  expect((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(1);

  const token = await createTokenViaApi(page.request);
  const api = await playwright.request.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const json = await api.get(`/api/plans/${planId}/weekly?week=${week}`);
  expect(json.status()).toBe(200);
  expect(((await json.json()) as { done: { items: { id: string }[] } }).done.items.map((i) => i.id)).toEqual([item.id]);
  const bad = await api.get(`/api/plans/${planId}/weekly?week=2026-W99`);
  expect(bad.status()).toBe(400);
  await api.dispose();
});
