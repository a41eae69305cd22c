import type { ApiPhase, ApiPlan, ApiTask } from "@/lib/plan/contract";

/** Immutable edits of a cached plan: only the phase and task on the path are copied. */

export function mapTask(plan: ApiPlan, taskId: string, fn: (task: ApiTask) => ApiTask): ApiPlan {
  return {
    ...plan,
    phases: plan.phases.map((phase) =>
      phase.tasks.some((t) => t.id === taskId) ? { ...phase, tasks: phase.tasks.map((t) => (t.id === taskId ? fn(t) : t)) } : phase,
    ),
  };
}

export function mapPhase(plan: ApiPlan, phaseId: string, fn: (phase: ApiPhase) => ApiPhase): ApiPlan {
  return { ...plan, phases: plan.phases.map((p) => (p.id === phaseId ? fn(p) : p)) };
}

export function findTask(plan: ApiPlan | undefined, taskId: string): ApiTask | undefined {
  if (!plan) return undefined;
  for (const phase of plan.phases) for (const t of phase.tasks) if (t.id === taskId) return t;
  return undefined;
}
