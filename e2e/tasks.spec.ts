import { expect, test, type Page } from "@playwright/test";
import { exportMarkdown, getPlanJson, importViaApi, joinAsViewer, signUp } from "./helpers";

// One signed-in owner and one imported plan for the whole file (lean: no sign-up per test).
test.describe.configure({ mode: "serial" });

let page: Page;
let planId: string;

type PlanTasks = {
  phases: Array<{
    id: string;
    title: string;
    tasks: Array<{
      id: string;
      key: string | null;
      title: string;
      status: string;
      owner: string | null;
      files: string[];
      version: number;
      checklist: Array<{ id: string; text: string }>;
    }>;
  }>;
};
const tasksOf = async () =>
  ((await getPlanJson(page.request, planId)) as unknown as PlanTasks).phases.flatMap((p) => p.tasks);

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await signUp(page, { name: "Tess Tasks" });
  planId = await importViaApi(page.request, "dsa110-roadmap.md");
});

test.afterAll(async () => {
  await page.close();
});

test("the task list filters by status and phase and searches titles", async () => {
  const all = await tasksOf();
  // The list's light rows, as the page loads them for a large plan: one per task, with counts.
  const index = (await (await page.request.get(`/api/plans/${planId}/tasks`)).json()) as {
    total: number;
    tasks: Array<{ id: string; checks: { total: number } }>;
  };
  expect([index.total, index.tasks.map((t) => t.id)]).toEqual([all.length, all.map((t) => t.id)]);
  await page.goto(`/plans/${planId}/tasks`);
  const count = page.getByTestId("task-count");
  await expect(count).toHaveText(`${all.length} tasks`);

  const word = all[2]!.title.split(/\s+/).find((w) => w.length > 5)!;
  const matching = all.filter((t) =>
    `${t.key ?? ""} ${t.title} ${t.owner ?? ""} ${t.files.join(" ")}`.toLowerCase().includes(word.toLowerCase()),
  );
  await page.getByTestId("task-search").fill(word.toUpperCase());
  await expect(count).toHaveText(`${matching.length} of ${all.length} tasks`);
  await expect(page.getByTestId("task-row")).toHaveCount(matching.length);
  await page.getByTestId("task-search").fill("");

  const done = all.filter((t) => t.status === "done").length;
  await page.getByTestId("filter-status").selectOption("done");
  await expect(count).toHaveText(`${done} of ${all.length} tasks`);
  await page.getByTestId("filter-status").selectOption("");

  const plan = (await getPlanJson(page.request, planId)) as unknown as PlanTasks;
  const second = plan.phases[1]!;
  await page.getByTestId("filter-phase").selectOption(second.id);
  await expect(count).toHaveText(`${second.tasks.length} of ${all.length} tasks`);
  // Filters live in the URL: a reload keeps them.
  await page.reload();
  await expect(page.getByTestId("filter-phase")).toHaveValue(second.id);
  await expect(count).toHaveText(`${second.tasks.length} of ${all.length} tasks`);
});

test("a task moves to the next board column by keyboard", async () => {
  const task = (await tasksOf()).find((t) => t.status === "todo")!;
  await page.goto(`/plans/${planId}/tasks?view=board`);
  const card = page.getByTestId("board-column-todo").locator(`[data-task-id="${task.id}"]`);
  await card.scrollIntoViewIfNeeded();
  const saved = page.waitForResponse((r) => r.url().includes(`/tasks/${task.id}`) && r.request().method() === "PATCH");
  await card.getByTestId("board-handle").focus();
  // Each key waits for the board to answer the one before (the sensor listens from the next tick).
  await page.keyboard.press("Space");
  await expect(page.getByTestId("board-column-todo")).toHaveAttribute("data-over", "true");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("board-column-in_progress")).toHaveAttribute("data-over", "true");
  await page.keyboard.press("Space");
  expect((await saved).status()).toBe(200);
  await expect(page.getByTestId("board-column-in_progress").locator(`[data-task-id="${task.id}"]`)).toHaveCount(1);
  expect((await tasksOf()).find((t) => t.id === task.id)!.status).toBe("in_progress");
});

