import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertOwner, type Actor, type Role } from "./actor";
import { recordActivity } from "./activity";
import { hashSecret, newSecret } from "./secrets";
import { isUniqueViolation } from "./tx";

const BCRYPT_ROUNDS = 10;
const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync("flightplan-timing-equaliser", BCRYPT_ROUNDS);

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export type PublicUser = { id: string; email: string; name: string };
export type Member = { userId: string; email: string; name: string; role: Role; joinedAt: Date };

/** A new account with its own workspace, of which it is the owner. Email taken → conflict. */
export async function signUpUser(input: { email: string; password: string; name: string }): Promise<PublicUser & { workspaceId: string }> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name, passwordHash } });
      const workspace = await tx.workspace.create({ data: { name: `${name}'s workspace` } });
      await tx.membership.create({ data: { userId: user.id, workspaceId: workspace.id, role: "owner" } });
      await recordActivity(tx, { userId: user.id, workspaceId: workspace.id }, {
        action: "workspace.created",
        entityType: "workspace",
        entityId: workspace.id,
        after: { name: workspace.name, owner: email },
      });
      return { id: user.id, email: user.email, name: user.name, workspaceId: workspace.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("conflict", "An account with this email already exists.");
    throw e;
  }
}

/** The user when the password matches, else null (unknown email and wrong password look alike). */
export async function verifyUserPassword(email: string, password: string): Promise<PublicUser | null> {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) } });
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  return user && ok ? { id: user.id, email: user.email, name: user.name } : null;
}

/**
 * The user's actor: in `workspaceId` if given, else in the workspace they joined last (an invited
 * existing user lands in the workspace that invited them). Null when they belong nowhere.
 */
export async function getActorForUser(userId: string, workspaceId?: string): Promise<Actor | null> {
  const m = await db.membership.findFirst({
    where: { userId, ...(workspaceId ? { workspaceId } : {}) },
    orderBy: { createdAt: "desc" },
    select: { userId: true, workspaceId: true, role: true },
  });
  return m ? { userId: m.userId, workspaceId: m.workspaceId, role: m.role } : null;
}

/** Owner only. Returns the invite token once; only its hash is stored. */
export async function createInvite(actor: Actor, input: { email: string; role: Role }): Promise<{ id: string; token: string; expiresAt: Date }> {
  assertOwner(actor);
  const email = normalizeEmail(input.email);
  const token = newSecret("fpi_");
  return db.$transaction(async (tx) => {
    const existing = await tx.membership.findFirst({ where: { workspaceId: actor.workspaceId, user: { email } }, select: { id: true } });
    if (existing) throw new AppError("conflict", `${email} is already a member of this workspace.`);
    const invite = await tx.invite.create({
      data: {
        workspaceId: actor.workspaceId,
        email,
        role: input.role,
        tokenHash: hashSecret(token),
        invitedById: actor.userId,
        expiresAt: new Date(Date.now() + INVITE_TTL_MS),
      },
    });
    await recordActivity(tx, actor, { action: "invite.created", entityType: "invite", entityId: invite.id, after: { email, role: input.role } });
    return { id: invite.id, token, expiresAt: invite.expiresAt };
  });
}

/**
 * Joins the invite's workspace with its role. A new email gets an account with this password and
 * name; an existing account must give its current password. Unknown, used or expired → not_found.
 */
export async function acceptInvite(input: { token: string; password: string; name: string }): Promise<PublicUser & { workspaceId: string; role: Role }> {
  const invite = await db.invite.findUnique({ where: { tokenHash: hashSecret(input.token) } });
  if (!invite || invite.acceptedAt || invite.expiresAt.getTime() < Date.now()) {
    throw new AppError("not_found", "This invite link is invalid, expired or already used.");
  }
  const known = await db.user.findUnique({ where: { email: invite.email } });
  if (known && !(await bcrypt.compare(input.password, known.passwordHash))) {
    throw new AppError("unauthorized", "An account with this email exists; enter its password to join.");
  }
  const passwordHash = known ? null : await bcrypt.hash(input.password, BCRYPT_ROUNDS);
  try {
    return await db.$transaction(async (tx) => {
      // Conditional update: of two concurrent accepts only one can claim the invite.
      const claimed = await tx.invite.updateMany({ where: { id: invite.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
      if (claimed.count !== 1) throw new AppError("not_found", "This invite link is invalid, expired or already used.");
      const user = known ?? (await tx.user.create({ data: { email: invite.email, name: input.name.trim(), passwordHash: passwordHash! } }));
      await tx.membership.create({ data: { userId: user.id, workspaceId: invite.workspaceId, role: invite.role } });
      await recordActivity(tx, { userId: user.id, workspaceId: invite.workspaceId }, {
        action: "member.joined",
        entityType: "membership",
        entityId: user.id,
        after: { email: user.email, role: invite.role },
      });
      return { id: user.id, email: user.email, name: user.name, workspaceId: invite.workspaceId, role: invite.role };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("conflict", "This account is already a member of the workspace.");
    throw e;
  }
}

export async function listMembers(actor: Actor): Promise<Member[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { createdAt: "asc" },
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  return rows.map((m) => ({ userId: m.user.id, email: m.user.email, name: m.user.name, role: m.role, joinedAt: m.createdAt }));
}

/** Owner only. The workspace always keeps at least one owner. */
export async function setMemberRole(actor: Actor, userId: string, role: Role): Promise<Member> {
  assertOwner(actor);
  return db.$transaction(async (tx) => {
    // Lock the owner rows first: two owners demoting each other at once must not both succeed.
    await tx.$queryRaw`SELECT id FROM memberships WHERE workspace_id = ${actor.workspaceId} AND role = 'owner' FOR UPDATE`;
    const m = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId: actor.workspaceId } },
      include: { user: { select: { email: true, name: true } } },
    });
    if (!m) throw new AppError("not_found", "No such member in this workspace.");
    if (m.role === "owner" && role !== "owner") {
      const owners = await tx.membership.count({ where: { workspaceId: actor.workspaceId, role: "owner" } });
      if (owners <= 1) throw new AppError("conflict", "A workspace needs at least one owner; make someone else owner first.");
    }
    if (m.role !== role) {
      await tx.membership.update({ where: { id: m.id }, data: { role } });
      await recordActivity(tx, actor, { action: "member.role_changed", entityType: "membership", entityId: userId, before: { role: m.role }, after: { role } });
    }
    return { userId, email: m.user.email, name: m.user.name, role, joinedAt: m.createdAt };
  });
}
