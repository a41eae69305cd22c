import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PublicUser } from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import { recordActivity } from "@/lib/server/activity";
import { isUniqueViolation } from "@/lib/server/tx";
import { hashPassword } from "./passwords";

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync("flightplan-timing-equaliser", 10);

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** A new account with its own workspace, of which it is the owner. Email taken → conflict. */
export async function signUpUser(input: { email: string; password: string; name: string }): Promise<PublicUser & { workspaceId: string }> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  const passwordHash = await hashPassword(input.password);
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
