import "server-only";
import { AppError } from "@/lib/errors";
import type { PublicUser } from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { isUniqueViolation, runTransaction } from "@/lib/server/db/tx";
import { findUserByEmail, findUserById, insertUser, replacePasswordHash, setPasswordHash } from "@/lib/server/db/users";
import { findMembership, insertWorkspace } from "@/lib/server/db/workspaces";
import { assertAcceptablePassword, checkPassword, hashPassword, needsRehash } from "./passwords";
import { endUserSessions } from "./sessions";

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;
const timingEqualiser = () => (dummyHash ??= hashPassword("flightplan-timing-equaliser"));

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** A new account with its own workspace, of which it is the owner. Email taken → conflict. */
export async function signUpUser(input: {
  email: string;
  password: string;
  name: string;
}): Promise<PublicUser & { workspaceId: string }> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  await assertAcceptablePassword(input.password);
  const passwordHash = await hashPassword(input.password);
  try {
    return await runTransaction(async (tx) => {
      const user = await insertUser(tx, { email, name, passwordHash });
      const workspace = await insertWorkspace(tx, `${name}'s workspace`, user.id);
      await recordEvent(
        tx,
        { userId: user.id, workspaceId: workspace.id },
        {
          planId: null,
          action: "workspace.created",
          entityId: workspace.id,
          before: null,
          after: { name: workspace.name, owner: email },
        },
      );
      return { id: user.id, email: user.email, name: user.name, workspaceId: workspace.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("conflict", "An account with this email already exists.");
    throw e;
  }
}

/**
 * The sign-up form's answer is the same whether the email is new or taken (no account
 * enumeration): a new email gets its account, a taken one changes nothing, and both cost one hash.
 */
export async function registerAccount(input: { email: string; password: string; name: string }): Promise<void> {
  try {
    await signUpUser(input);
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict") return;
    throw e;
  }
}

/**
 * The user when the password matches, else null (unknown email and wrong password look alike).
 * A hash made with older parameters (bcrypt) is replaced by an argon2id one on success.
 */
export async function verifyUserPassword(email: string, password: string): Promise<PublicUser | null> {
  const user = await findUserByEmail(normalizeEmail(email));
  const ok = await checkPassword(password, user?.passwordHash ?? (await timingEqualiser()));
  if (!user || !ok) return null;
  if (needsRehash(user.passwordHash)) {
    await replacePasswordHash(user.id, user.passwordHash, await hashPassword(password));
  }
  return { id: user.id, email: user.email, name: user.name };
}

/**
 * A new password (the current one must be given); ends every other session of the user at once.
 * Wrong current password → 401, a common new one → 400.
 */
export async function changePassword(
  userId: string,
  input: { current: string; next: string; keepSession?: string },
): Promise<{ endedSessions: number }> {
  const user = await findUserById(userId);
  if (!user || !(await checkPassword(input.current, user.passwordHash)))
    throw new AppError("unauthorized", "The current password is not right.");
  await assertAcceptablePassword(input.next);
  await setPasswordHash(userId, await hashPassword(input.next));
  return { endedSessions: await endUserSessions(userId, input.keepSession) };
}

/**
 * The user's actor: in `workspaceId` if given, else in the workspace they joined last (an invited
 * existing user lands in the workspace that invited them). Null when they belong nowhere.
 */
export async function getActorForUser(userId: string, workspaceId?: string): Promise<Actor | null> {
  return findMembership(userId, workspaceId);
}
