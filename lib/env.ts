import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads the environment. Validated lazily on first use, not at import: `next
 * build` imports server modules to collect route data and must not need a database URL.
 */

const EnvSchema = z.object({
  // Optional here so that reading AUTH_SECRET (e.g. while `next build` imports lib/auth.ts) does
  // not need a database; code that connects uses databaseUrl() below.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: "DATABASE_URL must be a postgresql:// URL" })
    .optional(),
  AUTH_SECRET: z.string().min(32, { message: "AUTH_SECRET must be at least 32 characters" }).optional(),
  /** The app's public URL (https://plans.example.com): its origin is the only one allowed to send changes. */
  APP_URL: z.url({ message: "APP_URL must be a URL like https://plans.example.com" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** "off" disables the per-process plan cache (lib/server/plans/cache.ts); the API bench measures both. */
  PLAN_CACHE: z.enum(["on", "off"]).default("on"),
  /** Time a parse may take per started MiB of input before its worker is ended (lib/server/parsing/pool.ts). */
  PARSE_TIME_LIMIT_MS: z.coerce.number().int().min(1).max(600_000).default(30_000),
  /**
   * Database connections one instance may hold (its three pools; the LISTEN connection of the live
   * streams comes on top). N instances hold N × (this + 1): keep that under PostgreSQL's
   * max_connections (100 by default) less its reserved and other clients' connections.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(3).max(1000).default(20),
  /** How long a request waits for a pooled connection before it is answered 503 (fail fast). */
  DATABASE_WAIT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
});

export type Env = Omit<z.infer<typeof EnvSchema>, "AUTH_SECRET"> & { AUTH_SECRET: string };

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const { AUTH_SECRET, DATABASE_URL, NODE_ENV } = parsed.data;
  // A production server on an operator's database (maybe one of several instances) must have the
  // operator's secret; scripts/server.mjs and npm start stop before this (scripts/auth-secret.mjs).
  if (!AUTH_SECRET && DATABASE_URL && NODE_ENV === "production") throw new Error(MISSING_AUTH_SECRET);
  cached = { ...parsed.data, AUTH_SECRET: AUTH_SECRET ?? localAuthSecret() };
  return cached;
}

/**
 * DATABASE_POOL_SIZE split over the pools: Prisma (most queries and every transaction), the
 * "request" pg pool (the actor lookup, the plan version, the toggle: nearly every request) and
 * the "bulk" pg pool (whole-plan reads and imports); see lib/server/pg.ts.
 */
export function databasePools(): { prisma: number; request: number; bulk: number; waitMs: number } {
  const { DATABASE_POOL_SIZE: total, DATABASE_WAIT_MS: waitMs } = getEnv();
  const prisma = Math.max(1, Math.round(total * 0.4));
  const bulk = Math.max(1, Math.round(total * 0.25));
  return { prisma, bulk, request: Math.max(1, total - prisma - bulk), waitMs };
}

/** DATABASE_URL, or a clear error when it is missing. */
export function databaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start and the test scripts set it; see prisma/README.md)");
  return url;
}

/** Forget the validated environment (tests that change process.env, e.g. the parse time limit). */
export function resetEnvCache(): void {
  cached = undefined;
}

const MISSING_AUTH_SECRET =
  "AUTH_SECRET is not set: with DATABASE_URL every instance must sign sessions with the same secret; set AUTH_SECRET to 32 or more random characters (openssl rand -base64 33).";

const SECRET_FILE = path.join(process.cwd(), ".data", "auth-secret");

/**
 * For local use without configuration (the embedded database, `npm run dev`, tests): a random
 * secret generated once and kept in .data/auth-secret (git-ignored), so sessions survive restarts.
 */
function localAuthSecret(): string {
  if (existsSync(SECRET_FILE)) {
    const saved = readFileSync(SECRET_FILE, "utf8").trim();
    if (saved.length >= 32) return saved;
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  return secret;
}
