import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/server/actor";
import { deleteSession, deleteUserSessions, insertSession, sessionMember } from "@/lib/server/db/users";

/** As long as the session cookie lives. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A new session row for a sign-in; its id goes into the session cookie. */
export async function startSession(userId: string): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await insertSession(id, userId, new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000));
  return id;
}

/** Sign-out: this session only. */
export async function endSession(sessionId: string): Promise<void> {
  await deleteSession(sessionId);
}

/** Every session of the user (removal from a workspace), or all but one (a password change keeps the current one). */
export async function endUserSessions(userId: string, except?: string): Promise<number> {
  return deleteUserSessions(userId, except);
}

/**
 * The actor behind a session cookie: null when the session was ended or expired, or the user
 * belongs nowhere. The session's own workspace (the switcher) wins; when it is null or the user
 * is no longer a member there, the most recent membership. One indexed query per request.
 */
export async function getActorForSession(sessionId: string, userId: string): Promise<Actor | null> {
  return sessionMember(sessionId, userId);
}
