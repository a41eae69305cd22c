// Forms parse with these in the browser: zod without its eval probe there (lib/security/zod-without-eval.ts).
import "@/lib/security/zod-without-eval";
import { z } from "zod";
import { LIMITS, singleLine } from "@/lib/plan/contract";

/** Shared by the sign-in / sign-up / accept-invite forms and their server actions. */

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address" }).max(LIMITS.email));

/** Argon2id reads every character; past this length a password is refused, never cut. */
export const MAX_PASSWORD_LENGTH = 200;

export const PasswordSchema = z
  .string()
  .min(8, { message: "Password must be at least 8 characters" })
  .max(MAX_PASSWORD_LENGTH, { message: `Password must be at most ${MAX_PASSWORD_LENGTH} characters` });

export const NameSchema = singleLine(LIMITS.name)
  .transform((s) => s.trim())
  .pipe(z.string().min(1, { message: "Enter your name" }));

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z
    .string()
    .min(1, { message: "Enter your password" })
    .max(MAX_PASSWORD_LENGTH, { message: `Password must be at most ${MAX_PASSWORD_LENGTH} characters` }),
});

export const ChangePasswordSchema = z.object({
  current: z.string().min(1, { message: "Enter your current password" }).max(MAX_PASSWORD_LENGTH),
  next: PasswordSchema,
});

export const SignUpSchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  password: PasswordSchema,
});

export const AcceptInviteSchema = z.object({
  token: z.string().min(1).max(200),
  name: NameSchema,
  password: PasswordSchema,
});

export type SignInInput = z.infer<typeof SignInSchema>;
export type SignUpInput = z.infer<typeof SignUpSchema>;
export type AcceptInviteInput = z.infer<typeof AcceptInviteSchema>;
