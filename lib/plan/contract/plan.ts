import { z } from "zod";

/**
 * Plan JSON v1: the one shape of a plan that the parser prints, the API returns and the JSON
 * export writes (see README, "Plan JSON"). Field names and enum values are a contract; extra
 * fields (`line`, `warnings`, database ids) are allowed, missing ones are not.
 */

import { ENCODINGS, PRIORITIES, STATUSES, TARGET_OPS } from "./enums";

export { ENCODINGS, PRIORITIES, STATUSES, TARGET_OPS };

/**
 * Every stored string has a length limit and every number a range, here: the API refuses larger
 * values with a 400, the importer with a 422 naming the field, before anything reaches the database.
 */
export const LIMITS = {
  title: 500,
  key: 100,
  owner: 200,
  estimateText: 100,
  text: 4000,
  reference: 500,
  unit: 50,
  metaKey: 200,
  metaValue: 4000,
  warning: 10_000,
  name: 100,
  email: 254,
  tokenName: 100,
} as const;
/** The largest estimate a task may have, in hours (five person-years). */
export const MAX_ESTIMATE_HOURS = 10_000;
export const MAX_WEEK = 10_000;
export const MAX_METRIC_VALUE = 1e12;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const UNPAIRED = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text that may span lines (item text, warnings): any Unicode except NUL and unpaired surrogates. */
export const text = (max: number) =>
  z
    .string()
    .max(max, { message: `At most ${max} characters` })
    .refine((s) => !s.includes("\u0000") && !UNPAIRED.test(s), {
      message: "May not contain NUL characters or unpaired surrogates",
    });

/** A one-line field (owner, estimate, names, emails): no control characters, newlines included. */
export const singleLine = (max: number) =>
  z
    .string()
    .max(max, { message: `At most ${max} characters` })
    .refine((s) => !CONTROL.test(s) && !UNPAIRED.test(s), { message: "Must be one line without control characters" });

const hours = z
  .number()
  .min(0, { message: "Hours cannot be negative" })
  .max(MAX_ESTIMATE_HOURS, { message: `At most ${MAX_ESTIMATE_HOURS} hours` });

export const StatusSchema = z.enum(STATUSES);
export const PrioritySchema = z.enum(PRIORITIES);

export const EstimateSchema = z
  .object({
    minHours: hours,
    maxHours: hours,
    text: singleLine(LIMITS.estimateText),
  })
  .refine((e) => e.minHours <= e.maxHours, { message: "minHours must not exceed maxHours", path: ["maxHours"] });

export const ItemSchema = z.object({
  text: text(LIMITS.text),
  done: z.boolean(),
  /** 1-based source line of the checkbox; null for an item added in the app. */
  line: z.number().int().positive().nullable(),
});

export const TaskSchema = z.object({
  key: singleLine(LIMITS.key).nullable(),
  title: text(LIMITS.title),
  priority: PrioritySchema.nullable(),
  status: StatusSchema,
  estimate: EstimateSchema.nullable(),
  owner: text(LIMITS.owner).nullable(),
  dependsOn: z.array(text(LIMITS.reference)),
  files: z.array(text(LIMITS.reference)),
  checklist: z.array(ItemSchema),
  criteria: z.array(ItemSchema),
  /** Line of the heading, list item or table row that declares the task; null when added in the app. */
  line: z.number().int().positive().nullable(),
});

const week = z.number().min(0).max(MAX_WEEK);

export const PhaseSchema = z.object({
  title: text(LIMITS.title),
  key: singleLine(LIMITS.key).nullable(),
  weeks: z.object({ from: week, to: week }).nullable(),
  status: StatusSchema,
  tasks: z.array(TaskSchema),
  checklist: z.array(ItemSchema),
  line: z.number().int().positive().nullable(),
});

export const DecisionOptionSchema = z.object({
  text: text(LIMITS.text),
  chosen: z.boolean(),
  recommended: z.boolean(),
  line: z.number().int().positive().nullable(),
});

export const DecisionSchema = z.object({
  title: text(LIMITS.title),
  status: z.enum(["open", "decided"]),
  options: z.array(DecisionOptionSchema),
  dueBy: text(LIMITS.reference).nullable(),
  line: z.number().int().positive().nullable(),
});

export const MetricSchema = z.object({
  name: text(LIMITS.reference),
  target: z.object({
    op: z.enum(TARGET_OPS),
    value: z.number().min(-MAX_METRIC_VALUE).max(MAX_METRIC_VALUE),
    unit: text(LIMITS.unit),
  }),
  line: z.number().int().positive().nullable(),
});

export const PlanSchema = z.object({
  format: z.literal("flightplan.plan/v1"),
  title: text(LIMITS.title),
  meta: z.record(text(LIMITS.metaKey), text(LIMITS.metaValue)),
  repairedEncoding: z.enum(ENCODINGS).nullable(),
  phases: z.array(PhaseSchema),
  decisions: z.array(DecisionSchema),
  metrics: z.array(MetricSchema),
  criteria: z.array(ItemSchema),
  /** What the importer noticed but could not place; shown in the preview and the CLI summary. */
  warnings: z.array(text(LIMITS.warning)),
});

export type Status = z.infer<typeof StatusSchema>;
export type Priority = z.infer<typeof PrioritySchema>;
export type Estimate = z.infer<typeof EstimateSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type DecisionOption = z.infer<typeof DecisionOptionSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type RepairedEncoding = (typeof ENCODINGS)[number];
