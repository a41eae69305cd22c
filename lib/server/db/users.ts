import "server-only";
import type { Role } from "@/lib/permissions";
import { db } from "./client";
import { requestQuery } from "./pools";
import { prismaOf, type Tx } from "./tx";

/** The user aggregate: accounts, their sessions, and sign-in attempts (tables users, sessions, auth_rate_limits). */

export type UserRow = { id: string; email: string; name: string; passwordHash: string };
const USER = { id: true, email: true, name: true, passwordHash: true } as const;

export async function findUserByEmail(email: string): Promise<UserRow | null> {
  return db.user.findUnique({ where: { email }, select: USER });
}

export async function findUserById(id: string): Promise<UserRow | null> {
  return db.user.findUnique({ where: { id }, select: USER });
}

/** A new account in the caller's transaction (email taken → the unique violation propagates). */
export async function insertUser(tx: Tx, user: Omit<UserRow, "id">): Promise<UserRow> {
  return prismaOf(tx).user.create({ data: user, select: USER });
}

/** Replaces the hash when it is still `current` (a concurrent change wins). */
export async function replacePasswordHash(userId: string, current: string, next: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId, passwordHash: current }, data: { passwordHash: next } });
}

export async function setPasswordHash(userId: string, hash: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { passwordHash: hash } });
}

/** Whether any account exists (npm start seeds an empty database). */
export async function hasUsers(): Promise<boolean> {
  return (await db.user.count()) > 0;
}

// ── Sessions ──────────────────────────────────────────────────────────────────────────────────

export async function insertSession(id: string, userId: string, expiresAt: Date): Promise<void> {
  await db.session.create({ data: { id, userId, expiresAt } });
}

export async function deleteSession(id: string): Promise<void> {
  await db.session.deleteMany({ where: { id } });
}

/** Every session of the user, or all but one; how many ended. */
export async function deleteUserSessions(userId: string, except?: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, ...(except ? { id: { not: except } } : {}) } });
  return count;
}

/**
 * The member behind a session: the session's own workspace (the switcher) when the user is still
 * a member there, else the most recent membership; null when the session ended or expired or the
 * user belongs nowhere. Runs on every request, so it is ONE indexed query (session primary key →
 * memberships by user), on the request pool.
 */
export async function sessionMember(
  sessionId: string,
  userId: string,
): Promise<{ userId: string; workspaceId: string; role: Role } | null> {
  const rows = await requestQuery<{ user_id: string; workspace_id: string; role: Role }>(
    `SELECT m.user_id, m.workspace_id, m.role::text AS role
       FROM sessions AS s
       JOIN memberships AS m ON m.user_id = s.user_id
      WHERE s.id = $1 AND s.user_id = $2 AND s.expires_at > now()
      ORDER BY (m.workspace_id = s.workspace_id) IS TRUE DESC, m.created_at DESC, m.id DESC
      LIMIT 1`,
    [sessionId, userId],
  );
  const row = rows[0];
  return row ? { userId: row.user_id, workspaceId: row.workspace_id, role: row.role } : null;
}

// ── Sign-in attempts: fixed windows per key (account or address), shared by every instance ─────

/** Counts one attempt of each key in the window; the counts after it. */
export async function countAttempts(keys: string[], windowStart: Date): Promise<{ key: string; hits: number }[]> {
  return db.$queryRawUnsafe(
    `INSERT INTO auth_rate_limits (key, window_start, hits)
     SELECT k, $2, 1 FROM unnest($1::text[]) AS k
     ON CONFLICT (key, window_start) DO UPDATE SET hits = auth_rate_limits.hits + 1
     RETURNING key, hits`,
    keys,
    windowStart,
  );
}

export async function readAttempts(keys: string[], windowStart: Date): Promise<{ key: string; hits: number }[]> {
  return db.$queryRawUnsafe(
    "SELECT key, hits FROM auth_rate_limits WHERE key = ANY($1::text[]) AND window_start = $2",
    keys,
    windowStart,
  );
}

/** Gives one attempt back to each key (a successful sign-in). */
export async function forgiveAttempts(keys: string[], windowStart: Date): Promise<void> {
  await db.$executeRawUnsafe(
    "UPDATE auth_rate_limits SET hits = GREATEST(hits - 1, 0) WHERE key = ANY($1::text[]) AND window_start = $2",
    keys,
    windowStart,
  );
}

export async function pruneAttempts(before: Date): Promise<void> {
  await db.$executeRawUnsafe("DELETE FROM auth_rate_limits WHERE window_start < $1", before);
}
