import type { ApiDecision, ItemKind, Priority, Status } from "@/lib/plan/contract";
import {
  bool,
  date,
  float8,
  int,
  jsonb,
  nullable,
  pgEnum,
  table,
  text,
  textArray,
  timestamptz,
  type RowOf,
} from "../columns";

/**
 * The plan aggregate's tables, column by column (prisma/schema.prisma has the same; a migration
 * makes them). Every statement of the plan repository is made from these lists: the whole-plan
 * load, the change feed, the bulk inserts of an import, the edits. A new column: schema.prisma,
 * a migration, its line here, and where it shows (lib/server/db/plans/views.ts, rows.ts).
 */

export const PLANS = table("plans", {
  id: text(),
  workspaceId: text(),
  title: text(),
  meta: jsonb(),
  warnings: jsonb(),
  sourceMarkdown: nullable(text()),
  sourceBom: bool(),
  sourceEncoding: text(),
  sourceBaseline: nullable(jsonb()),
  repairedEncoding: nullable(text()),
  fileName: nullable(text()),
  startDate: nullable(date()),
  hoursPerWeek: int(),
  targetDate: nullable(date()),
  unnamedPeople: int(),
  ownerHours: jsonb(),
  version: int(),
  createdById: nullable(text()),
  createdAt: timestamptz(),
  updatedAt: timestamptz(),
});

export const PHASES = table("phases", {
  id: text(),
  planId: text(),
  key: nullable(text()),
  title: text(),
  weeksFrom: nullable(float8()),
  weeksTo: nullable(float8()),
  status: pgEnum<Status>("Status")(),
  position: int(),
  sourceLine: nullable(int()),
  version: int(),
});

export const TASKS = table("tasks", {
  id: text(),
  planId: text(),
  phaseId: text(),
  key: nullable(text()),
  title: text(),
  priority: nullable(pgEnum<Priority>("Priority")()),
  status: pgEnum<Status>("Status")(),
  estimateMinHours: nullable(float8()),
  estimateMaxHours: nullable(float8()),
  estimateText: nullable(text()),
  owner: nullable(text()),
  files: textArray(),
  position: int(),
  sourceLine: nullable(int()),
  version: int(),
  completedAt: nullable(timestamptz()),
  createdAt: timestamptz(),
  updatedAt: timestamptz(),
});

export const TASK_DEPENDENCIES = table("task_dependencies", {
  id: text(),
  taskId: text(),
  dependsOnId: nullable(text()),
  raw: text(),
  position: int(),
});

export const ITEMS = table("items", {
  id: text(),
  planId: text(),
  taskId: nullable(text()),
  phaseId: nullable(text()),
  kind: pgEnum<ItemKind>("ItemKind")(),
  text: text(),
  done: bool(),
  doneAt: nullable(timestamptz()),
  position: int(),
  sourceLine: nullable(int()),
  version: int(),
});

export const DECISIONS = table("decisions", {
  id: text(),
  planId: text(),
  title: text(),
  status: pgEnum<ApiDecision["status"]>("DecisionStatus")(),
  dueBy: nullable(text()),
  position: int(),
  sourceLine: nullable(int()),
  decidedById: nullable(text()),
  decidedAt: nullable(timestamptz()),
  rationale: nullable(text()),
  version: int(),
});

export const DECISION_OPTIONS = table("decision_options", {
  id: text(),
  decisionId: text(),
  text: text(),
  chosen: bool(),
  recommended: bool(),
  position: int(),
  sourceLine: nullable(int()),
});

export const METRICS = table("metrics", {
  id: text(),
  planId: text(),
  name: text(),
  op: text(),
  value: float8(),
  unit: text(),
  position: int(),
  sourceLine: nullable(int()),
  version: int(),
});

export const MEASUREMENTS = table("measurements", {
  id: text(),
  metricId: text(),
  value: float8(),
  measuredAt: timestamptz(),
  note: nullable(text()),
  createdById: nullable(text()),
  createdAt: timestamptz(),
});

/** Every table of the plan repository (schema.int.test.ts checks each column exists). */
export const PLAN_TABLES = [
  PLANS,
  PHASES,
  TASKS,
  TASK_DEPENDENCIES,
  ITEMS,
  DECISIONS,
  DECISION_OPTIONS,
  METRICS,
  MEASUREMENTS,
] as const;

export type PlanRow = RowOf<typeof PLANS>;
export type PhaseRow = RowOf<typeof PHASES>;
export type TaskRow = RowOf<typeof TASKS>;
export type DependencyRow = RowOf<typeof TASK_DEPENDENCIES>;
export type ItemRow = RowOf<typeof ITEMS>;
export type DecisionRow = RowOf<typeof DECISIONS>;
export type OptionRow = RowOf<typeof DECISION_OPTIONS>;
export type MetricRow = RowOf<typeof METRICS>;
export type MeasurementRow = RowOf<typeof MEASUREMENTS>;

/**
 * What an import writes of each table, in dependency order (phases, tasks, their dependencies,
 * items, ...): the rows a parse makes (rows.ts); the other columns keep their defaults.
 */
export const IMPORT_TABLES = {
  phases: {
    table: PHASES,
    fields: ["id", "planId", "key", "title", "weeksFrom", "weeksTo", "status", "position", "sourceLine"],
  },
  tasks: {
    table: TASKS,
    fields: [
      "id",
      "planId",
      "phaseId",
      "key",
      "title",
      "priority",
      "status",
      "estimateMinHours",
      "estimateMaxHours",
      "estimateText",
      "owner",
      "files",
      "position",
      "sourceLine",
      "completedAt",
      "updatedAt",
    ],
  },
  task_dependencies: { table: TASK_DEPENDENCIES, fields: ["id", "taskId", "dependsOnId", "raw", "position"] },
  items: {
    table: ITEMS,
    fields: ["id", "planId", "taskId", "phaseId", "kind", "text", "done", "doneAt", "position", "sourceLine"],
  },
  decisions: { table: DECISIONS, fields: ["id", "planId", "title", "status", "dueBy", "position", "sourceLine"] },
  decision_options: {
    table: DECISION_OPTIONS,
    fields: ["id", "decisionId", "text", "chosen", "recommended", "position", "sourceLine"],
  },
  metrics: { table: METRICS, fields: ["id", "planId", "name", "op", "value", "unit", "position", "sourceLine"] },
} as const;
export type ImportTable = keyof typeof IMPORT_TABLES;
