"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { signUpUser } from "@/lib/server/users/accounts";
import { acceptInvite } from "@/lib/server/workspaces/invites";
import { AcceptInviteSchema, SignInSchema, SignUpSchema } from "@/lib/validations/auth";
import type { ZodError } from "zod";

export type AuthFormState = { error?: string; fieldErrors?: Record<string, string> } | undefined;

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

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = SignUpSchema.safeParse({
    name: form.get("name"),
    email: form.get("email"),
    password: form.get("password"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  return createThenSignIn("sign-up", "Could not create the account. Try again.", () => signUpUser(parsed.data), parsed.data.password);
}

export async function acceptInviteAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = AcceptInviteSchema.safeParse({
    token: form.get("token"),
    name: form.get("name"),
    password: form.get("password"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  return createThenSignIn("accept-invite", "Could not accept the invite. Try again.", () => acceptInvite(parsed.data), parsed.data.password);
}

/** Creates the account (sign-up or invite), then signs it in; known failures are shown as they are. */
async function createThenSignIn(step: string, fallback: string, create: () => Promise<{ email: string }>, password: string): Promise<AuthFormState> {
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

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