test("edits in the task panel (owner, a new checklist item) are in the markdown export", async () => {
  const task = (await tasksOf()).find((t) => t.checklist.length > 0)!;
  await page.goto(`/plans/${planId}/tasks?task=${task.id}`);
  const panel = page.getByTestId("task-panel");
  await expect(panel).toBeVisible();
  const saved = page.waitForResponse((r) => r.url().includes(`/tasks/${task.id}`) && r.request().method() === "PATCH");
  await panel.getByTestId("panel-owner").fill("zoe-e2e");
  await panel.getByTestId("panel-owner").press("Enter");
  expect((await saved).status()).toBe(200);

  const added = page.waitForResponse(
    (r) => r.url().includes(`/tasks/${task.id}/items`) && r.request().method() === "POST",
  );
  await panel.getByTestId("add-item-input").fill("Write the e2e runbook");
  await panel.getByTestId("add-item-submit").click();
  await expect(panel.getByTestId("checklist-item").filter({ hasText: "Write the e2e runbook" })).toBeVisible();
  expect((await added).status()).toBe(201);

  const md = (await exportMarkdown(page.request, planId)).toString("utf8");
  expect(md).toContain("zoe-e2e");
  expect(md).toMatch(/- \[ \] Write the e2e runbook/);
});

test("a second editor of the same field gets a conflict message with the current value", async () => {
  const task = (await tasksOf())[0]!;
  await page.goto(`/plans/${planId}/tasks?task=${task.id}`);
  const panel = page.getByTestId("task-panel");
  await expect(panel.getByTestId("panel-priority")).toBeEnabled();
  // Live updates would show the other save before this editor acts (then there is no conflict):
  // hold the page's change and plan reads until its own save has been refused.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const reads = (url: URL) =>
    url.pathname === `/api/plans/${planId}` || url.pathname === `/api/plans/${planId}/changes`;
  await page.route(reads, async (route) => {
    if (route.request().method() === "GET") await held;
    await route.continue();
  });
  // Someone else saves first, through the API, with the version this page has read.
  const other = await page.request.patch(`/api/plans/${planId}/tasks/${task.id}`, {
    data: { priority: "P3", version: task.version },
  });
  expect(other.status()).toBe(200);
  const refused = page.waitForResponse(
    (r) => r.url().includes(`/tasks/${task.id}`) && r.request().method() === "PATCH",
  );
  await panel.getByTestId("panel-priority").selectOption("P1");
  expect((await refused).status()).toBe(409);
  release();
  await expect(page.getByTestId("task-message")).toContainText("Priority is now “P3”");
  await expect(panel.getByTestId("panel-priority")).toHaveValue("P3");
  await page.unroute(reads);
});

test("a viewer sees no edit controls on the task pages, and the API refuses the viewer's write", async ({
  browser,
}) => {
  const viewer = await joinAsViewer(page, browser);

  const task = (await tasksOf()).find((t) => t.checklist.length > 0)!;
  await viewer.goto(`/plans/${planId}/tasks?task=${task.id}`);
  const panel = viewer.getByTestId("task-panel");
  await expect(panel).toBeVisible();
  await expect(viewer.getByTestId("task-row").first()).toBeVisible();
  await expect(viewer.getByTestId("task-status")).toHaveCount(0);
  await expect(viewer.getByTestId("add-task-toggle")).toHaveCount(0);
  await expect(panel.getByTestId("task-fields")).toHaveCount(0);
  await expect(panel.getByTestId("add-item-input")).toHaveCount(0);
  for (const box of await panel.getByTestId("checklist-item").locator("input").all()) await expect(box).toBeDisabled();
  await viewer.goto(`/plans/${planId}/tasks?view=board`);
  await expect(viewer.getByTestId("board-card").first()).toBeVisible();
  await expect(viewer.getByTestId("board-handle")).toHaveCount(0);

  const write = await viewer.request.post(`/api/plans/${planId}/tasks/${task.id}/items`, { data: { text: "nope" } });
  expect(write.status()).toBe(403);
  await viewer.context().close();
});
