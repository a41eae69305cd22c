// Forms parse with these in the browser: zod without its eval probe there (lib/security/zod-without-eval.ts).
import "@/lib/security/zod-without-eval";
import { z } from "zod";
import { RoleSchema } from "@/lib/permissions";
import { LIMITS, singleLine } from "@/lib/plan/contract";
import { TimeZoneSchema } from "@/lib/plan/time-zone";
import { EmailSchema } from "./auth";

/** Members, invites and API tokens (the settings page and its REST endpoints). */

export const CreateInviteSchema = z.object({
  email: EmailSchema,
  role: RoleSchema,
});

export const SetMemberRoleSchema = z.object({
  role: RoleSchema,
});

/** PUT /api/session/workspace */
export const SwitchWorkspaceSchema = z.object({ workspaceId: z.string().min(1).max(100) });

export const CreateTokenSchema = z.object({
  name: singleLine(LIMITS.tokenName)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { message: "Give the token a name" })),
});

/** Owners set the workspace's time zone: `{ "timeZone": "Europe/Berlin" }`. */
export const UpdateWorkspaceSchema = z.strictObject({
  timeZone: TimeZoneSchema,
});

export type UpdateWorkspaceInput = z.infer<typeof UpdateWorkspaceSchema>;
export type CreateInviteInput = z.infer<typeof CreateInviteSchema>;
export type SetMemberRoleInput = z.infer<typeof SetMemberRoleSchema>;
export type CreateTokenInput = z.infer<typeof CreateTokenSchema>;
