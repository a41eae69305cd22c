// Empty stand-in for the `server-only` package in Vitest (see vitest.integration.config.ts).
export {};
