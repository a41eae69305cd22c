import "server-only";
import { AppError } from "@/lib/errors";
import type { PublicUser } from "@/lib/plan/contract";
import { assertCan, type Role } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { hashSecret, newSecret } from "@/lib/server/secrets";
import { isUniqueViolation, runTransaction } from "@/lib/server/db/tx";
import { findUserByEmail, insertUser } from "@/lib/server/db/users";
import {
  claimInvite,
  findInviteByHash,
  insertInvite,
  insertMembership,
  isMemberByEmail,
} from "@/lib/server/db/workspaces";
import { normalizeEmail } from "@/lib/server/users/accounts";
import { assertAcceptablePassword, checkPassword, hashPassword } from "@/lib/server/users/passwords";

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Owner only. Returns the invite token once; only its hash is stored. */
export async function createInvite(
  actor: Actor,
  input: { email: string; role: Role },
): Promise<{ id: string; token: string; expiresAt: Date }> {
  assertCan(actor, "invite.create");
  const email = normalizeEmail(input.email);
  const token = newSecret("fpi_");
  return runTransaction(async (tx) => {
    if (await isMemberByEmail(tx, actor.workspaceId, email))
      throw new AppError("conflict", `${email} is already a member of this workspace.`);
    const invite = await insertInvite(tx, {
      workspaceId: actor.workspaceId,
      email,
      role: input.role,
      tokenHash: hashSecret(token),
      invitedById: actor.userId,
      expiresAt: new Date(Date.now() + INVITE_TTL_MS),
    });
    await recordEvent(tx, actor, {
      planId: null,
      action: "invite.created",
      entityId: invite.id,
      before: null,
      after: { email, role: input.role },
    });
    return { id: invite.id, token, expiresAt: invite.expiresAt };
  });
}

/**
 * Joins the invite's workspace with its role. A new email gets an account with this password and
 * name; an existing account must give its current password. Unknown, used or expired → not_found.
 */
export async function acceptInvite(input: {
  token: string;
  password: string;
  name: string;
}): Promise<PublicUser & { workspaceId: string; role: Role }> {
  const invite = await findInviteByHash(hashSecret(input.token));
  if (!invite || invite.acceptedAt || invite.expiresAt.getTime() < Date.now()) {
    throw new AppError("not_found", "This invite link is invalid, expired or already used.");
  }
  const known = await findUserByEmail(invite.email);
  if (known && !(await checkPassword(input.password, known.passwordHash))) {
    throw new AppError("unauthorized", "An account with this email exists; enter its password to join.");
  }
  if (!known) await assertAcceptablePassword(input.password);
  const passwordHash = known ? null : await hashPassword(input.password);
  try {
    return await runTransaction(async (tx) => {
      // Conditional update: of two concurrent accepts only one can claim the invite.
      if (!(await claimInvite(tx, invite.id)))
        throw new AppError("not_found", "This invite link is invalid, expired or already used.");
      const user =
        known ?? (await insertUser(tx, { email: invite.email, name: input.name.trim(), passwordHash: passwordHash! }));
      await insertMembership(tx, user.id, invite.workspaceId, invite.role);
      await recordEvent(
        tx,
        { userId: user.id, workspaceId: invite.workspaceId },
        {
          planId: null,
          action: "member.joined",
          entityId: user.id,
          before: null,
          after: { email: user.email, role: invite.role },
        },
      );
      return { id: user.id, email: user.email, name: user.name, workspaceId: invite.workspaceId, role: invite.role };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("conflict", "This account is already a member of the workspace.");
    throw e;
  }
}
