import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { parsePlan } from "@/lib/markdown";
import type { ApiPlan, Plan } from "@/lib/plan/contract";
import { allItems, allTasks } from "@/lib/plan/items";

export const FIXTURE_DIR = path.join(process.cwd(), "fixtures", "plans");
export const FIXTURES = [
  "ancestry-remaining-items.md",
  "app-v2-readiness-plan.md",
  "dsa110-roadmap.md",
  "extraction-api-todo.md",
  "leadscout-backlog.md",
] as const;

export const PASSWORD = "correct-horse-battery";

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@e2e.flightplan.test`;
}

export function fixturePath(name: string): string {
  return path.join(FIXTURE_DIR, name);
}

export function fixtureBytes(name: string): Buffer {
  return readFileSync(fixturePath(name));
}

/** What the engine makes of a fixture, and the bytes a byte-exact export must produce. */
export function engineView(name: string) {
  const bytes = fixtureBytes(name);
  const { plan, text, bom } = parsePlan(new Uint8Array(bytes), { fileName: name });
  const exportBytes = Buffer.concat([
    bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
    Buffer.from(text, "utf8"),
  ]);
  return { bytes, plan, text, bom, exportBytes, counts: countPlan(plan) };
}

export function countPlan(plan: Plan) {
  const items = allItems(plan);
  return {
    phases: plan.phases.length,
    tasks: allTasks(plan).length,
    checkboxes: items.length,
    checkboxesDone: items.filter((i) => i.done).length,
    criteria: plan.criteria.length,
    decisions: plan.decisions.length,
    metrics: plan.metrics.length,
    warnings: plan.warnings.length,
  };
}

export async function signUp(page: Page, opts: { name?: string; email?: string } = {}) {
  const email = opts.email ?? uniqueEmail("owner");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(opts.name ?? "Olivia Owner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create workspace" }).click();
  // The same answer for a new and a taken email: the sign-in page with a notice.
  await page.waitForURL("**/sign-in?signed-up=1");
  await signIn(page, email);
  await page.waitForURL("**/plans");
  return { email, password: PASSWORD };
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Import through the API with the page's session cookie; returns the plan id. */
export async function importViaApi(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.post("/api/plans", {
    multipart: { file: { name, mimeType: "text/markdown", buffer: fixtureBytes(name) } },
  });
  expect(res.status(), await res.text()).toBe(201);
  const plan = (await res.json()) as { id: string };
  return plan.id;
}

export async function exportMarkdown(request: APIRequestContext, planId: string): Promise<Buffer> {
  const res = await request.get(`/api/plans/${planId}/export?format=md`);
  expect(res.status()).toBe(200);
  return res.body();
}

export async function createTokenViaApi(request: APIRequestContext, name = "e2e"): Promise<string> {
  const res = await request.post("/api/tokens", { data: { name } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

export async function getPlanJson(request: APIRequestContext, planId: string): Promise<ApiPlan> {
  const res = await request.get(`/api/plans/${planId}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as ApiPlan;
}

export { allItems };

/**
 * The owner (signed in on `owner`) invites a new viewer, who accepts in a fresh browser context.
 * The invite link names the server as it saw itself; the viewer stays on the test's origin so the
 * session cookie applies. Returns the viewer's page, signed in on /plans.
 */
export async function joinAsViewer(owner: Page, browser: Browser, name = "Vera Viewer"): Promise<Page> {
  const invite = await owner.request.post("/api/invites", { data: { email: uniqueEmail("viewer"), role: "viewer" } });
  expect(invite.status(), await invite.text()).toBe(201);
  const { url } = (await invite.json()) as { url: string };
  const viewer = await (await browser.newContext()).newPage();
  await viewer.goto(new URL(url).pathname);
  await viewer.getByLabel("Your name").fill(name);
  await viewer.getByLabel("Choose a password").fill(PASSWORD);
  await viewer.getByRole("button", { name: "Accept invite" }).click();
  await viewer.waitForURL("**/plans");
  return viewer;
}
