// `npm run bench:ui`: the plan pages in a real browser (Playwright on /usr/bin/chromium), on the
// generated 5,000-task plan against a small real plan (fixtures/plans/dsa110-roadmap.md) in
// the same run. Needs a production build (.next/BUILD_ID; `--build` builds first).
//
// Per page (overview /plans/:id, task list /plans/:id/tasks), median of RUNS cold loads:
//   load         navigation start → load event
//   interactive  navigation start → the first click on a control takes effect (a phase opens on
//                the overview, the task panel opens on the task list): hydration included
//   tick         click on a checkbox → the frame that shows it ticked (in the task panel), at once
//                when the panel is interactive (while the page still loads what it deferred: the
//                full task index, the panel's renderer)
//   tickSettled  the same on another checkbox once the network is idle and a second has passed
// and the first-load JavaScript of each page: the <script> chunks of its HTML, gzipped, without
// the `noModule` polyfills no current browser loads (the lazy chunks: board, panel, charts are
// reported apart). Targets: interactive < 1.5 s, tick < 50 ms,
// first load < 200 kB gzip (< 300 kB with the charts). The decisions and metrics pages
// (bench/ui-tracking-pages.ts): HTML size, load and first chart, on the same 5,000-task plan
// against fixtures/plans/app-v2-readiness-plan.md (a small plan with decisions and metrics).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { measureTrackingPages, printTrackingPages } from "./ui-tracking-pages";
import {
  ROOT,
  createDatabaseIfMissing,
  dropDatabase,
  ensureServer,
  migrateDeploy,
  runThenExit,
  withDatabase,
} from "../scripts/db.mjs";

const TASKS = Number(process.env.BENCH_TASKS || 5000);
const RUNS = Number(process.env.BENCH_RUNS || 5);
const PORT = Number(process.env.BENCH_UI_PORT || 3914);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "bench-password-ui";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function startNext(env: Record<string, string>): Promise<ChildProcess> {
  // The production server `npm start` runs (Next plus compression).
  const server = path.join(ROOT, "scripts", "server.mjs");
  const child = spawn(process.execPath, [server, "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`scripts/server.mjs exited with ${child.exitCode}`));
      if (
        await fetch(`${BASE}/api/health`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        return resolve(child);
      if (Date.now() - t0 > 60_000) return reject(new Error("scripts/server.mjs did not become ready"));
      setTimeout(poll, 250);
    };
    void poll();
  });
}

async function signIn(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: BASE, viewport: { width: 1400, height: 900 } });
  // tsx compiles the functions given to page.evaluate with esbuild's keepNames helper; the page needs it too.
  await context.addInitScript({ content: "window.__name = (f) => f;" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/plans");
  await page.close();
  return context;
}

/** Clicks `selector` every few ms from the first moment it exists until `done` holds; ms since navigation start. */
async function timeToInteractive(page: Page, selector: string, done: string): Promise<number> {
  return page.evaluate(
    ([sel, check]) =>
      new Promise<number>((resolve, reject) => {
        const until = performance.now() + 30_000;
        const test = new Function(`return (${check})`) as () => boolean;
        const probe = () => {
          const el = document.querySelector<HTMLElement>(sel);
          if (el) el.click();
          requestAnimationFrame(() =>
            setTimeout(() => {
              if (test()) resolve(performance.now());
              else if (performance.now() > until) reject(new Error(`never interactive: ${sel}`));
              else probe();
            }, 0),
          );
        };
        probe();
      }),
    [selector, done] as const,
  );
}

async function loadTime(page: Page): Promise<number> {
  await page.waitForLoadState("load");
  return page.evaluate(
    () => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd,
  );
}

/** Click on an unticked checkbox of the open task panel → the frame in which its label shows it ticked. */
async function tickTime(page: Page): Promise<{ ms: number; id: string }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; id: string }>((resolve, reject) => {
        const box = document.querySelector<HTMLInputElement>(
          "[data-testid=task-panel] [data-testid=checklist-item] input:not(:checked):not(:disabled)",
        );
        if (!box) return reject(new Error("no unticked checkbox in the panel"));
        const label = document.querySelector(`label[for="${box.id}"]`)!;
        const t0 = performance.now();
        box.click();
        const frame = () =>
          label.classList.contains("line-through") && box.checked
            ? resolve({ ms: performance.now() - t0, id: box.id })
            : requestAnimationFrame(frame);
        requestAnimationFrame(frame);
      }),
  );
}

/** Unticks what a run ticked (through the page, as a user would), so every run finds the same boxes. */
async function untick(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/items/"));
    await page.locator(`[id="${id}"]`).click();
    await saved;
  }
}

type PageTimes = { load: number; interactive: number; tick?: number; tickSettled?: number };

