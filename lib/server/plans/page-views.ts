import "server-only";
import { AppError } from "@/lib/errors";
import type { ApiPlan } from "@/lib/plan/contract";
import { toDecisionsView, toMetricsView, type DecisionsView, type MetricsView } from "@/lib/plan/tracking-views";
import {
  findPlanTask,
  toTaskIndex,
  type CriteriaView,
  type PhaseDetail,
  type TaskDetail,
  type TaskIndex,
} from "@/lib/plan/views";
import type { Actor } from "@/lib/server/actor";
import { getPlan } from "./get";

/**
 * The compact views the overview, task, decisions and metrics pages load instead of the whole plan
 * (lib/plan/views.ts, lib/plan/tracking-views.ts),
 * cut from the cached plan (get.ts): no query beyond the version check. The task index of a
 * cached (frozen) plan is built once per version.
 */

const indexes = new WeakMap<ApiPlan, TaskIndex>();

export async function getTaskIndex(actor: Actor, planId: string): Promise<TaskIndex> {
  const plan = await getPlan(actor, planId);
  let index = indexes.get(plan);
  if (!index) {
    index = toTaskIndex(plan);
    if (Object.isFrozen(plan)) indexes.set(plan, index);
  }
  return index;
}

/**
 * The same index as JSON text, kept per plan version: 5,000 rows are ~1 MB, and every task page
 * of that plan loads them right after it opens.
 */
const indexJson = new WeakMap<TaskIndex, string>();
export async function getTaskIndexJson(actor: Actor, planId: string): Promise<{ version: number; json: string }> {
  const index = await getTaskIndex(actor, planId);
  let json = indexJson.get(index);
  if (json === undefined) {
    json = JSON.stringify(index);
    indexJson.set(index, json);
  }
  return { version: index.version, json };
}

export async function getTaskDetail(actor: Actor, planId: string, taskId: string): Promise<TaskDetail> {
  const plan = await getPlan(actor, planId);
  const task = findPlanTask(plan, taskId);
  if (!task) throw new AppError("not_found", "No such task in this plan.");
  return { version: plan.version, task };
}

/**
 * The details of the given tasks at one plan version (one version check): the task page sends
 * those of its first screen of rows, so a click on one of them opens a complete panel with no
 * request. Ids not in the plan are left out.
 */
export async function getTaskDetails(actor: Actor, planId: string, taskIds: string[]): Promise<TaskDetail[]> {
  const plan = await getPlan(actor, planId);
  const wanted = new Set(taskIds);
  const out: TaskDetail[] = [];
  for (const p of plan.phases)
    for (const task of p.tasks) if (wanted.has(task.id)) out.push({ version: plan.version, task });
  return out;
}

export async function getPhaseDetail(actor: Actor, planId: string, phaseId: string): Promise<PhaseDetail> {
  const plan = await getPlan(actor, planId);
  const phase = plan.phases.find((p) => p.id === phaseId);
  if (!phase) throw new AppError("not_found", "No such phase in this plan.");
  return { version: plan.version, tasks: phase.tasks, checklist: phase.checklist };
}

export function criteriaOf(plan: ApiPlan): CriteriaView {
  return { version: plan.version, items: plan.criteria };
}

export async function getCriteria(actor: Actor, planId: string): Promise<CriteriaView> {
  return criteriaOf(await getPlan(actor, planId));
}

/**
 * The decisions page's view: the decisions and the tasks each holds up (found by reading every
 * task's dependencies, so it is kept per cached plan version like the task index).
 */
const decisionViews = new WeakMap<ApiPlan, DecisionsView>();
export function decisionsOf(plan: ApiPlan): DecisionsView {
  let view = decisionViews.get(plan);
  if (!view) {
    view = toDecisionsView(plan);
    if (Object.isFrozen(plan)) decisionViews.set(plan, view);
  }
  return view;
}

export async function getDecisions(actor: Actor, planId: string): Promise<DecisionsView> {
  return decisionsOf(await getPlan(actor, planId));
}

export const metricsOf = (plan: ApiPlan): MetricsView => toMetricsView(plan);

export async function getMetrics(actor: Actor, planId: string): Promise<MetricsView> {
  return metricsOf(await getPlan(actor, planId));
}
