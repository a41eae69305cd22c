import type { ApiPlan, ApiTask, Priority, Status } from "./contract";

import { isOpenStatus } from "./burndown";

/** The overview's numbers: hours per phase (done / remaining, what is unestimated) and what blocks. */

export type Hours = { min: number; max: number };
export type PhaseHours = {
  phaseId: string;
  title: string;
  tasks: number;
  total: Hours;
  done: Hours;
  remaining: Hours;
  /** Tasks without an estimate (their hours are unknown, not zero). */
  unestimated: number;
};

const add = (h: Hours, t: ApiTask) => {
  if (!t.estimate) return;
  h.min += t.estimate.minHours;
  h.max += t.estimate.maxHours;
};

export function hoursByPhase(plan: Pick<ApiPlan, "phases">): {
  phases: PhaseHours[];
  plan: Omit<PhaseHours, "phaseId" | "title">;
} {
  const sum: Omit<PhaseHours, "phaseId" | "title"> = {
    tasks: 0,
    total: { min: 0, max: 0 },
    done: { min: 0, max: 0 },
    remaining: { min: 0, max: 0 },
    unestimated: 0,
  };
  const phases = plan.phases.map((p) => {
    const ph: PhaseHours = {
      phaseId: p.id,
      title: p.title,
      tasks: 0,
      total: { min: 0, max: 0 },
      done: { min: 0, max: 0 },
      remaining: { min: 0, max: 0 },
      unestimated: 0,
    };
    for (const t of p.tasks) {
      // Deferred work is neither done nor remaining; it still counts in the plan's total.
      for (const target of [ph, sum]) {
        target.tasks++;
        add(target.total, t);
        if (t.status === "done") add(target.done, t);
        else if (isOpenStatus(t.status)) add(target.remaining, t);
        if (!t.estimate) target.unestimated++;
      }
    }
    return ph;
  });
  return { phases, plan: sum };
}

export function tasksByPriority(plan: Pick<ApiPlan, "phases">): Record<Priority | "none", number> {
  const out = { P0: 0, P1: 0, P2: 0, P3: 0, none: 0 } as Record<Priority | "none", number>;
  for (const p of plan.phases) for (const t of p.tasks) out[t.priority ?? "none"]++;
  return out;
}

export type BlockedTask = { task: ApiTask; phaseTitle: string; reasons: string[] };

/** Tasks marked blocked, each with what it waits for: unfinished tasks it depends on, other dependencies. */
export function blockedTasks(plan: Pick<ApiPlan, "phases">): BlockedTask[] {
  const byId = new Map<string, { status: Status; title: string; key: string | null }>();
  for (const p of plan.phases) for (const t of p.tasks) byId.set(t.id, t);
  const out: BlockedTask[] = [];
  for (const p of plan.phases) {
    for (const t of p.tasks) {
      if (t.status !== "blocked") continue;
      const reasons: string[] = [];
      for (const d of t.dependencies) {
        const dep = d.taskId ? byId.get(d.taskId) : undefined;
        if (dep && dep.status !== "done") reasons.push(`waits for ${dep.key ? `${dep.key} ` : ""}${dep.title}`);
        else if (!dep) reasons.push(`waits for ${d.text}`);
      }
      if (reasons.length === 0) reasons.push("marked blocked in the plan (no dependency named)");
      out.push({ task: t, phaseTitle: p.title, reasons });
    }
  }
  return out;
}
