import { expect, test } from "@playwright/test";
import { FIXTURES, engineView, exportMarkdown, fixturePath, signUp } from "./helpers";

test.describe.configure({ mode: "serial" });

test.describe("import through the page, export byte-exact", () => {
  test.beforeEach(async ({ page }) => {
    await signUp(page);
  });

  for (const name of FIXTURES) {
    test(`${name}: preview counts match the engine, export matches the file`, async ({ page }) => {
      const engine = engineView(name);
      await page.goto("/plans/new");
      await page.getByTestId("plan-file").setInputFiles(fixturePath(name));

      const preview = page.getByTestId("plan-preview");
      await expect(preview).toBeVisible();
      await expect(page.getByTestId("preview-title")).toHaveText(engine.plan.title);
      const c = engine.counts;
      await expect(page.getByTestId("count-phases")).toHaveText(String(c.phases));
      await expect(page.getByTestId("count-tasks")).toHaveText(String(c.tasks));
      await expect(page.getByTestId("count-checkboxes")).toHaveText(String(c.checkboxes));
      await expect(page.getByTestId("count-checkboxes-done")).toHaveText(String(c.checkboxesDone));
      await expect(page.getByTestId("count-criteria")).toHaveText(String(c.criteria));
      await expect(page.getByTestId("count-decisions")).toHaveText(String(c.decisions));
      await expect(page.getByTestId("count-metrics")).toHaveText(String(c.metrics));
      await expect(page.getByTestId("count-warnings")).toHaveText(String(c.warnings));
      if (engine.plan.repairedEncoding) {
        await expect(page.getByTestId("preview-repaired")).toContainText(engine.plan.repairedEncoding);
      } else {
        await expect(page.getByTestId("preview-repaired")).toHaveCount(0);
      }
      // The source pane shows the decoded (repaired) text.
      await expect(page.getByTestId("source-view")).toContainText(engine.plan.title);

      await page.getByTestId("save-button").click();
      await page.waitForURL(/\/plans\/(?!new$)[^/]+$/);
      const planId = page.url().split("/").pop()!;

      // The plan page shows the same plan.
      await expect(page.getByTestId("plan-title")).toHaveText(engine.plan.title);
      await expect(page.getByTestId("phase")).toHaveCount(c.phases);
      await expect(page.getByTestId("task")).toHaveCount(c.tasks);
      await expect(page.getByTestId("checklist-item")).toHaveCount(c.checkboxes);
      await expect(page.getByTestId("stat-items")).toHaveText(`${c.checkboxesDone}/${c.checkboxes}`);

      // Export: the bytes of the file, after encoding repair.
      const exported = await exportMarkdown(page.request, planId);
      expect(exported.equals(engine.exportBytes)).toBe(true);
      if (!engine.plan.repairedEncoding) expect(exported.equals(engine.bytes)).toBe(true);

      // The list shows it with its progress.
      await page.goto("/plans");
      const row = page.getByTestId("plan-row").filter({ hasText: engine.plan.title });
      await expect(row).toBeVisible();
      await expect(row.getByTestId("plan-items")).toHaveText(`${c.checkboxesDone}/${c.checkboxes} done`);
    });
  }

  test("the Export buttons download Markdown and JSON", async ({ page }) => {
    const name = "extraction-api-todo.md";
    const engine = engineView(name);
    await page.goto("/plans/new");
    await page.getByTestId("plan-file").setInputFiles(fixturePath(name));
    await expect(page.getByTestId("plan-preview")).toBeVisible();
    await page.getByTestId("save-button").click();
    await page.waitForURL(/\/plans\/(?!new$)[^/]+$/);

    const [md] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-md").click()]);
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const { readFile } = await import("node:fs/promises");
    expect((await readFile((await md.path())!)).equals(engine.exportBytes)).toBe(true);

    const [json] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-json").click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const parsed = JSON.parse(await readFile((await json.path())!, "utf8")) as { format: string; title: string };
    expect(parsed.format).toBe("flightplan.plan/v1");
    expect(parsed.title).toBe(engine.plan.title);
  });

  test("a long document that yields few tasks says so in the preview", async ({ page }) => {
    const areas = Array.from(
      { length: 12 },
      (_, i) =>
        `## Area ${i + 1}\n\n${Array.from({ length: 6 }, (_, j) => `* Note ${j + 1} about area ${i + 1}, kept for reference`).join("\n")}\n`,
    );
    const text = `# Team handbook\n\n${areas.join("\n")}\n## Work\n\n- [ ] PAY-1 Fix the refund rounding (@ana)\n`;
    await page.goto("/plans/new");
    await page.getByRole("tab", { name: "Paste markdown" }).click();
    await page.getByTestId("plan-text").fill(text);
    await page.getByTestId("preview-button").click();
    const warning = page.getByTestId("preview-warnings");
    await expect(warning).toContainText("Only 1 task");
    await expect(warning).toContainText("Nothing could be read from the lists or tables under “Area 1”");
    if (process.env.SCREENSHOT_DIR)
      for (const width of [1400, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/preview-sparse-${width}.png`, fullPage: true });
      }
  });

  test("pasted markdown previews and saves; bad input shows a clear error and saves nothing", async ({ page }) => {
    await page.goto("/plans/new");
    await page.getByRole("tab", { name: "Paste markdown" }).click();
    await page
      .getByTestId("plan-text")
      .fill("# Pasted plan\n\n## Phase 1: Start\n\n### 1.1 First task\n- [ ] one\n- [x] two\n");
    await page.getByTestId("preview-button").click();
    await expect(page.getByTestId("preview-title")).toHaveText("Pasted plan");
    await expect(page.getByTestId("count-checkboxes")).toHaveText("2");

    await page.getByTestId("plan-text").fill("   \n\n  ");
    await page.getByTestId("preview-button").click();
    await expect(page.getByTestId("import-error")).toBeVisible();
    await expect(page.getByTestId("save-button")).toBeDisabled();

    // A binary file is refused with a message, and nothing is stored.
    await page.getByRole("tab", { name: "Upload file" }).click();
    await page.getByTestId("plan-file").setInputFiles({
      name: "image.md",
      mimeType: "text/markdown",
      buffer: Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01,
      ]),
    });
    await expect(page.getByTestId("import-error")).toBeVisible();
    const list = await page.request.get("/api/plans");
    expect(await list.json()).toEqual([]);
  });
});
