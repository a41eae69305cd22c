import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Member } from "@/lib/plan/contract";
import { assertCan, type Role } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { runTransaction } from "@/lib/server/tx";

export async function listMembers(actor: Actor): Promise<Member[]> {
  assertCan(actor, "member.read");
  const rows = await db.membership.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { createdAt: "asc" },
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  return rows.map((m) => ({
    userId: m.user.id,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    joinedAt: m.createdAt.toISOString(),
  }));
}

/** Owner only. The workspace always keeps at least one owner. */
export async function setMemberRole(actor: Actor, userId: string, role: Role): Promise<Member> {
  assertCan(actor, "member.manage");
  return runTransaction(async (tx) => {
    // Lock the owner rows first: two owners demoting each other at once must not both succeed.
    const owners = await tx.$queryRaw<
      { user_id: string }[]
    >`SELECT user_id FROM memberships WHERE workspace_id = ${actor.workspaceId} AND role = 'owner' FOR UPDATE`;
    // The role the request started with may be stale (demoted meanwhile): re-read it under the lock.
    if (!owners.some((o) => o.user_id === actor.userId))
      throw new AppError("forbidden", "Only a workspace owner can do this (your role changed).");
    const m = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId: actor.workspaceId } },
      include: { user: { select: { email: true, name: true } } },
    });
    if (!m) throw new AppError("not_found", "No such member in this workspace.");
    if (m.role === "owner" && role !== "owner") {
      const owners = await tx.membership.count({ where: { workspaceId: actor.workspaceId, role: "owner" } });
      if (owners <= 1)
        throw new AppError("conflict", "A workspace needs at least one owner; make someone else owner first.");
    }
    if (m.role !== role) {
      await tx.membership.update({ where: { id: m.id }, data: { role } });
      await recordEvent(tx, actor, {
        planId: null,
        action: "member.role_changed",
        entityId: userId,
        before: { role: m.role },
        after: { role },
      });
    }
    return { userId, email: m.user.email, name: m.user.name, role, joinedAt: m.createdAt.toISOString() };
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
    const owners = await tx.$queryRaw<
      { user_id: string }[]
    >`SELECT user_id FROM memberships WHERE workspace_id = ${actor.workspaceId} AND role = 'owner' FOR UPDATE`;
    if (!owners.some((o) => o.user_id === actor.userId))
      throw new AppError("forbidden", "Only a workspace owner can do this (your role changed).");
    const m = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId: actor.workspaceId } },
      include: { user: { select: { email: true } } },
    });
    if (!m) throw new AppError("not_found", "No such member in this workspace.");
    if (m.role === "owner" && owners.length <= 1)
      throw new AppError("conflict", "A workspace needs at least one owner; make someone else owner first.");
    await tx.membership.delete({ where: { id: m.id } });
    const elsewhere = await tx.membership.count({ where: { userId } });
    if (elsewhere > 0)
      await tx.session.updateMany({ where: { userId, workspaceId: actor.workspaceId }, data: { workspaceId: null } });
    else await tx.session.deleteMany({ where: { userId } });
    await recordEvent(tx, actor, {
      planId: null,
      action: "member.removed",
      entityId: userId,
      before: { email: m.user.email, role: m.role },
      after: null,
    });
  });
}
