import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { weekOf } from "@/lib/plan/weekly/week";
import { importViaApi, signUp } from "./helpers";

test("the workspace's weekly summary lists every plan with its status, counts them and exports markdown", async ({
  page,
}) => {
  await signUp(page, { name: "Walt Weekly" });
  const ids = [
    await importViaApi(page.request, "app-v2-readiness-plan.md"),
    await importViaApi(page.request, "dsa110-roadmap.md"),
  ];
  const week = weekOf(new Date(), "UTC").label;
  const override = await page.request.put(`/api/plans/${ids[1]}/weekly/status?week=${week}`, {
    data: { status: "off_track", reason: "Waiting on the telescope time allocation." },
  });
  expect(override.status(), await override.text()).toBe(200);

  await page.goto("/plans");
  await page.getByTestId("plans-weekly").click();
  await page.waitForURL("**/weekly");
  await page.goto(`/weekly?week=${week}`);
  await expect(page.getByRole("heading", { name: `Week ${week}` })).toBeVisible();
  const plans = page.getByTestId("workspace-plan");
  await expect(plans).toHaveCount(2);
  // The overridden plan is off track with its reason; off track comes first.
  await expect(plans.filter({ hasText: "Waiting on the telescope time allocation." })).toHaveAttribute(
    "data-status",
    "off_track",
  );
  await expect(plans.first()).toHaveAttribute("data-status", "off_track");

  const json = (await (await page.request.get(`/api/weekly?week=${week}`)).json()) as {
    counts: Record<string, number>;
    plans: { planId: string; status: string }[];
  };
  expect(json.plans.map((p) => p.planId).sort()).toEqual([...ids].sort());
  const total = Object.values(json.counts).reduce((a, b) => a + b, 0);
  expect(total).toBe(2);
  for (const [status, n] of Object.entries(json.counts))
    await expect(page.getByTestId("workspace-counts")).toContainText(`${n} ${status.replace("_", " ")}`);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("workspace-export").click()]);
  const md = await readFile((await download.path())!, "utf8");
  expect(md).toContain(`# Week ${week}`);
  expect(md).toContain("Waiting on the telescope time allocation.");
  expect((await page.request.get(`/api/weekly?week=2026-W99`)).status()).toBe(400);
});
