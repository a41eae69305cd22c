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
    include: ["lib/**/*.test.ts", "cli/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    // Database tests run with `npm run test:integration` (vitest.integration.config.ts).
    exclude: ["**/node_modules/**", "**/*.int.test.ts"],
    testTimeout: 30_000,
    // next-auth imports `next/server` without an extension, which Node's ESM loader refuses;
    // bundled by Vite it resolves (the API wrapper's tests load lib/auth.ts through it).
    server: { deps: { inline: ["next-auth"] } },
  },
});
