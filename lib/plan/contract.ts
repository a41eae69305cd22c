import { z } from "zod";
import { RoleSchema } from "@/lib/permissions";

/**
 * The contract of a plan, in one place: Plan JSON v1 (what the engine prints and the JSON export
 * writes), the API's shapes (the same plan plus database ids and versions, list rows, members,
 * tokens, edit results) and the request bodies. Every type is derived from these schemas.
 *
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

// ── The API's shapes: Plan JSON v1 plus database ids, versions and the app's own fields ──────
// `line` is the row's source line. Dates travel as ISO strings.

export const ITEM_KINDS = ["checklist", "criterion", "deliverable"] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);

const id = z.string();
const version = z.number().int().nonnegative();
const isoDate = z.string();

export const ApiItemSchema = ItemSchema.extend({ id, kind: ItemKindSchema, version });

export const ApiDependencySchema = z.object({ text: z.string(), taskId: z.string().nullable() });

export const ApiTaskSchema = TaskSchema.omit({ checklist: true, criteria: true }).extend({
  id,
  phaseId: id,
  version,
  completedAt: isoDate.nullable(),
  /** dependsOn with the task each entry resolves to in this plan, when it does. */
  dependencies: z.array(ApiDependencySchema),
  checklist: z.array(ApiItemSchema),
  criteria: z.array(ApiItemSchema),
});

export const ApiPhaseSchema = PhaseSchema.omit({ tasks: true, checklist: true }).extend({
  id,
  version,
  tasks: z.array(ApiTaskSchema),
  checklist: z.array(ApiItemSchema),
});

export const ApiDecisionOptionSchema = DecisionOptionSchema.extend({ id });

export const ApiDecisionSchema = DecisionSchema.omit({ options: true }).extend({
  id,
  version,
  decidedAt: isoDate.nullable(),
  decidedById: z.string().nullable(),
  /** The name of who decided in the app (kept when their account is gone: null then). */
  decidedByName: z.string().nullable(),
  rationale: z.string().nullable(),
  options: z.array(ApiDecisionOptionSchema),
});

export const ApiMeasurementSchema = z.object({ id, value: z.number(), measuredAt: isoDate, note: z.string().nullable() });

export const ApiMetricSchema = MetricSchema.extend({ id, version, measurements: z.array(ApiMeasurementSchema) });

/** GET /api/plans/:id */
export const ApiPlanSchema = PlanSchema.omit({ phases: true, decisions: true, metrics: true, criteria: true }).extend({
  id,
  workspaceId: id,
  version,
  fileName: z.string().nullable(),
  startDate: z.string().nullable(),
  hoursPerWeek: z.number(),
  hasSource: z.boolean(),
  createdAt: isoDate,
  updatedAt: isoDate,
  phases: z.array(ApiPhaseSchema),
  decisions: z.array(ApiDecisionSchema),
  metrics: z.array(ApiMetricSchema),
  criteria: z.array(ApiItemSchema),
});

const count = z.number().int().nonnegative();

/** A row of GET /api/plans: the plan with its progress numbers. */
export const PlanOverviewSchema = z.object({
  id,
  title: z.string(),
  fileName: z.string().nullable(),
  version,
  createdAt: isoDate,
  updatedAt: isoDate,
  items: z.object({ done: count, total: count }),
  tasks: z.object({ total: count, byStatus: z.record(StatusSchema, count) }),
  /** remaining = tasks neither done nor deferred. */
  estimateHours: z.object({ min: z.number(), max: z.number(), remainingMin: z.number(), remainingMax: z.number() }),
});

/** PATCH /api/plans/:id/items/:itemId */
export const ItemResultSchema = ItemSchema.extend({
  id,
  kind: ItemKindSchema,
  version,
  taskId: z.string().nullable(),
  phaseId: z.string().nullable(),
  planVersion: version,
});

/** PATCH /api/plans/:id/tasks/:taskId */
export const TaskResultSchema = TaskSchema.pick({ key: true, title: true, status: true, priority: true, owner: true, estimate: true, dependsOn: true }).extend({
  id,
  phaseId: id,
  version,
  completedAt: isoDate.nullable(),
  planVersion: version,
});

export const FieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

const keyed = { key: z.string().nullable(), title: z.string() };

/** POST /api/plans/:id/reimport?preview=1 (and the summary of an applied re-import). */
export const ReimportDiffSchema = z.object({
  addedPhases: z.array(z.object(keyed)),
  removedPhases: z.array(z.object({ id, ...keyed })),
  addedTasks: z.array(z.object({ ...keyed, phase: z.string() })),
  removedTasks: z.array(z.object({ id, ...keyed })),
  changedTasks: z.array(z.object({ id, ...keyed, changes: z.array(FieldChangeSchema) })),
  addedItems: z.array(z.object({ text: z.string(), done: z.boolean(), owner: z.string() })),
  removedItems: z.array(z.object({ id, text: z.string(), done: z.boolean() })),
  unchanged: z.object({ tasks: count, items: count }),
});

