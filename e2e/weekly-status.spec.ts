import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { weekOf } from "@/lib/plan/weekly/week";
import { importViaApi, joinAsViewer, signUp } from "./helpers";

test("an owner sets the workspace's time zone, overrides a week's status with a reason, and clears it", async ({
  page,
  browser,
}) => {
  await signUp(page, { name: "Ana Owner" });
  const planId = await importViaApi(page.request, "app-v2-readiness-plan.md");

  await page.goto("/settings");
  await page.getByLabel("Time zone").selectOption("Pacific/Auckland");
  await page.getByTestId("workspace-save").click();
  await expect(page.getByTestId("workspace-card")).toContainText("Weeks now run in Pacific/Auckland");
  const zone = await page.request.get("/api/workspace");
  expect(((await zone.json()) as { timeZone: string }).timeZone).toBe("Pacific/Auckland");
  const bad = await page.request.patch("/api/workspace", { data: { timeZone: "Mars/Olympus" } });
  expect(bad.status()).toBe(400);

  const week = weekOf(new Date(), "Pacific/Auckland").label;
  await page.goto(`/plans/${planId}/weekly?week=${week}`);
  const status = page.getByTestId("weekly-status");
  await expect(status).toContainText("in Pacific/Auckland");
  const computed = (await status.getAttribute("data-computed"))!;
  const target = computed === "off_track" ? "on_track" : "off_track";
  const title = { on_track: "On track", at_risk: "At risk", off_track: "Off track" }[target];

  await page.getByTestId("override-open").click();
  await page.getByTestId("override-save").click();
  await expect(page.getByTestId("override-form")).toContainText("Write why the status differs");
  await page.getByLabel("Status").selectOption(target);
  const reason = "The vendor moved the API date; the forecast has not caught up yet.";
  await page.getByLabel("Reason").fill(reason);
  await page.getByTestId("override-save").click();
  await expect(status).toHaveAttribute("data-status", target);
  await expect(status).toHaveAttribute("data-computed", computed);
  await expect(page.getByTestId("weekly-override")).toContainText(reason);
  await expect(page.getByTestId("weekly-override")).toContainText("Set by Ana Owner");
  await expect(status).toContainText("Computed:");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("weekly-export").click()]);
  const md = await readFile((await download.path())!, "utf8");
  expect(md).toContain(`**Status: ${title}** (set by Ana Owner, `);
  expect(md).toContain(reason);

  // A viewer reads the override but has no control, and the API refuses them.
  const viewer = await joinAsViewer(page, browser);
  await viewer.goto(`/plans/${planId}/weekly?week=${week}`);
  await expect(viewer.getByTestId("weekly-override")).toContainText(reason);
  await expect(viewer.getByTestId("override-open")).toHaveCount(0);
  const refused = await viewer.request.put(`/api/plans/${planId}/weekly/status?week=${week}`, {
    data: { status: "on_track", reason: "mine" },
  });
  expect(refused.status()).toBe(403);
  await viewer.context().close();

  await page.getByTestId("override-clear").click();
  await expect(page.getByTestId("weekly-override")).toHaveCount(0);
  await expect(status).toHaveAttribute("data-status", computed);
  const json = await page.request.get(`/api/plans/${planId}/weekly?week=${week}`);
  expect(((await json.json()) as { override: unknown }).override).toBeNull();
});

test("an owner's status override reaches a weekly page someone has open, without a reload", async ({
  page,
  browser,
}) => {
  await signUp(page, { name: "Ana Owner" });
  const planId = await importViaApi(page.request, "app-v2-readiness-plan.md");
  const week = weekOf(new Date(), "UTC").label;
  const viewer = await joinAsViewer(page, browser);
  await viewer.goto(`/plans/${planId}/weekly?week=${week}`);
  const status = viewer.getByTestId("weekly-status");
  const computed = (await status.getAttribute("data-computed"))!;
  const target = computed === "off_track" ? "on_track" : "off_track";
  await expect(viewer.getByTestId("weekly-override")).toHaveCount(0);

  const reason = "Set in another tab; the open page follows.";
  const set = await page.request.put(`/api/plans/${planId}/weekly/status?week=${week}`, {
    data: { status: target, reason },
  });
  expect(set.status()).toBe(200);
  await expect(viewer.getByTestId("weekly-override")).toContainText(reason);
  await expect(status).toHaveAttribute("data-status", target);

  expect((await page.request.delete(`/api/plans/${planId}/weekly/status?week=${week}`)).status()).toBe(200);
  await expect(viewer.getByTestId("weekly-override")).toHaveCount(0);
  await expect(status).toHaveAttribute("data-status", computed);
  await viewer.context().close();
});