async function measurePages(
  context: BrowserContext,
  planId: string,
  taskId: string,
): Promise<Record<string, PageTimes>> {
  const out: Record<string, PageTimes[]> = { overview: [], tasks: [] };
  for (let run = 0; run < RUNS; run++) {
    let page = await context.newPage();
    await page.goto(`/plans/${planId}`, { waitUntil: "commit" });
    const overviewInteractive = await timeToInteractive(
      page,
      '[data-testid=phase-toggle][aria-expanded="false"]',
      `document.querySelector('[data-testid=phase-toggle][aria-expanded="true"]') !== null`,
    );
    out.overview!.push({ load: await loadTime(page), interactive: overviewInteractive });
    await page.close();

    page = await context.newPage();
    await page.goto(`/plans/${planId}/tasks`, { waitUntil: "commit" });
    const tasksInteractive = await timeToInteractive(
      page,
      `[data-task-id="${taskId}"] [data-testid=task-open]`,
      `document.querySelector('[data-testid=task-panel] [data-testid=checklist-item] input:not(:disabled)') !== null`,
    );
    const load = await loadTime(page);
    const tick = await tickTime(page);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1000);
    // A task with one box has nothing more to tick: the settled figure is then left out.
    const settled = await tickTime(page).catch(() => undefined);
    await page.waitForLoadState("networkidle");
    await untick(page, [tick.id, ...(settled ? [settled.id] : [])]);
    out.tasks!.push({ load, interactive: tasksInteractive, tick: tick.ms, tickSettled: settled?.ms });
    await page.close();
  }
  const pick = (xs: PageTimes[], k: keyof PageTimes) => {
    const values = xs.map((x) => x[k]).filter((v): v is number => v !== undefined);
    return values.length ? median(values) : undefined;
  };
  return Object.fromEntries(
    Object.entries(out).map(([name, xs]) => [
      name,
      {
        load: pick(xs, "load")!,
        interactive: pick(xs, "interactive")!,
        tick: pick(xs, "tick"),
        tickSettled: pick(xs, "tickSettled"),
      },
    ]),
  );
}

/** The gzipped size of the JavaScript a page's HTML loads, and of the lazy chunks loaded after. */
async function firstLoadJs(
  context: BrowserContext,
  url: string,
  lazyProbe?: (page: Page) => Promise<void>,
): Promise<{ firstLoad: number; withLazy: number }> {
  const html = await (await context.request.get(url)).text();
  // `noModule` scripts (Next's legacy polyfills, ~39 kB) are never loaded by a browser with modules.
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script([^>]+)>/g)]
        .filter((m) => !/\bnoModule\b/i.test(m[1]!))
        .map((m) => /src="([^"]+\.js)"/.exec(m[1]!)?.[1])
        .filter((s): s is string => !!s),
    ),
  ];
  const sizes = new Map<string, number>();
  const gz = async (src: string) => {
    if (!sizes.has(src))
      sizes.set(
        src,
        gzipSync(Buffer.from(await (await context.request.get(new URL(src, BASE).toString())).body())).length,
      );
    return sizes.get(src)!;
  };
  let firstLoad = 0;
  for (const s of scripts) firstLoad += await gz(s);
  let withLazy = firstLoad;
  if (lazyProbe) {
    const page = await context.newPage();
    const loaded = new Set<string>();
    page.on("response", (r) => {
      const u = new URL(r.url());
      if (u.pathname.endsWith(".js")) loaded.add(u.pathname);
    });
    await page.goto(url);
    await lazyProbe(page);
    for (const s of loaded) if (!scripts.includes(s)) withLazy += await gz(s);
    if (process.env.BENCH_CHUNKS)
      console.log(
        `chunks ${url}: first ${scripts.join(" ")} lazy ${[...loaded].filter((s) => !scripts.includes(s)).join(" ")}`,
      );
    await page.close();
  }
  return { firstLoad, withLazy };
}

