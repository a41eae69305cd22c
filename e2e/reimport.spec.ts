import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

const V1 =
  "# Launch plan\n\n## Phase 1: Prepare\n\n### 1.1 Write runbook\n- [ ] draft\n- [ ] review\n\n### 1.2 Load test\n- [ ] run k6\n";
const V2 =
  "# Launch plan\n\n## Phase 1: Prepare\n\n### 1.1 Write runbook\n- [ ] draft\n- [ ] review\n- [ ] publish\n\n### 1.3 Alerting\n- [ ] page on 5xx\n";

test("re-import: upload a newer file, see the diff, apply it; ticks on kept items survive", async ({ page }) => {
  await signUp(page);
  const created = await page.request.post("/api/plans", {
    data: V1,
    headers: { "Content-Type": "text/markdown", "X-File-Name": "launch.md" },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/plans/${id}`);
  await expect(page.getByTestId("checklist-item")).toHaveCount(3);
  const draft = page.getByTestId("checklist-item").filter({ hasText: "draft" }).locator("input");
  const saved = page.waitForResponse((r) => r.url().includes("/items/") && r.request().method() === "PATCH");
  await draft.check();
  expect((await saved).status()).toBe(200);

  await page.getByTestId("reimport-button").click();
  const dialog = page.getByRole("dialog");
  await dialog
    .getByTestId("plan-file")
    .setInputFiles({ name: "launch.md", mimeType: "text/markdown", buffer: Buffer.from(V2) });
  const diff = dialog.getByTestId("reimport-diff");
  await expect(diff).toBeVisible();
  await expect(diff).toContainText("Alerting");
  await expect(diff).toContainText("Load test");
  await expect(diff).toContainText("publish");

  // Nothing is applied by the preview.
  const before = (await (await page.request.get(`/api/plans/${id}`)).json()) as {
    title: string;
    phases: Array<{ tasks: unknown[] }>;
  };
  expect(before.phases.flatMap((p) => p.tasks)).toHaveLength(2);

  await dialog.getByTestId("reimport-apply").click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("task")).toHaveCount(2);
  await expect(page.getByTestId("task").filter({ hasText: "Alerting" })).toBeVisible();
  await expect(page.getByTestId("checklist-item")).toHaveCount(4);
  await expect(page.getByTestId("checklist-item").filter({ hasText: "draft" }).locator("input")).toBeChecked();

  const md = await page.request.get(`/api/plans/${id}/export?format=md`);
  expect(await md.text()).toBe(V2.replace("- [ ] draft", "- [x] draft"));
});
