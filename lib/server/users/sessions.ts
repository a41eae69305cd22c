import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { requestQuery } from "@/lib/server/pg";

/** As long as the session cookie lives. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A new session row for a sign-in; its id goes into the session cookie. */
export async function startSession(userId: string): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.session.create({ data: { id, userId, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) } });
  return id;
}

/** Sign-out: this session only. */
export async function endSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Every session of the user (removal from a workspace), or all but one (a password change keeps the current one). */
export async function endUserSessions(userId: string, except?: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, ...(except ? { id: { not: except } } : {}) } });
  return count;
}

/**
 * The actor behind a session cookie: null when the session was ended or expired, or the user
 * belongs nowhere. The session's own workspace (the switcher) wins; when it is null or the user
 * is no longer a member there, the most recent membership. Runs on every request, so it is ONE
 * indexed query (session primary key → memberships by user), on the request pool (lib/server/pg.ts).
 */
export async function getActorForSession(sessionId: string, userId: string): Promise<Actor | null> {
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
