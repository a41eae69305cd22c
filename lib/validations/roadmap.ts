// Forms parse with these in the browser: zod without its eval probe there (lib/security/zod-without-eval.ts).
import "@/lib/security/zod-without-eval";
import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-01.")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "Not a calendar date.",
  );

const hours = z
  .number()
  .int("Whole hours, please.")
  .min(1, "At least 1 hour a week.")
  .max(168, "A week has 168 hours.");

/** PATCH /api/plans/:id/roadmap: any of the roadmap settings; null dates go back to the plan's own. */
export const RoadmapSettingsPatchSchema = z
  .object({
    startDate: isoDate.nullable().optional(),
    targetDate: isoDate.nullable().optional(),
    hoursPerWeek: hours.optional(),
    unnamedPeople: z.number().int().min(1, "At least one person.").max(100).optional(),
    /** Replaces the whole map; an owner left out works the plan's hours per week. */
    ownerHours: z
      .record(z.string().trim().min(1).max(200), hours)
      .refine((o) => Object.keys(o).length <= 500, "At most 500 owners.")
      .optional(),
  })
  .strict();

export type RoadmapSettingsPatch = z.infer<typeof RoadmapSettingsPatchSchema>;
