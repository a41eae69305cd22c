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
    /** Null: as many as the plan's named owners (at least 1). */
    unnamedPeople: z.number().int().min(1, "At least one person.").max(100).nullable().optional(),
    /** Replaces the whole map; an owner left out works the plan's hours per week. */
    ownerHours: z
      .record(z.string().trim().min(1).max(200), hours)
      .refine((o) => Object.keys(o).length <= 500, "At most 500 owners.")
      .optional(),
  })
  .strict();

export type RoadmapSettingsPatch = z.infer<typeof RoadmapSettingsPatchSchema>;

const flag = z.enum(["1", "true", "0", "false", ""]).transform((v) => v === "1" || v === "true");

/**
 * The roadmap's what-if, from the query of GET /api/plans/:id/roadmap and the roadmap page:
 * `people=1` (more unnamed people), `drop=P3` (leave out open tasks of these priorities, comma
 * separated), `narrow=1` (every estimate at its minimum), `target=2027-03-31` (another target date).
 */
export const WhatIfQuerySchema = z
  .object({
    people: z.coerce.number().int("Whole people, please.").min(0).max(100).optional(),
    drop: z
      .string()
      .transform((s) =>
        s
          .split(",")
          .map((p) => p.trim().toUpperCase())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(["P0", "P1", "P2", "P3"], { message: "drop takes priorities P0-P3." })).max(4))
      .optional(),
    narrow: flag.optional(),
    target: isoDate.optional().or(z.literal("").transform(() => undefined)),
  })
  .strict()
  .transform(({ people, drop, narrow, target }) => ({
    ...(people ? { addPeople: people } : {}),
    ...(drop?.length ? { drop: [...new Set(drop)] } : {}),
    ...(narrow ? { narrow: true } : {}),
    ...(target ? { targetDate: target } : {}),
  }));

export const WHAT_IF_KEYS = ["people", "drop", "narrow", "target"] as const;

/** The what-if a query names, or null when it names none (the plain roadmap). */
export function whatIfFromQuery(query: Record<string, string | string[] | undefined>) {
  const picked = Object.fromEntries(
    WHAT_IF_KEYS.flatMap((k) => {
      const v = query[k];
      return v === undefined ? [] : [[k, Array.isArray(v) ? v.join(",") : v]];
    }),
  );
  if (!Object.keys(picked).length) return null;
  const w = WhatIfQuerySchema.parse(picked);
  return Object.keys(w).length ? w : null;
}

/** GET /api/plans/:id/roadmap/history: how many weeks (the running one included). */
export const HistoryQuerySchema = z.object({ weeks: z.coerce.number().int().min(1).max(52).optional() }).strict();
