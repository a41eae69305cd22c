import "server-only";
import type { Role } from "@/lib/permissions";
import { db } from "./client";
import { prismaOf, rowsOf, type Tx } from "./tx";

/** The workspace aggregate: workspaces, memberships and invites. */

export type WorkspaceRow = { id: string; name: string; timeZone: string };
const WORKSPACE = { id: true, name: true, timeZone: true } as const;

export async function readWorkspace(workspaceId: string): Promise<WorkspaceRow | null> {
  return db.workspace.findUnique({ where: { id: workspaceId }, select: WORKSPACE });
}

export async function readWorkspaceIn(tx: Tx, workspaceId: string): Promise<WorkspaceRow | null> {
  return prismaOf(tx).workspace.findUnique({ where: { id: workspaceId }, select: WORKSPACE });
}

export async function setTimeZone(tx: Tx, workspaceId: string, timeZone: string): Promise<WorkspaceRow> {
  return prismaOf(tx).workspace.update({ where: { id: workspaceId }, data: { timeZone }, select: WORKSPACE });
}

export async function renameWorkspace(workspaceId: string, name: string): Promise<void> {
  await db.workspace.update({ where: { id: workspaceId }, data: { name } });
}

/** A new workspace with its first member, its owner. */
export async function insertWorkspace(tx: Tx, name: string, ownerId: string): Promise<WorkspaceRow> {
  const prisma = prismaOf(tx);
  const workspace = await prisma.workspace.create({ data: { name }, select: WORKSPACE });
  await prisma.membership.create({ data: { userId: ownerId, workspaceId: workspace.id, role: "owner" } });
  return workspace;
}

// ── Memberships ───────────────────────────────────────────────────────────────────────────────

export type MemberRow = { userId: string; email: string; name: string; role: Role; joinedAt: Date };

export async function listMembers(workspaceId: string): Promise<MemberRow[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  return rows.map((m) => ({
    userId: m.user.id,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    joinedAt: m.createdAt,
  }));
}

/** The user's membership: in `workspaceId` if given, else the one they joined last; null when none. */
export async function findMembership(
  userId: string,
  workspaceId?: string,
): Promise<{ userId: string; workspaceId: string; role: Role } | null> {
  return db.membership.findFirst({
    where: { userId, ...(workspaceId ? { workspaceId } : {}) },
    orderBy: { createdAt: "desc" },
    select: { userId: true, workspaceId: true, role: true },
  });
}

/** Every workspace the user belongs to with their role there, oldest membership first. */
export async function listUserWorkspaces(userId: string): Promise<{ id: string; name: string; role: Role }[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, name: true } } },
  });
  return rows.map((m) => ({ id: m.workspace.id, name: m.workspace.name, role: m.role }));
}

export async function countMemberships(userId: string): Promise<number> {
  return db.membership.count({ where: { userId } });
}

/** Who the log can be filtered by: the workspace's members, by name. */
export async function listMemberNames(workspaceId: string): Promise<{ id: string; name: string }[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId },
    select: { user: { select: { id: true, name: true } } },
  });
  return rows.map((r) => r.user).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Locks the workspace's owner memberships for the rest of the transaction (two owners demoting
 * each other at once must not both succeed); the owners' user ids.
 */
export async function lockOwners(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await rowsOf<{ user_id: string }>(
    tx,
    "SELECT user_id FROM memberships WHERE workspace_id = $1 AND role = 'owner' FOR UPDATE",
    [workspaceId],
  );
  return rows.map((r) => r.user_id);
}

export type MembershipRow = { id: string; role: Role; createdAt: Date; email: string; name: string };

export async function findMemberIn(tx: Tx, workspaceId: string, userId: string): Promise<MembershipRow | null> {
  const m = await prismaOf(tx).membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId } },
    include: { user: { select: { email: true, name: true } } },
  });
  return m ? { id: m.id, role: m.role, createdAt: m.createdAt, email: m.user.email, name: m.user.name } : null;
}

export async function countOwnersIn(tx: Tx, workspaceId: string): Promise<number> {
  return prismaOf(tx).membership.count({ where: { workspaceId, role: "owner" } });
}

export async function setRole(tx: Tx, membershipId: string, role: Role): Promise<void> {
  await prismaOf(tx).membership.update({ where: { id: membershipId }, data: { role } });
}

/**
 * Removes a membership. The user's sessions that worked in this workspace fall back to another
 * membership of theirs; a user left in no workspace loses every session.
 */
export async function deleteMembership(
  tx: Tx,
  membershipId: string,
  userId: string,
  workspaceId: string,
): Promise<void> {
  const prisma = prismaOf(tx);
  await prisma.membership.delete({ where: { id: membershipId } });
  const elsewhere = await prisma.membership.count({ where: { userId } });
  if (elsewhere > 0) await prisma.session.updateMany({ where: { userId, workspaceId }, data: { workspaceId: null } });
  else await prisma.session.deleteMany({ where: { userId } });
}

/**
 * Moves a session to another workspace of its user, in one conditional UPDATE (the membership is
 * checked in the same statement); the role there, or null when the user is not a member.
 */
export async function switchSessionWorkspace(
  sessionId: string,
  userId: string,
  workspaceId: string,
): Promise<Role | null> {
  const updated = await db.$executeRaw`
    UPDATE sessions SET workspace_id = ${workspaceId}
     WHERE id = ${sessionId} AND user_id = ${userId}
       AND EXISTS (SELECT 1 FROM memberships WHERE user_id = ${userId} AND workspace_id = ${workspaceId})`;
  if (updated !== 1) return null;
  const membership = await db.membership.findUniqueOrThrow({
    where: { userId_workspaceId: { userId, workspaceId } },
    select: { role: true },
  });
  return membership.role;
}

// ── Invites ───────────────────────────────────────────────────────────────────────────────────

export type InviteRow = {
  id: string;
  workspaceId: string;
  email: string;
  role: Role;
  expiresAt: Date;
  acceptedAt: Date | null;
};
const INVITE = { id: true, workspaceId: true, email: true, role: true, expiresAt: true, acceptedAt: true } as const;

export async function isMemberByEmail(tx: Tx, workspaceId: string, email: string): Promise<boolean> {
  const m = await prismaOf(tx).membership.findFirst({ where: { workspaceId, user: { email } }, select: { id: true } });
  return m !== null;
}

export async function insertInvite(
  tx: Tx,
  invite: { workspaceId: string; email: string; role: Role; tokenHash: string; invitedById: string; expiresAt: Date },
): Promise<InviteRow> {
  return prismaOf(tx).invite.create({ data: invite, select: INVITE });
}

export async function findInviteByHash(tokenHash: string): Promise<InviteRow | null> {
  return db.invite.findUnique({ where: { tokenHash }, select: INVITE });
}

/** Marks the invite accepted unless it already is: of two concurrent accepts only one claims it. */
export async function claimInvite(tx: Tx, inviteId: string): Promise<boolean> {
  const claimed = await prismaOf(tx).invite.updateMany({
    where: { id: inviteId, acceptedAt: null },
    data: { acceptedAt: new Date() },
  });
  return claimed.count === 1;
}

export async function insertMembership(tx: Tx, userId: string, workspaceId: string, role: Role): Promise<void> {
  await prismaOf(tx).membership.create({ data: { userId, workspaceId, role } });
}
