import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3304";
const [, , path, name, widths = "1400,390"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await (await browser.newContext()).newPage();
await page.goto(base + "/sign-in");
await page.getByLabel("Email").fill("demo@flightplan.local");
await page.getByLabel("Password").fill("flightplan-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL("**/plans");
for (const w of widths.split(",").map(Number)) {
  await page.setViewportSize({ width: w, height: 1000 });
  await page.goto(base + path);
  await page.waitForLoadState("networkidle"); await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/roadmap-${name}-${w}.png` });
}
await browser.close();
