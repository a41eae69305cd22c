import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionWorkspaces } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { countMemberships, listUserWorkspaces, switchSessionWorkspace } from "@/lib/server/db/workspaces";

/**
 * The workspace switcher. A session row carries the workspace it works in (sessions.workspace_id);
 * getActorForSession falls back to the most recent membership when it is null or no longer one of
 * the user's. API tokens are bound to their workspace and never switch.
 */

/** Every workspace the actor's user belongs to, oldest membership first; `current` is the actor's. */
export async function listWorkspaces(actor: Actor): Promise<SessionWorkspaces> {
  assertCan(actor, "workspace.switch");
  const rows = await listUserWorkspaces(actor.userId);
  return {
    current: actor.workspaceId,
    workspaces: rows.map((w) => ({ ...w, current: w.id === actor.workspaceId })),
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
  const role = await switchSessionWorkspace(sessionId, actor.userId, workspaceId);
  if (!role) throw new AppError("not_found", "You are not a member of that workspace.");
  return listWorkspaces({ userId: actor.userId, workspaceId, role });
}

/** Whether the user belongs to any workspace (sign-in refuses an account that belongs nowhere, with a clear message). */
export async function hasWorkspace(userId: string): Promise<boolean> {
  return (await countMemberships(userId)) > 0;
}
