import { expect, test, type APIRequestContext } from "@playwright/test";
import { signUp } from "./helpers";

const markdown = { "Content-Type": "text/markdown" };

async function planCount(request: APIRequestContext): Promise<number> {
  return ((await (await request.get("/api/plans")).json()) as unknown[]).length;
}

test("a paragraph of unpaired emphasis marks is refused with 422 too_complex at once, and nothing is stored", async ({
  page,
}) => {
  await signUp(page);
  const attack = `# Plan\n\n${"*a_".repeat(350_000)}\n`;
  for (const path of ["/api/plans/preview", "/api/plans"]) {
    const res = await page.request.post(path, { data: attack, headers: markdown });
    expect(res.status(), path).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("too_complex");
    expect(error.message).toContain("line 3");
  }
  expect(await planCount(page.request)).toBe(0);
});

test("health answers while a large plan is being parsed", async ({ page, baseURL }) => {
  await signUp(page);
  // 10,000 checkboxes (~0.2 MB): a parse of seconds, which used to hold the event loop throughout.
  const md =
    "# Plan\n\n## Phase 1: Launch\n\n" + Array.from({ length: 10_000 }, (_, i) => `- [ ] item ${i}`).join("\n") + "\n";
  let settled = false;
  const preview = page.request
    .post("/api/plans/preview", { data: md, headers: markdown, timeout: 120_000 })
    .finally(() => (settled = true));
  let during = 0;
  let failed = 0;
  while (!settled) {
    const res = await fetch(`${baseURL}/api/health`);
    if (settled) break;
    if (res.ok) during++;
    else failed++;
  }
  const res = await preview;
  expect(res.status(), await res.text()).toBe(200);
  expect(((await res.json()) as { phases: Array<{ checklist: unknown[] }> }).phases[0]!.checklist.length).toBe(10_000);
  expect(failed).toBe(0);
  // Parsed on the event loop, no health request could be answered until the parse ended.
  expect(during).toBeGreaterThanOrEqual(5);
});

test("authenticated API responses are not cacheable", async ({ page }) => {
  await signUp(page);
  for (const path of ["/api/plans", "/api/tokens", "/api/members", "/api/plans/no-such-plan"]) {
    const res = await page.request.get(path);
    expect(res.headers()["cache-control"], path).toBe("no-store");
  }
});

test("invite links name the host the app was reached at, not localhost", async ({ page, baseURL }) => {
  await signUp(page);
  const res = await page.request.post("/api/invites", {
    data: { email: `invitee-${Date.now()}@e2e.flightplan.test`, role: "viewer" },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { url } = (await res.json()) as { url: string };
  expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
});
