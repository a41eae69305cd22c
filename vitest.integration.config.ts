import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Integration tests: lib/server against a real PostgreSQL. Run through
 * `npm run test:integration`, which gives each run a fresh migrated database (scripts/with-test-db.mjs).
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside React Server Components; in tests the guard is moot.
      "server-only": fileURLToPath(new URL("./lib/server/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.int.test.ts", "scripts/**/*.int.test.ts", "cli/**/*.int.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Files share one database; running them one after another keeps timing assertions honest.
    fileParallelism: false,
  },
});