export const PublicUserSchema = z.object({ id, email: z.string(), name: z.string() });

/** GET /api/members */
export const MemberSchema = z.object({ userId: id, email: z.string(), name: z.string(), role: RoleSchema, joinedAt: isoDate });

/** POST /api/invites */
export const CreatedInviteSchema = z.object({ email: z.string(), role: RoleSchema, token: z.string(), url: z.string() });

/** GET /api/tokens (never the secret) */
export const ApiTokenInfoSchema = z.object({
  id,
  name: z.string(),
  prefix: z.string(),
  createdAt: isoDate,
  lastUsedAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
});

/** POST /api/tokens: the only response that carries the secret. */
export const CreatedApiTokenSchema = ApiTokenInfoSchema.extend({ token: z.string() });

export type ItemKind = z.infer<typeof ItemKindSchema>;
export type ApiItem = z.infer<typeof ApiItemSchema>;
export type ApiDependency = z.infer<typeof ApiDependencySchema>;
export type ApiTask = z.infer<typeof ApiTaskSchema>;
export type ApiPhase = z.infer<typeof ApiPhaseSchema>;
export type ApiDecisionOption = z.infer<typeof ApiDecisionOptionSchema>;
export type ApiDecision = z.infer<typeof ApiDecisionSchema>;
export type ApiMeasurement = z.infer<typeof ApiMeasurementSchema>;
export type ApiMetric = z.infer<typeof ApiMetricSchema>;
export type ApiPlan = z.infer<typeof ApiPlanSchema>;
export type PlanOverview = z.infer<typeof PlanOverviewSchema>;
export type ItemResult = z.infer<typeof ItemResultSchema>;
export type TaskResult = z.infer<typeof TaskResultSchema>;
export type FieldChange = z.infer<typeof FieldChangeSchema>;
export type ReimportDiff = z.infer<typeof ReimportDiffSchema>;
export type PublicUser = z.infer<typeof PublicUserSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type CreatedInvite = z.infer<typeof CreatedInviteSchema>;
export type ApiTokenInfo = z.infer<typeof ApiTokenInfoSchema>;
export type CreatedApiToken = z.infer<typeof CreatedApiTokenSchema>;

// ── Request bodies: edits from the plan page and the REST API ──────────────────────────────

export const SetItemDoneSchema = z.object({ done: z.boolean() }).strict();

/** "3h", "2-4h", "1.5 days"… kept as the text the team writes; the server parses hours from it. */
export const EstimateTextSchema = z.string().trim().min(1).max(40);

/**
 * A value written into the markdown on one line: no line break or control character, which
 * would end the line and start a new block in the exported file.
 */
const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v), "Line breaks and control characters are not allowed here");

export const UpdateTaskSchema = z
  .object({
    status: StatusSchema.optional(),
    owner: oneLine(100).nullable().optional(),
    /** The task's title, written back where the source has it. */
    title: oneLine(300).pipe(z.string().min(1, "A title cannot be empty")).optional(),
    /** Keys of the tasks it waits for (or free text, as written in a plan). */
    dependsOn: z.array(oneLine(200).pipe(z.string().min(1))).max(50).optional(),
    priority: PrioritySchema.nullable().optional(),
    /** Hours as an object, or the text the team writes ("3h", "2-4 days"), parsed like the importer does. */
    estimate: z.union([EstimateTextSchema, EstimateSchema]).nullable().optional(),
    /** The task version the client read; a different current version → conflict. */
    version,
  })
  .strict()
  .refine((v) => [v.status, v.owner, v.priority, v.estimate, v.title, v.dependsOn].some((x) => x !== undefined), {
    message: "Send at least one of status, owner, priority, estimate, title, dependsOn",
  });

export const ExportFormatSchema = z.enum(["md", "json"]);

export type SetItemDoneInput = z.infer<typeof SetItemDoneSchema>;
export type UpdateTaskInput = z.infer<typeof UpdateTaskSchema>;
/** A task edit as sent: the same as UpdateTaskInput before trimming. */
export type TaskPatch = z.input<typeof UpdateTaskSchema>;
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

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
      .object({ metricId: z.string().min(1).optional(), metricName: z.string().trim().min(1).optional(), ...measurementFields })
      .strict()
      .refine((m) => (m.metricId === undefined) !== (m.metricName === undefined), { message: "Send exactly one of metricId, metricName" }),
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
});

export type DecideInput = z.infer<typeof DecideSchema>;
export type MeasurementInput = z.infer<typeof MeasurementInputSchema>;
export type MeasurementBatch = z.infer<typeof MeasurementBatchSchema>;
export type DecisionResult = z.infer<typeof DecisionResultSchema>;
export type MeasurementResult = z.infer<typeof MeasurementResultSchema>;
export type PlanChanges = z.infer<typeof PlanChangesSchema>;
