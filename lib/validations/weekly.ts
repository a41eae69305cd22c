// Forms parse with these in the browser: zod without its eval probe there (lib/security/zod-without-eval.ts).
import "@/lib/security/zod-without-eval";
import { z } from "zod";
import { singleLine, text } from "@/lib/plan/contract";
import { WEEKLY_STATUSES } from "@/lib/plan/weekly/status";

export const MAX_OVERRIDE_REASON = 1000;

/**
 * An owner's status of a week: `{ "status": "at_risk", "reason": "…" }`. The reason is one
 * paragraph: line breaks and tabs inside it become spaces, a blank line (a second paragraph) is refused.
 */
export const StatusOverrideSchema = z.strictObject({
  status: z.enum(WEEKLY_STATUSES),
  reason: text(4 * MAX_OVERRIDE_REASON)
    .refine((s) => !/\n[ \t\r]*\n/.test(s.replace(/\r\n?/g, "\n").trim()), {
      message: "Write the reason as one paragraph (no blank lines)",
    })
    .transform((s) => s.replace(/[\s\u2028\u2029]+/g, " ").trim())
    .pipe(singleLine(MAX_OVERRIDE_REASON).min(1, { message: "Write why the status differs from the computed one" })),
});

export type StatusOverrideInput = z.infer<typeof StatusOverrideSchema>;
