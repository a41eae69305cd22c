import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { signUpUser } from "@/lib/server/users/accounts";
import { acceptInvite, createInvite } from "@/lib/server/workspaces/invites";

/** Shared set-up for the integration tests (real PostgreSQL via scripts/with-test-db.mjs). */

export const PASSWORD = "correct horse battery";

export const uniqueEmail = (label = "user") => `${label}-${randomBytes(4).toString("hex")}@test.local`;

/** A new account with its own workspace; returns its owner actor. */
export async function newOwner(label = "owner"): Promise<Actor & { email: string }> {
  const email = uniqueEmail(label);
  const user = await signUpUser({ email, password: PASSWORD, name: label });
  return { userId: user.id, workspaceId: user.workspaceId, role: "owner", email };
}

/** A new account invited into the owner's workspace with `role`. */
export async function newMember(owner: Actor, role: Role): Promise<Actor & { email: string }> {
  const email = uniqueEmail(role);
  const { token } = await createInvite(owner, { email, role });
  const joined = await acceptInvite({ token, password: PASSWORD, name: role });
  return { userId: joined.id, workspaceId: joined.workspaceId, role, email };
}

export const FIXTURE_DIR = path.join(process.cwd(), "fixtures", "plans");
export const fixtureNames = (): string[] =>
  readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".md"))
    .sort();
export const readFixture = (name: string): Buffer => readFileSync(path.join(FIXTURE_DIR, name));

/** A direct connection for assertions and fault injection, bypassing the code under test. */
export async function rawClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  return client;
}

/**
 * Counts SQL statements sent by every node-postgres client in this process (the Prisma adapter
 * included) while `fn` runs.
 */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const queries: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    queries.push(typeof q === "string" ? q : String((q as { text?: string })?.text ?? "?"));
    return original.apply(this, args);
  };
  try {
    const result = await fn();
    return { result, queries };
  } finally {
    proto.query = original;
  }
}

/** The code of an AppError (what a refused call's test compares), anything else as it is. */
export const errorCode = (e: unknown) => (e instanceof AppError ? e.code : e);

/**
 * A raw pg client for one test file (to backdate rows the app wrote), opened before its tests and
 * closed after them with Prisma's connection. Call at the file's top level; use the getter in tests.
 */
export function rawClientForFile(): () => pg.Client {
  let raw: pg.Client | undefined;
  beforeAll(async () => {
    raw = await rawClient();
  });
  afterAll(async () => {
    await raw?.end();
    await db.$disconnect();
  });
  return () => raw!;
}
