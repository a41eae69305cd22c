import { z } from "zod";
import { ApiDecisionSchema, ApiItemSchema, ApiMeasurementSchema, ApiMetricSchema, ApiTaskSchema } from "./api";
import { count, id, version } from "./fields";

// ── Decisions, measurements and live changes ────────────────────────────────────────────────

/** PATCH /api/plans/:id/decisions/:decisionId: choose an option (null reopens the decision). */
export const DecideSchema = z
  .object({
    optionId: z.string().min(1).nullable(),
    rationale: z.string().trim().max(4000).nullable().optional(),
    /** The decision version the client read; a different current version → conflict. */
    version,
  })
  .strict();

const measuredAt = z.iso.datetime({ offset: true }).or(z.iso.date());
const measurementFields = {
  value: z.number().finite(),
  /** When it was measured (ISO date or date-time); default now. */
  at: measuredAt.optional(),
  note: z.string().trim().max(500).nullable().optional(),
};

/** POST /api/plans/:id/metrics/:metricId/measurements */
export const MeasurementInputSchema = z.object(measurementFields).strict();

/** POST /api/plans/:id/measurements: many at once, all or nothing; a metric by id or by name. */
export const MeasurementBatchSchema = z
  .array(
    z
      .object({
        metricId: z.string().min(1).optional(),
        metricName: z.string().trim().min(1).optional(),
        ...measurementFields,
      })
      .strict()
      .refine((m) => (m.metricId === undefined) !== (m.metricName === undefined), {
        message: "Send exactly one of metricId, metricName",
      }),
  )
  .min(1)
  .max(1000);

/** PATCH /api/plans/:id/decisions/:decisionId */
export const DecisionResultSchema = ApiDecisionSchema.extend({ planVersion: version });

/** POST …/measurements */
export const MeasurementResultSchema = ApiMeasurementSchema.extend({ metricId: id, planVersion: version });

/**
 * GET /api/plans/:id/changes?since=N: the current state of everything changed after version N.
 * `reset` means the plan changed in a way a patch cannot express (a re-import): load it again.
 */
export const PlanChangesSchema = z.object({
  planId: id,
  version,
  reset: z.boolean(),
  items: z.array(ApiItemSchema.extend({ taskId: z.string().nullable(), phaseId: z.string().nullable() })),
  tasks: z.array(ApiTaskSchema.omit({ checklist: true, criteria: true })),
  decisions: z.array(ApiDecisionSchema),
  metrics: z.array(ApiMetricSchema),
  /** Checkbox counts (done, total) now, of each task whose items changed (the task list shows them). */
  checks: z.record(z.string(), z.object({ done: count, total: count })).optional(),
});

export type DecideInput = z.infer<typeof DecideSchema>;
export type MeasurementInput = z.infer<typeof MeasurementInputSchema>;
export type MeasurementBatch = z.infer<typeof MeasurementBatchSchema>;
export type DecisionResult = z.infer<typeof DecisionResultSchema>;
export type MeasurementResult = z.infer<typeof MeasurementResultSchema>;
export type PlanChanges = z.infer<typeof PlanChangesSchema>;
