// Types for scripts/db.mjs, so TypeScript callers (bench/api.bench.ts) are checked.
export const ROOT: string;
export function ensureDatabase(opts?: { log?: (m: string) => void }): Promise<string>;
export function ensureServer(opts?: { log?: (m: string) => void }): Promise<string>;
export function withDatabase(url: string, database: string): string;
export function stopEmbedded(): Promise<void>;
export function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void>;
export function dropDatabase(adminUrl: string, name: string): Promise<void>;
export function runPrisma(args: string[], opts?: { url?: string; stdio?: unknown }): Promise<void>;
export function migrateDeploy(url: string, opts?: { stdio?: unknown }): Promise<void>;
export function runThenExit(main: () => Promise<number | void>): Promise<never>;
