import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests on Debian's Chromium (no browser download). The web server is the production
 * build (`next build` + scripts/server.mjs, the production server `npm start` runs) against a fresh, migrated, throw-away database made by
 * scripts/with-test-db.mjs. E2E_SKIP_BUILD=1 reuses the last build; E2E_BASE_URL targets a server
 * that is already running instead.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`;
process.env.E2E_BASE_URL_A ??= baseURL;
/** The second app instance on the same database (e2e/serve.mjs), for the two-instance live test. */
const PORT_B = Number(process.env.E2E_PORT_B ?? PORT + 100);
process.env.E2E_BASE_URL_B ??= process.env.E2E_BASE_URL ? "" : `http://127.0.0.1:${PORT_B}`;
/**
 * nginx in front of that pair and a third instance (e2e/serve.mjs, e2e/load-balancer.mjs), for the
 * N-instances test; its files and the third instance's pid are in E2E_LB_DIR.
 */
const LB_PORT = Number(process.env.E2E_LB_PORT ?? PORT + 50);
const PORT_C = Number(process.env.E2E_PORT_C ?? PORT + 60);
process.env.E2E_LB_URL ??= process.env.E2E_BASE_URL || LB_PORT === 0 ? "" : `http://127.0.0.1:${LB_PORT}`;
process.env.E2E_LB_DIR ??= path.join(os.tmpdir(), `flightplan-e2e-lb-${PORT}`);

export default defineConfig({
  testDir: "./e2e",
  // One worker: the tests share one server and database, and CI has two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    acceptDownloads: true,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: "node scripts/with-test-db.mjs node e2e/serve.mjs",
        url: `${baseURL}/api/health`,
        timeout: 6 * 60_000,
        reuseExistingServer: false,
        // SIGTERM (not the default SIGKILL) so with-test-db.mjs can drop its database.
        gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
        stdout: "pipe",
        stderr: "pipe",
        env: {
          PORT: String(PORT),
          E2E_PORT_B: String(PORT_B),
          E2E_PORT_C: String(PORT_C),
          E2E_LB_PORT: String(LB_PORT),
          E2E_LB_DIR: process.env.E2E_LB_DIR,
          // A stopped instance finishes what it is answering (e2e/load-balancer.spec.ts), even on a loaded machine.
          SHUTDOWN_GRACE_MS: "30000",
          AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      },
});
