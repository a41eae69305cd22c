import { z } from "zod";

/**
 * Plan JSON v1: the one shape of a plan that the parser prints, the API returns and the JSON
 * export writes (see README, "Plan JSON"). Field names and enum values are a contract; extra
 * fields (`line`, `warnings`, database ids) are allowed, missing ones are not.
 */

export const STATUSES = ["todo", "in_progress", "done", "blocked", "deferred"] as const;
export const PRIORITIES = ["P0", "P1", "P2", "P3"] as const;
export const ENCODINGS = ["cp1252", "mac_roman"] as const;
export const TARGET_OPS = ["<", "<=", ">", ">=", "="] as const;

export const StatusSchema = z.enum(STATUSES);
export const PrioritySchema = z.enum(PRIORITIES);

export const EstimateSchema = z.object({
  minHours: z.number().nonnegative(),
  maxHours: z.number().nonnegative(),
  text: z.string(),
});

export const ItemSchema = z.object({
  text: z.string(),
  done: z.boolean(),
  /** 1-based source line of the checkbox; null for an item added in the app. */
  line: z.number().int().positive().nullable(),
});

export const TaskSchema = z.object({
  key: z.string().nullable(),
  title: z.string(),
  priority: PrioritySchema.nullable(),
  status: StatusSchema,
  estimate: EstimateSchema.nullable(),
  owner: z.string().nullable(),
  dependsOn: z.array(z.string()),
  files: z.array(z.string()),
  checklist: z.array(ItemSchema),
  criteria: z.array(ItemSchema),
  /** Line of the heading, list item or table row that declares the task; null when added in the app. */
  line: z.number().int().positive().nullable(),
});

export const PhaseSchema = z.object({
  title: z.string(),
  key: z.string().nullable(),
  weeks: z.object({ from: z.number(), to: z.number() }).nullable(),
  status: StatusSchema,
  tasks: z.array(TaskSchema),
  checklist: z.array(ItemSchema),
  line: z.number().int().positive().nullable(),
});

export const DecisionOptionSchema = z.object({
  text: z.string(),
  chosen: z.boolean(),
  recommended: z.boolean(),
  line: z.number().int().positive().nullable(),
});

export const DecisionSchema = z.object({
  title: z.string(),
  status: z.enum(["open", "decided"]),
  options: z.array(DecisionOptionSchema),
  dueBy: z.string().nullable(),
  line: z.number().int().positive().nullable(),
});

export const MetricSchema = z.object({
  name: z.string(),
  target: z.object({ op: z.enum(TARGET_OPS), value: z.number(), unit: z.string() }),
  line: z.number().int().positive().nullable(),
});

export const PlanSchema = z.object({
  format: z.literal("flightplan.plan/v1"),
  title: z.string(),
  meta: z.record(z.string(), z.string()),
  repairedEncoding: z.enum(ENCODINGS).nullable(),
  phases: z.array(PhaseSchema),
  decisions: z.array(DecisionSchema),
  metrics: z.array(MetricSchema),
  criteria: z.array(ItemSchema),
  /** What the importer noticed but could not place; shown in the preview and the CLI summary. */
  warnings: z.array(z.string()),
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