async function main(): Promise<number> {
  if (process.argv.includes("--build")) {
    await new Promise<void>((resolve, reject) =>
      spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
        cwd: ROOT,
        stdio: "inherit",
      }).on("exit", (c) => (c === 0 ? resolve() : reject(new Error("next build failed")))),
    );
  }
  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.error("No production build (.next/BUILD_ID): run `npm run build` or `npm run bench:ui -- --build`.");
    return 1;
  }
  const adminUrl = await ensureServer({ log: (m) => console.log(m) });
  const dbName = `flightplan_bench_ui_${randomBytes(4).toString("hex")}`;
  await createDatabaseIfMissing(adminUrl, dbName);
  const url = withDatabase(adminUrl, dbName);
  let next: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    await migrateDeploy(url, { stdio: ["ignore", "ignore", "inherit"] });
    process.env.DATABASE_URL = url;
    const { signUpUser } = await import("@/lib/server/users/accounts");
    const { importPlan } = await import("@/lib/server/plans/import");
    const { generatePlan } = await import("./generate-plan");
    const { db } = await import("@/lib/server/db/client");
    const email = `bench-ui-${dbName}@bench.local`;
    const user = await signUpUser({ email, password: PASSWORD, name: "Bench" });
    const actor = { userId: user.id, workspaceId: user.workspaceId, role: "owner" as const };
    const big = await importPlan(actor, { input: generatePlan({ tasks: TASKS }), fileName: "bench.md" });
    const small = await importPlan(actor, {
      input: readFileSync(path.join(ROOT, "fixtures", "plans", "dsa110-roadmap.md")),
      fileName: "dsa110-roadmap.md",
    });
    const tracking = await importPlan(actor, {
      input: readFileSync(path.join(ROOT, "fixtures", "plans", "app-v2-readiness-plan.md")),
      fileName: "app-v2-readiness-plan.md",
    });
    // Two measurements of each metric, so every metric card draws its chart.
    const { recordMeasurements } = await import("@/lib/server/metrics");
    for (const p of [big, tracking]) {
      await recordMeasurements(
        actor,
        p.id,
        p.metrics.flatMap((m, i) => [
          { metricId: m.id, value: i + 1, at: "2026-11-01" },
          { metricId: m.id, value: i + 2, at: "2026-11-15" },
        ]),
      );
    }
    await db.$disconnect();
    // The task to open: the first with an unticked checklist item (on the first screen of the list).
    const firstWithBox = (p: typeof big) =>
      p.phases.flatMap((ph) => ph.tasks).find((t) => t.checklist.some((i) => !i.done))!.id;

    next = await startNext({
      DATABASE_URL: url,
      AUTH_SECRET: "bench-ui-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu"],
    });
    const context = await signIn(browser, email);
    // Warm the server (compiled routes, plan cache) so the runs measure the page, not the first request.
    for (const p of [big.id, small.id, tracking.id])
      for (const sub of ["", "/tasks", "/decisions", "/metrics"]) await context.request.get(`/plans/${p}${sub}`);

    const baseline = await measurePages(context, small.id, firstWithBox(small));
    const large = await measurePages(context, big.id, firstWithBox(big));
    const trackingSmall = await measureTrackingPages(context, tracking.id, RUNS);
    const trackingLarge = await measureTrackingPages(context, big.id, RUNS);
    const js = {
      overview: await firstLoadJs(context, `/plans/${small.id}`, (page) =>
        page.getByTestId("chart-burndown").locator(".recharts-surface").first().waitFor(),
      ),
      tasks: await firstLoadJs(context, `/plans/${small.id}/tasks`),
      plans: await firstLoadJs(context, "/plans"),
      decisions: await firstLoadJs(context, `/plans/${tracking.id}/decisions`),
      metrics: await firstLoadJs(context, `/plans/${tracking.id}/metrics`, (page) =>
        page.getByTestId("metric-chart").locator(".recharts-surface").first().waitFor(),
      ),
    };

    const ms = (n: number | undefined) => (n === undefined ? "—" : `${Math.round(n)} ms`);
    console.log(
      `\nbench:ui — ${TASKS}-task plan vs dsa110-roadmap.md (${small.phases.flatMap((p) => p.tasks).length} tasks), median of ${RUNS}`,
    );
    console.log("page       measure       small      5,000 tasks   ratio   target");
    for (const name of ["overview", "tasks"] as const) {
      for (const k of ["load", "interactive", "tick", "tickSettled"] as const) {
        const a = baseline[name]![k];
        const b = large[name]![k];
        if (a === undefined || b === undefined) continue;
        const target = k === "interactive" ? "< 1500 ms" : k === "tick" ? "< 50 ms" : "";
        console.log(
          `${name.padEnd(10)} ${k.padEnd(12)} ${ms(a).padStart(9)} ${ms(b).padStart(13)} ${(b / a).toFixed(2).padStart(7)}x   ${target}`,
        );
      }
    }
    printTrackingPages(trackingSmall, trackingLarge, TASKS);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    console.log("\nfirst-load JS (gzip)   first load   with lazy chunks");
    for (const [name, v] of Object.entries(js))
      console.log(`${name.padEnd(22)} ${kb(v.firstLoad).padStart(10)} ${kb(v.withLazy).padStart(14)}`);
    const ok =
      large.overview!.interactive < 1500 &&
      large.tasks!.interactive < 1500 &&
      (large.tasks!.tick ?? 0) < 50 &&
      js.overview.firstLoad < 200 * 1024 &&
      js.overview.withLazy < 300 * 1024 &&
      js.tasks.firstLoad < 200 * 1024 &&
      js.decisions.firstLoad < 200 * 1024 &&
      js.metrics.withLazy < 300 * 1024;
    console.log(ok ? "\nAll targets met." : "\nSome targets missed (see above).");
    return 0;
  } finally {
    await browser?.close();
    next?.kill("SIGTERM");
    await dropDatabase(adminUrl, dbName).catch(() => {});
  }
}

runThenExit(main);
