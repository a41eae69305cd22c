import "server-only";
import { AppError } from "@/lib/errors";
import type { Member } from "@/lib/plan/contract";
import { assertCan, type Role } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { runTransaction } from "@/lib/server/db/tx";
import {
  countOwnersIn,
  deleteMembership,
  findMemberIn,
  listMembers as listRows,
  lockOwners,
  setRole,
} from "@/lib/server/db/workspaces";

export async function listMembers(actor: Actor): Promise<Member[]> {
  assertCan(actor, "member.read");
  return (await listRows(actor.workspaceId)).map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }));
}

/** Owner only. The workspace always keeps at least one owner. */
export async function setMemberRole(actor: Actor, userId: string, role: Role): Promise<Member> {
  assertCan(actor, "member.manage");
  return runTransaction(async (tx) => {
    // Lock the owner rows first: two owners demoting each other at once must not both succeed.
    const owners = await lockOwners(tx, actor.workspaceId);
    // The role the request started with may be stale (demoted meanwhile): re-read it under the lock.
    if (!owners.includes(actor.userId))
      throw new AppError("forbidden", "Only a workspace owner can do this (your role changed).");
    const m = await findMemberIn(tx, actor.workspaceId, userId);
    if (!m) throw new AppError("not_found", "No such member in this workspace.");
    if (m.role === "owner" && role !== "owner") {
      if ((await countOwnersIn(tx, actor.workspaceId)) <= 1)
        throw new AppError("conflict", "A workspace needs at least one owner; make someone else owner first.");
    }
    if (m.role !== role) {
      await setRole(tx, m.id, role);
      await recordEvent(tx, actor, {
        planId: null,
        action: "member.role_changed",
        entityId: userId,
        before: { role: m.role },
        after: { role },
      });
    }
    return { userId, email: m.email, name: m.name, role, joinedAt: m.createdAt.toISOString() };
  });
}

/**
 * Owner only: removes a member from the workspace; their access to it ends at once (every request
 * looks the membership up; their API tokens for this workspace stop with the membership). Sessions
 * that worked in this workspace fall back to another membership of theirs; a user left in no
 * workspace is signed out everywhere. The last owner cannot be removed.
 */
export async function removeMember(actor: Actor, userId: string): Promise<void> {
  assertCan(actor, "member.manage");
  await runTransaction(async (tx) => {
    const owners = await lockOwners(tx, actor.workspaceId);
    if (!owners.includes(actor.userId))
      throw new AppError("forbidden", "Only a workspace owner can do this (your role changed).");
    const m = await findMemberIn(tx, actor.workspaceId, userId);
    if (!m) throw new AppError("not_found", "No such member in this workspace.");
    if (m.role === "owner" && owners.length <= 1)
      throw new AppError("conflict", "A workspace needs at least one owner; make someone else owner first.");
    await deleteMembership(tx, m.id, userId, actor.workspaceId);
    await recordEvent(tx, actor, {
      planId: null,
      action: "member.removed",
      entityId: userId,
      before: { email: m.email, role: m.role },
      after: null,
    });
  });
}
