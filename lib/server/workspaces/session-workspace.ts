import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionWorkspaces } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";

/**
 * The workspace switcher. A session row carries the workspace it works in (sessions.workspace_id);
 * getActorForSession falls back to the most recent membership when it is null or no longer one of
 * the user's. API tokens are bound to their workspace and never switch.
 */

/** Every workspace the actor's user belongs to, oldest membership first; `current` is the actor's. */
export async function listWorkspaces(actor: Actor): Promise<SessionWorkspaces> {
  assertCan(actor, "workspace.switch");
  const rows = await db.membership.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, name: true } } },
  });
  return {
    current: actor.workspaceId,
    workspaces: rows.map((m) => ({
      id: m.workspace.id,
      name: m.workspace.name,
      role: m.role,
      current: m.workspace.id === actor.workspaceId,
    })),
  };
}

/**
 * Moves the session to another workspace of the user. One conditional UPDATE: the membership is
 * checked in the same statement, so a removal racing with the switch cannot leave the session
 * pointing at a workspace the user has left (and even then the per-request look-up ignores it).
 * Not a member (or no such workspace) → 404, the same answer either way.
 */
export async function switchWorkspace(
  actor: Actor,
  sessionId: string,
  workspaceId: string,
): Promise<SessionWorkspaces> {
  assertCan(actor, "workspace.switch");
  const updated = await db.$executeRaw`
    UPDATE sessions SET workspace_id = ${workspaceId}
     WHERE id = ${sessionId} AND user_id = ${actor.userId}
       AND EXISTS (SELECT 1 FROM memberships WHERE user_id = ${actor.userId} AND workspace_id = ${workspaceId})`;
  if (updated !== 1) throw new AppError("not_found", "You are not a member of that workspace.");
  const membership = await db.membership.findUniqueOrThrow({
    where: { userId_workspaceId: { userId: actor.userId, workspaceId } },
    select: { role: true },
  });
  return listWorkspaces({ userId: actor.userId, workspaceId, role: membership.role });
}

/** Whether the user belongs to any workspace (sign-in refuses an account that belongs nowhere, with a clear message). */
export async function hasWorkspace(userId: string): Promise<boolean> {
  return (await db.membership.count({ where: { userId } })) > 0;
}
