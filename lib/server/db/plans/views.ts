import type { ApiDecision, ApiDependency, ApiItem, ApiMetric, ApiTask, Estimate } from "@/lib/plan/contract";
import { TARGET_OPS } from "@/lib/plan/contract/enums";
import type { DecisionRow, ItemRow, MeasurementRow, MetricRow, OptionRow, TaskRow } from "./tables";

/** Rows → the API's shapes: shared by the whole-plan load, the change feed and the edits' answers. */

/** A decision row with the name of who decided (the users table). */
export type DecisionWithName = Pick<
  DecisionRow,
  "id" | "version" | "title" | "status" | "dueBy" | "sourceLine" | "decidedAt" | "decidedById" | "rationale"
> & { decidedByName: string | null };

export function toDecisionView(
  d: DecisionWithName,
  options: readonly Pick<OptionRow, "id" | "text" | "chosen" | "recommended" | "sourceLine">[],
): ApiDecision {
  return {
    id: d.id,
    version: d.version,
    title: d.title,
    status: d.status,
    options: options.map((o) => ({
      id: o.id,
      text: o.text,
      chosen: o.chosen,
      recommended: o.recommended,
      line: o.sourceLine,
    })),
    dueBy: d.dueBy,
    line: d.sourceLine,
    decidedAt: d.decidedAt?.toISOString() ?? null,
    decidedById: d.decidedById,
    decidedByName: d.decidedByName,
    rationale: d.rationale,
  };
}

type TargetOp = ApiMetric["target"]["op"];
const isTargetOp = (op: string): op is TargetOp => (TARGET_OPS as readonly string[]).includes(op);

export function toMetricView(
  m: Pick<MetricRow, "id" | "version" | "name" | "op" | "value" | "unit" | "sourceLine">,
  measurements: readonly Pick<MeasurementRow, "id" | "value" | "measuredAt" | "note">[],
): ApiMetric {
  // The metrics_op CHECK constraint of the init migration admits only these.
  if (!isTargetOp(m.op)) throw new Error(`metric ${m.id}: unknown op ${m.op}`);
  return {
    id: m.id,
    version: m.version,
    name: m.name,
    target: { op: m.op, value: m.value, unit: m.unit },
    line: m.sourceLine,
    measurements: measurements.map((x) => ({
      id: x.id,
      value: x.value,
      measuredAt: x.measuredAt.toISOString(),
      note: x.note,
    })),
  };
}

type EstimateColumns = Pick<TaskRow, "estimateMinHours" | "estimateMaxHours" | "estimateText">;

/** The estimate columns as an Estimate; none unless both bounds are stored. */
export function estimateOf(t: EstimateColumns): Estimate | null {
  return t.estimateMinHours !== null && t.estimateMaxHours !== null
    ? { minHours: t.estimateMinHours, maxHours: t.estimateMaxHours, text: t.estimateText ?? "" }
    : null;
}

export function toItemView(i: Pick<ItemRow, "id" | "text" | "done" | "sourceLine" | "kind" | "version">): ApiItem {
  return { id: i.id, text: i.text, done: i.done, line: i.sourceLine, kind: i.kind, version: i.version };
}

/** The task columns a view shows. */
export const TASK_VIEW_FIELDS = [
  "id",
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
  "version",
  "completedAt",
] as const satisfies readonly (keyof TaskRow)[];
export type TaskViewRow = Pick<TaskRow, (typeof TASK_VIEW_FIELDS)[number]>;

/** A task row with its dependencies (in order) and, for the whole plan, its checkboxes. */
export function toTaskView(
  t: TaskViewRow,
  dependencies: ApiDependency[],
  lists: Pick<ApiTask, "checklist" | "criteria"> = { checklist: [], criteria: [] },
): ApiTask {
  return {
    id: t.id,
    phaseId: t.phaseId,
    version: t.version,
    key: t.key,
    title: t.title,
    priority: t.priority,
    status: t.status,
    estimate: estimateOf(t),
    owner: t.owner,
    dependsOn: dependencies.map((d) => d.text),
    dependencies,
    files: t.files,
    checklist: lists.checklist,
    criteria: lists.criteria,
    line: t.sourceLine,
    completedAt: t.completedAt?.toISOString() ?? null,
  };
}
