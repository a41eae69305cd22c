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
  await expect(page.getByRole("alert").filter({ hasText: "already exists" })).toBeVisible();
});
