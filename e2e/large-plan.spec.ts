import { expect, test, type Page } from "@playwright/test";
import { generatePlan } from "../bench/generate-plan";
import { getPlanJson, signUp } from "./helpers";

// A plan past the pages' first screens (150 task rows, 20 phase cards): the task page's first
// rows come with the page and the rest of the index loads once the page is idle; the overview
// hydrates its first phases with the page and renders the others after.
test.describe.configure({ mode: "serial" });

let page: Page;
let planId: string;
type Task = { id: string; title: string; checklist: Array<{ id: string; done: boolean }> };
let phases: Array<{ id: string; title: string; tasks: Task[] }>;
let tasks: Task[];

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await signUp(page, { name: "Lara Large" });
  const res = await page.request.post("/api/plans", {
    multipart: {
      file: { name: "large.md", mimeType: "text/markdown", buffer: Buffer.from(generatePlan({ tasks: 1000 })) },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  planId = ((await res.json()) as { id: string }).id;
  phases = (await getPlanJson(page.request, planId)).phases as unknown as typeof phases;
  tasks = phases.flatMap((p) => p.tasks);
  expect(tasks.length).toBeGreaterThan(150);
  expect(phases.length).toBeGreaterThan(20);
});

test.afterAll(async () => {
  await page.close();
});

test("the task list loads every row after the first screen: the count, search and a task far down", async () => {
  await page.goto(`/plans/${planId}/tasks`);
  const count = page.getByTestId("task-count");
  await expect(count).toHaveText(`${tasks.length} tasks`);
  const last = tasks.at(-1)!;
  await page.getByTestId("task-search").fill(last.title);
  await expect(page.locator(`[data-task-id="${last.id}"]`)).toBeVisible();
  await page.locator(`[data-task-id="${last.id}"]`).getByTestId("task-open").click();
  await expect(page.getByTestId("task-panel").getByRole("heading", { level: 2 })).toContainText(
    last.title.slice(0, 20),
  );
});

test("a ?task= link to a task beyond the first rows opens its panel with working checkboxes", async () => {
  const far = tasks.slice(150).find((t) => t.checklist.some((i) => !i.done))!;
  await page.goto(`/plans/${planId}/tasks?task=${far.id}`);
  const panel = page.getByTestId("task-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText(far.title.slice(0, 20));
  const firstOpen = panel.getByTestId("checklist-item").locator("input:not(:checked)").first();
  await expect(firstOpen).toBeEnabled();
  const box = panel.locator(`input[id="${await firstOpen.getAttribute("id")}"]`);
  const saved = page.waitForResponse((r) => r.url().includes("/items/") && r.request().method() === "PATCH");
  await box.check();
  expect((await saved).ok()).toBe(true);
  await expect(box).toBeChecked();
});

test("the overview shows every phase header, and the last one opens", async () => {
  await page.goto(`/plans/${planId}`);
  await expect(page.getByTestId("phase")).toHaveCount(phases.length);
  const lastToggle = page.getByTestId("phase").last().getByTestId("phase-toggle");
  await lastToggle.click();
  await expect(lastToggle).toHaveAttribute("aria-expanded", "true");
  await expect(
    page.getByTestId("phase").last().getByText(phases.at(-1)!.tasks[0]!.title.slice(0, 20)).first(),
  ).toBeVisible();
});
