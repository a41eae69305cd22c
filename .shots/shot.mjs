import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3304";
const [, , path, name, widths = "1400,390", full = "1"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.goto(base + "/sign-in");
await page.getByLabel("Email").fill("demo@flightplan.local");
await page.getByLabel("Password").fill("flightplan-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL("**/plans");
for (const w of widths.split(",").map(Number)) {
  await page.setViewportSize({ width: w, height: 900 });
  const t0 = Date.now();
  await page.goto(base + path);
  console.log(w, "loaded in", Date.now() - t0, "ms");
  await page.screenshot({ path: `/tmp/roadmap-${name}-${w}.png`, fullPage: full === "1" });
}
await browser.close();
