import { defineConfig } from "vitest/config";
import unit from "./vitest.config";

/**
 * Integration tests: lib/server against a real PostgreSQL. Run through
 * `npm run test:integration`, which gives each run a fresh migrated database (scripts/with-test-db.mjs).
 * Module resolution (the `@` alias, the `server-only` stand-in) is the unit tests'.
 */
export default defineConfig({
  resolve: unit.resolve,
  test: {
    include: ["lib/**/*.int.test.ts", "scripts/**/*.int.test.ts", "cli/**/*.int.test.ts"],
    // Imports parse in the worker pool, which loads the bundled worker file.
    globalSetup: ["./lib/server/testing/build-worker.setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Files share one database; running them one after another keeps timing assertions honest.
    fileParallelism: false,
    // As in the unit tests: the API wrapper's tests load lib/auth.ts, which loads next-auth.
    server: unit.test?.server,
  },
});
