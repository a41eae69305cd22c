"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { getSessionIds, signIn, SignInRateLimited, SignInWithoutWorkspace, signOut } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { changePassword, registerAccount } from "@/lib/server/users/accounts";
import { acceptInvite } from "@/lib/server/workspaces/invites";
import { AcceptInviteSchema, ChangePasswordSchema, SignInSchema, SignUpSchema } from "@/lib/validations/auth";
import type { ZodError } from "zod";

export type AuthFormState = { error?: string; notice?: string; fieldErrors?: Record<string, string> } | undefined;

function fieldErrors(err: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of err.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

async function signInOrExplain(email: string, password: string): Promise<AuthFormState> {
  try {
    await signIn("credentials", { email, password, redirectTo: "/plans" });
  } catch (err) {
    // A successful sign-in throws Next's redirect, which must propagate.
    if (err instanceof SignInRateLimited) {
      return {
        error: `Too many sign-in attempts for this account or network. Try again in ${Math.ceil(err.retryAfterSeconds / 60)} minutes.`,
      };
    }
    if (err instanceof SignInWithoutWorkspace) {
      return { error: "Your account is no longer a member of any workspace. Ask a workspace owner for a new invite." };
    }
    if (err instanceof AuthError) return { error: "Wrong email or password." };
    throw err;
  }
  return undefined;
}

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = SignInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  return signInOrExplain(parsed.data.email, parsed.data.password);
}

/**
 * The same answer whether the email is new or already has an account (no enumeration): both go
 * to the sign-in page with the same notice; a new email's account exists by then.
 */
export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = SignUpSchema.safeParse({
    name: form.get("name"),
    email: form.get("email"),
    password: form.get("password"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  try {
    await registerAccount(parsed.data);
  } catch (err) {
    if (isAppError(err)) return { fieldErrors: { password: err.message } };
    console.error("[auth] sign-up failed:", err instanceof Error ? err.message : "unknown error");
    return { error: "Could not create the account. Try again." };
  }
  redirect("/sign-in?signed-up=1");
}

export async function acceptInviteAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = AcceptInviteSchema.safeParse({
    token: form.get("token"),
    name: form.get("name"),
    password: form.get("password"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  return createThenSignIn(
    "accept-invite",
    "Could not accept the invite. Try again.",
    () => acceptInvite(parsed.data),
    parsed.data.password,
  );
}

/** Creates the account (sign-up or invite), then signs it in; known failures are shown as they are. */
async function createThenSignIn(
  step: string,
  fallback: string,
  create: () => Promise<{ email: string }>,
  password: string,
): Promise<AuthFormState> {
  let email: string;
  try {
    email = (await create()).email;
  } catch (err) {
    if (isAppError(err)) return { error: err.message };
    // Only the message: an error object may carry the submitted form.
    console.error(`[auth] ${step} failed:`, err instanceof Error ? err.message : "unknown error");
    return { error: fallback };
  }
  return signInOrExplain(email, password);
}

/** Settings: a new password; every other session of the account ends at once. */
export async function changePasswordAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const ids = await getSessionIds();
  if (!ids) redirect("/sign-in");
  const parsed = ChangePasswordSchema.safeParse({ current: form.get("current"), next: form.get("next") });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  try {
    const { endedSessions } = await changePassword(ids.userId, { ...parsed.data, keepSession: ids.sessionId });
    const others = endedSessions === 1 ? "1 other session was" : `${endedSessions} other sessions were`;
    return { notice: `Password changed. ${others} signed out.` };
  } catch (err) {
    if (isAppError(err)) return { error: err.message };
    throw err;
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
