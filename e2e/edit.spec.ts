import { expect, test } from "@playwright/test";
import { exportMarkdown, importViaApi, signUp } from "./helpers";

function diffChars(a: string, b: string) {
  const diffs: Array<{ at: number; from: string; to: string }> = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) diffs.push({ at: i, from: a[i] ?? "", to: b[i] ?? "" });
  }
  return diffs;
}

test("ticking a checkbox changes the export by exactly one character", async ({ page }) => {
  await signUp(page);
  const planId = await importViaApi(page.request, "leadscout-backlog.md");
  const before = (await exportMarkdown(page.request, planId)).toString("utf8");

  await page.goto(`/plans/${planId}`);
  // Pin the checkbox by id: a "first unchecked" locator would move on once it is ticked.
  const boxId = await page
    .getByTestId("checklist-item")
    .locator("input[type=checkbox]:not(:checked)")
    .first()
    .getAttribute("id");
  const box = page.locator(`[id="${boxId}"]`);
  await expect(box).toBeEnabled();
  const saved = page.waitForResponse(
    (r) => r.url().includes(`/api/plans/${planId}/items/`) && r.request().method() === "PATCH",
  );
  await box.check();
  // Optimistic: checked at once; then the server confirms.
  await expect(box).toBeChecked();
  expect((await saved).status()).toBe(200);

  const after = (await exportMarkdown(page.request, planId)).toString("utf8");
  expect(after.length).toBe(before.length);
  const diffs = diffChars(before, after);
  expect(diffs).toHaveLength(1);
  expect(diffs[0]).toMatchObject({ from: " ", to: "x" });

  // Survives a reload, and unticking restores the original bytes.
  await page.reload();
  const again = page.locator(`[id="${boxId}"]`);
  await expect(again).toBeChecked();
  const undone = page.waitForResponse((r) => r.url().includes("/items/") && r.request().method() === "PATCH");
  await again.uncheck();
  expect((await undone).status()).toBe(200);
  expect((await exportMarkdown(page.request, planId)).toString("utf8")).toBe(before);
});

test("editors change a task's status and owner inline; a stale version is refused with 409", async ({ page }) => {
  await signUp(page);
  const planId = await importViaApi(page.request, "app-v2-readiness-plan.md");
  await page.goto(`/plans/${planId}`);

  const task = page
    .getByTestId("task")
    .filter({ has: page.getByTestId("task-status") })
    .nth(3);
  const status = task.getByTestId("task-status");
  const saved = page.waitForResponse((r) => r.url().includes("/tasks/") && r.request().method() === "PATCH");
  await status.selectOption("blocked");
  expect((await saved).status()).toBe(200);

  const owner = task.getByTestId("task-owner");
  await owner.fill("marta");
  const ownerSaved = page.waitForResponse((r) => r.url().includes("/tasks/") && r.request().method() === "PATCH");
  await owner.press("Enter");
  expect((await ownerSaved).status()).toBe(200);

  await page.reload();
  const reloaded = page
    .getByTestId("task")
    .filter({ has: page.getByTestId("task-status") })
    .nth(3);
  await expect(reloaded.getByTestId("task-status")).toHaveValue("blocked");
  await expect(reloaded.getByTestId("task-owner")).toHaveValue("marta");

  // Optimistic concurrency through the API: the version read is stale after a first write.
  const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
    phases: Array<{ tasks: Array<{ id: string; version: number }> }>;
  };
  const t = plan.phases.flatMap((p) => p.tasks)[0]!;
  const first = await page.request.patch(`/api/plans/${planId}/tasks/${t.id}`, {
    data: { status: "in_progress", version: t.version },
  });
  expect(first.status()).toBe(200);
  const stale = await page.request.patch(`/api/plans/${planId}/tasks/${t.id}`, {
    data: { status: "done", version: t.version },
  });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { error: { code: string } }).error.code).toBe("conflict");
});
