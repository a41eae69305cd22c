// bench:ui's decisions and metrics pages: the size of the HTML the server sends (what the page
// ships: its server render and the props of its client components), and the time to load it and
// until its first chart shows, median of RUNS cold loads.
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "@playwright/test";

export type TrackingPageTimes = { htmlBytes: number; htmlGzip: number; load: number; ready: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** What shows the page is there: a decision card, or a metric's chart (the metric page's slowest part). */
const READY = { decisions: "[data-testid=decision]", metrics: "[data-testid=metric-chart] .recharts-surface" } as const;

export async function measureTrackingPages(
  context: BrowserContext,
  planId: string,
  runs: number,
): Promise<Record<keyof typeof READY, TrackingPageTimes>> {
  const out = {} as Record<keyof typeof READY, TrackingPageTimes>;
  for (const name of Object.keys(READY) as (keyof typeof READY)[]) {
    const url = `/plans/${planId}/${name}`;
    const body = Buffer.from(await (await context.request.get(url)).body());
    const loads: number[] = [];
    const readies: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "commit" });
      await page.locator(READY[name]).first().waitFor({ timeout: 30_000 });
      readies.push(await page.evaluate(() => performance.now()));
      await page.waitForLoadState("load");
      loads.push(
        await page.evaluate(
          () => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd,
        ),
      );
      await page.close();
    }
    out[name] = {
      htmlBytes: body.length,
      htmlGzip: gzipSync(body).length,
      load: median(loads),
      ready: median(readies),
    };
  }
  return out;
}

export function printTrackingPages(
  small: Record<string, TrackingPageTimes>,
  large: Record<string, TrackingPageTimes>,
  tasks: number,
): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `\ndecisions / metrics     small plan (HTML, gzip, load, shown)        ${tasks}-task plan (HTML, gzip, load, shown)`,
  );
  for (const name of Object.keys(small)) {
    const a = small[name]!;
    const b = large[name]!;
    const row = (t: TrackingPageTimes) =>
      `${kb(t.htmlBytes).padStart(10)} ${kb(t.htmlGzip).padStart(9)} ${ms(t.load).padStart(8)} ${ms(t.ready).padStart(8)}`;
    console.log(`${name.padEnd(22)} ${row(a)}          ${row(b)}`);
  }
}
