import "server-only";
import type { ApiDecision, ApiDependency, ApiItem, ApiMetric, ApiTask, Estimate, ItemKind } from "@/lib/plan/contract";

/** Row → API shapes shared by the whole-plan load (read.ts) and the change feed (changes.ts). */

export const DECISION_INCLUDE = { decidedBy: { select: { name: true } } } as const;

type DecisionRow = {
  id: string;
  version: number;
  title: string;
  status: ApiDecision["status"];
  dueBy: string | null;
  sourceLine: number | null;
  decidedAt: Date | null;
  decidedById: string | null;
  rationale: string | null;
  decidedBy: { name: string } | null;
};
type OptionRow = { id: string; text: string; chosen: boolean; recommended: boolean; sourceLine: number | null };

export function toDecisionView(d: DecisionRow, options: readonly OptionRow[]): ApiDecision {
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
    decidedByName: d.decidedBy?.name ?? null,
    rationale: d.rationale,
  };
}

type MetricRow = {
  id: string;
  version: number;
  name: string;
  op: string;
  value: number;
  unit: string;
  sourceLine: number | null;
};
type MeasurementRow = { id: string; value: number; measuredAt: Date; note: string | null };

export function toMetricView(m: MetricRow, measurements: readonly MeasurementRow[]): ApiMetric {
  return {
    id: m.id,
    version: m.version,
    name: m.name,
    target: { op: m.op as ApiMetric["target"]["op"], value: m.value, unit: m.unit },
    line: m.sourceLine,
    measurements: measurements.map((x) => ({
      id: x.id,
      value: x.value,
      measuredAt: x.measuredAt.toISOString(),
      note: x.note,
    })),
  };
}

type EstimateColumns = {
  estimateMinHours: number | null;
  estimateMaxHours: number | null;
  estimateText: string | null;
};

/** The estimate columns as an Estimate; none unless both bounds are stored. */
export function estimateOf(t: EstimateColumns): Estimate | null {
  return t.estimateMinHours !== null && t.estimateMaxHours !== null
    ? { minHours: t.estimateMinHours, maxHours: t.estimateMaxHours, text: t.estimateText ?? "" }
    : null;
}

type ItemRow = { id: string; text: string; done: boolean; sourceLine: number | null; kind: ItemKind; version: number };

export function toItemView(i: ItemRow): ApiItem {
  return { id: i.id, text: i.text, done: i.done, line: i.sourceLine, kind: i.kind, version: i.version };
}

type TaskRow = EstimateColumns & {
  id: string;
  phaseId: string;
  version: number;
  key: string | null;
  title: string;
  priority: ApiTask["priority"];
  status: ApiTask["status"];
  owner: string | null;
  files: string[];
  sourceLine: number | null;
  completedAt: Date | null;
};

/** A task row with its dependencies (in order) and, for the whole plan, its checkboxes. */
export function toTaskView(
  t: TaskRow,
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
