import { z } from "zod";
import { id, isoDate } from "./fields";
import { singleLine } from "./plan";

/** Read-only share links of a plan (owners manage them; the token is only in the create reply). */

export const SHARE_LABEL_MAX = 100;

/**
 * `expiresAt`: a date (`2027-01-31`, the link works through the end of that day, UTC) or a
 * date-time with an offset; absent or null for a link that never expires.
 */
export const CreateShareLinkSchema = z
  .object({
    label: singleLine(SHARE_LABEL_MAX)
      .transform((s) => s.trim())
      .pipe(z.string().min(1, { message: "Give the link a label" })),
    expiresAt: z
      .union([z.iso.date(), z.iso.datetime({ offset: true })])
      .nullable()
      .optional(),
  })
  .strict();

export const ShareLinkInfoSchema = z.object({
  id,
  label: z.string(),
  createdAt: isoDate,
  /** Who made it (a member's name; owners see it in the list only). */
  createdBy: z.string().nullable(),
  expiresAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
  lastUsedAt: isoDate.nullable(),
});

export const CreatedShareLinkSchema = z.object({ id, url: z.string() });

export type CreateShareLinkInput = z.infer<typeof CreateShareLinkSchema>;
export type ShareLinkInfo = z.infer<typeof ShareLinkInfoSchema>;
export type CreatedShareLink = z.infer<typeof CreatedShareLinkSchema>;
