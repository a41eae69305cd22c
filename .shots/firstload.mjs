import { chromium } from "@playwright/test";
import { gzipSync } from "node:zlib";
const base = "http://127.0.0.1:3304";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await (await browser.newContext()).newPage();
await page.goto(base + "/sign-in");
await page.getByLabel("Email").fill("demo@flightplan.local");
await page.getByLabel("Password").fill("flightplan-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL("**/plans");
for (const path of process.argv.slice(2)) {
  const scripts = [];
  const handler = (r) => { if (r.request().resourceType() === "script") scripts.push(r); };
  const p2 = await page.context().newPage();
  p2.on("response", handler);
  await p2.goto(base + path, { waitUntil: "networkidle" });
  let raw = 0, gz = 0;
  for (const r of scripts) { const b = await r.body(); raw += b.length; gz += gzipSync(b).length; }
  console.log(path, `${scripts.length} scripts, ${(raw / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzipped`);
  await p2.close();
}
await browser.close();
