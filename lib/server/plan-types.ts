import type { Decision, DecisionOption, Item, Metric, Phase, Plan, Task } from "@/lib/validations/plan";

/**
 * What getPlan returns: Plan JSON v1 (same field names and nesting as the engine's Plan) plus
 * database ids, versions and the app's own fields. `line` is the row's sourceLine.
 */

export type ItemKind = "checklist" | "criterion" | "deliverable";

export type ItemView = Item & { id: string; kind: ItemKind; version: number };

export type DependencyView = { text: string; taskId: string | null };

export type TaskView = Omit<Task, "checklist" | "criteria"> & {
  id: string;
  phaseId: string;
  version: number;
  completedAt: string | null;
  /** dependsOn with the task each entry resolves to in this plan, when it does. */
  dependencies: DependencyView[];
  checklist: ItemView[];
  criteria: ItemView[];
};

export type PhaseView = Omit<Phase, "tasks" | "checklist"> & {
  id: string;
  version: number;
  tasks: TaskView[];
  checklist: ItemView[];
};

export type DecisionOptionView = DecisionOption & { id: string };

export type DecisionView = Omit<Decision, "options"> & {
  id: string;
  version: number;
  decidedAt: string | null;
  decidedById: string | null;
  rationale: string | null;
  options: DecisionOptionView[];
};

export type MeasurementView = { id: string; value: number; measuredAt: string; note: string | null };

export type MetricView = Metric & { id: string; version: number; measurements: MeasurementView[] };

export type PlanView = Omit<Plan, "phases" | "decisions" | "metrics" | "criteria"> & {
  id: string;
  workspaceId: string;
  version: number;
  fileName: string | null;
  startDate: string | null;
  hoursPerWeek: number;
  hasSource: boolean;
  createdAt: string;
  updatedAt: string;
  phases: PhaseView[];
  decisions: DecisionView[];
  metrics: MetricView[];
  criteria: ItemView[];
};

/** A row of listPlans: the plan with its progress numbers. */
export type PlanSummary = {
  id: string;
  title: string;
  fileName: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  items: { done: number; total: number };
  tasks: { total: number; byStatus: Record<Task["status"], number> };
  estimateHours: { min: number; max: number; remainingMin: number; remainingMax: number };
};
