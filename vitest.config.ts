import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside React Server Components; in tests the guard is moot.
      "server-only": fileURLToPath(new URL("./lib/server/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "cli/**/*.test.ts"],
    // Database tests run with `npm run test:integration` (vitest.integration.config.ts).
    exclude: ["**/node_modules/**", "**/*.int.test.ts"],
    testTimeout: 30_000,
  },
});
