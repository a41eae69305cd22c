import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Sign-in attempts are counted per account and per client address in fixed 15-minute windows,
 * in PostgreSQL so the limit holds across app instances. An attempt is counted BEFORE the
 * password is checked (one atomic upsert), so a parallel flood cannot slip past the limit; a
 * successful sign-in gives its attempt back.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_ATTEMPTS_PER_ACCOUNT = 10;
export const MAX_ATTEMPTS_PER_ADDRESS = 100;

type Keys = { account: string; address: string };

const keysFor = (email: string, address: string | null): Keys => ({
  account: `sign-in:account:${email.trim().toLowerCase()}`,
  address: `sign-in:address:${address ?? "unknown"}`,
});

const windowStart = (now: number) => new Date(Math.floor(now / SIGN_IN_WINDOW_MS) * SIGN_IN_WINDOW_MS);

/** Counts one attempt; throws 429 (with Retry-After) when the account or the address is over its limit. */
export async function countSignInAttempt(email: string, address: string | null, now = Date.now()): Promise<void> {
  const keys = keysFor(email, address);
  const start = windowStart(now);
  const rows = await db.$queryRaw<{ key: string; hits: number }[]>`
    INSERT INTO auth_rate_limits (key, window_start, hits)
    VALUES (${keys.account}, ${start}, 1), (${keys.address}, ${start}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET hits = auth_rate_limits.hits + 1
    RETURNING key, hits`;
  if (Math.random() < 0.01) void pruneOldWindows(now);
  const over = rows.some((r) =>
    r.key === keys.account ? r.hits > MAX_ATTEMPTS_PER_ACCOUNT : r.hits > MAX_ATTEMPTS_PER_ADDRESS,
  );
  if (over) {
    const retryAfterSeconds = (start.getTime() + SIGN_IN_WINDOW_MS - now) / 1000;
    throw new AppError(
      "too_many_requests",
      `Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
      { retryAfterSeconds },
    );
  }
}

/** Seconds until this account and address may try again (0: now), without counting an attempt. */
export async function signInBlockedFor(email: string, address: string | null, now = Date.now()): Promise<number> {
  const keys = keysFor(email, address);
  const start = windowStart(now);
  const rows = await db.$queryRaw<{ key: string; hits: number }[]>`
    SELECT key, hits FROM auth_rate_limits WHERE key IN (${keys.account}, ${keys.address}) AND window_start = ${start}`;
  const over = rows.some((r) =>
    r.key === keys.account ? r.hits >= MAX_ATTEMPTS_PER_ACCOUNT : r.hits >= MAX_ATTEMPTS_PER_ADDRESS,
  );
  return over ? Math.ceil((start.getTime() + SIGN_IN_WINDOW_MS - now) / 1000) : 0;
}

/** A successful sign-in: its attempt does not count against the account or the address. */
export async function forgiveSignInAttempt(email: string, address: string | null, now = Date.now()): Promise<void> {
  const keys = keysFor(email, address);
  await db.$executeRaw`
    UPDATE auth_rate_limits SET hits = GREATEST(hits - 1, 0)
     WHERE key IN (${keys.account}, ${keys.address}) AND window_start = ${windowStart(now)}`;
}

async function pruneOldWindows(now: number): Promise<void> {
  await db.$executeRaw`DELETE FROM auth_rate_limits WHERE window_start < ${new Date(now - 2 * SIGN_IN_WINDOW_MS)}`.catch(
    () => undefined,
  );
}

export { clientAddress } from "./client-address";
