import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";

test("sign up creates a workspace owned by the new user", async ({ page }) => {
  await signUp(page, { name: "Ada Lovelace" });
  await expect(page.getByRole("heading", { name: "Plans", exact: true })).toBeVisible();
  await expect(page.getByText("No plans yet")).toBeVisible();
  await expect(page.getByTestId("current-role").first()).toHaveText("owner");
});

test("pages need a session; sign out, wrong password, sign in", async ({ page }) => {
  const { email } = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await page.waitForURL("**/sign-in");

  for (const path of ["/plans", "/plans/new", "/settings", "/plans/00000000-0000-0000-0000-000000000000"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
  }

  await signIn(page, email, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();

  await signIn(page, email, PASSWORD);
  await page.waitForURL("**/plans");
  await expect(page.getByRole("heading", { name: "Plans", exact: true })).toBeVisible();
});

test("sign up validates input and refuses a taken email", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Short Pw");
  await page.getByLabel("Email").fill(uniqueEmail("short"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Password must be at least 8 characters" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);

  const { email } = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await page.waitForURL("**/sign-in");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Copycat");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create workspace" }).click();
  // A taken email gets the same answer as a new one (no account enumeration), and changes nothing.
  await page.waitForURL("**/sign-in?signed-up=1");
  await expect(page.getByRole("status").filter({ hasText: "If this email was new" })).toBeVisible();
  await signIn(page, email, PASSWORD);
  await page.waitForURL("**/plans");
});

test("common passwords are refused at sign-up", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Common");
  await page.getByLabel("Email").fill(uniqueEmail("common"));
  await page.getByLabel("Password").fill("12345678");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText("most common")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("sign-out ends the session: the old cookie no longer works", async ({ page, browser }) => {
  await signUp(page);
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await page.waitForURL("**/sign-in");
  // A second browser holding a copy of the old cookie.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  expect((await replay.request.get(new URL("/api/plans", page.url()).toString())).status()).toBe(401);
  await replay.close();
});

test("a password change signs out every other session at once", async ({ page, browser }) => {
  const { email } = await signUp(page);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);
  await otherPage.waitForURL("**/plans");
  const plansUrl = new URL("/api/plans", page.url()).toString();
  expect((await other.request.get(plansUrl)).status()).toBe(200);

  await page.goto("/settings");
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("a-new-and-longer-secret");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("1 other session was signed out")).toBeVisible();

  expect((await other.request.get(plansUrl)).status()).toBe(401);
  expect((await page.request.get(plansUrl)).status()).toBe(200);
  await other.close();
});

test("sign-in attempts are limited per account: then 429 with Retry-After, even with the right password", async ({
  page,
  request,
}) => {
  const { email } = await signUp(page);
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const attempt = (password: string) =>
    request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken }, maxRedirects: 0 });
  for (let i = 0; i < 10; i++) expect((await attempt("not-the-password")).status()).toBe(302);
  const limited = await attempt(PASSWORD);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("too_many_requests");
});
