import { z } from "zod";
import { RoleSchema } from "@/lib/permissions";
import { count, id, isoDate, version } from "./fields";
import {
  DecisionOptionSchema,
  DecisionSchema,
  ItemSchema,
  MetricSchema,
  PhaseSchema,
  PlanSchema,
  StatusSchema,
  TaskSchema,
} from "./plan";

// ── The API's shapes: Plan JSON v1 plus database ids, versions and the app's own fields ──────
// `line` is the row's source line. Dates travel as ISO strings.

export const ITEM_KINDS = ["checklist", "criterion", "deliverable"] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);

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

export const ApiMeasurementSchema = z.object({
  id,
  value: z.number(),
  measuredAt: isoDate,
  note: z.string().nullable(),
});

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
export const TaskResultSchema = TaskSchema.pick({
  key: true,
  title: true,
  status: true,
  priority: true,
  owner: true,
  estimate: true,
  dependsOn: true,
}).extend({
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
export const MemberSchema = z.object({
  userId: id,
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  joinedAt: isoDate,
});

/** GET and PUT /api/session/workspace: the workspaces you belong to; `current` is the one you work in. */
export const WorkspaceMembershipSchema = z.object({ id, name: z.string(), role: RoleSchema, current: z.boolean() });
export const SessionWorkspacesSchema = z.object({ current: id, workspaces: z.array(WorkspaceMembershipSchema) });

/** POST /api/invites */
export const CreatedInviteSchema = z.object({
  email: z.string(),
  role: RoleSchema,
  token: z.string(),
  url: z.string(),
});

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
export type WorkspaceMembership = z.infer<typeof WorkspaceMembershipSchema>;
export type SessionWorkspaces = z.infer<typeof SessionWorkspacesSchema>;
export type CreatedInvite = z.infer<typeof CreatedInviteSchema>;
export type ApiTokenInfo = z.infer<typeof ApiTokenInfoSchema>;
export type CreatedApiToken = z.infer<typeof CreatedApiTokenSchema>;
