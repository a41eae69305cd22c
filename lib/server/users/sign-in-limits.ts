import "server-only";
import { AppError } from "@/lib/errors";
import { countAttempts, forgiveAttempts, pruneAttempts, readAttempts } from "@/lib/server/db/users";

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
  const rows = await countAttempts([keys.account, keys.address], start);
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
  const rows = await readAttempts([keys.account, keys.address], start);
  const over = rows.some((r) =>
    r.key === keys.account ? r.hits >= MAX_ATTEMPTS_PER_ACCOUNT : r.hits >= MAX_ATTEMPTS_PER_ADDRESS,
  );
  return over ? Math.ceil((start.getTime() + SIGN_IN_WINDOW_MS - now) / 1000) : 0;
}

/** A successful sign-in: its attempt does not count against the account or the address. */
export async function forgiveSignInAttempt(email: string, address: string | null, now = Date.now()): Promise<void> {
  const keys = keysFor(email, address);
  await forgiveAttempts([keys.account, keys.address], windowStart(now));
}

async function pruneOldWindows(now: number): Promise<void> {
  await pruneAttempts(new Date(now - 2 * SIGN_IN_WINDOW_MS)).catch(() => undefined);
}

export { clientAddress } from "./client-address";
