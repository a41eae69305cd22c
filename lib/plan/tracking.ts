import type { ApiMetric, ApiPlan, ApiTask } from "./contract";
import { resolveWait } from "./schedule/graph";

/**
 * What the decisions and metrics pages compute from a plan: which tasks a decision holds up (their
 * dependencies name it, read the way the roadmap reads them), and whether a metric's latest
 * measurement meets its target.
 */

/** Tasks whose dependencies name each decision, by decision id. */
export function tasksHeldByDecisions(plan: Pick<ApiPlan, "phases" | "decisions">): Map<string, ApiTask[]> {
  const held = new Map<string, ApiTask[]>(plan.decisions.map((d) => [d.id, []]));
  for (const phase of plan.phases) {
    for (const task of phase.tasks) {
      const named = new Set<string>();
      for (const dep of task.dependencies) {
        if (dep.taskId) continue;
        const wait = resolveWait(dep.text, [], plan.decisions);
        if (wait.kind === "decision") named.add(plan.decisions[wait.decision]!.id);
      }
      for (const id of named) held.get(id)!.push(task);
    }
  }
  return held;
}

export type MetricState = { latest: ApiMetric["measurements"][number] | null; met: boolean | null };

/** The latest measurement (by date) and whether it meets the target; null `met` when unmeasured. */
export function metricState(metric: Pick<ApiMetric, "target" | "measurements">): MetricState {
  let latest: MetricState["latest"] = null;
  for (const m of metric.measurements) if (!latest || m.measuredAt >= latest.measuredAt) latest = m;
  return { latest, met: latest ? meets(latest.value, metric.target) : null };
}

export function meets(value: number, target: ApiMetric["target"]): boolean {
  switch (target.op) {
    case "<":
      return value < target.value;
    case "<=":
      return value <= target.value;
    case ">":
      return value > target.value;
    case ">=":
      return value >= target.value;
    case "=":
      return value === target.value;
  }
}

/** The plan-level count: metrics whose latest measurement meets the target, plan criteria ticked. */
export function trackingSummary(plan: Pick<ApiPlan, "metrics" | "criteria">) {
  return {
    metricsMet: plan.metrics.filter((m) => metricState(m).met === true).length,
    metricsMeasured: plan.metrics.filter((m) => m.measurements.length > 0).length,
    metrics: plan.metrics.length,
    criteriaMet: plan.criteria.filter((c) => c.done).length,
    criteria: plan.criteria.length,
  };
}
