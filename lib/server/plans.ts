import "server-only";
import type { Actor } from "./actor";
import { loadPlan } from "./plan-read";
import type { PlanView } from "./plan-types";

/**
 * The plan domain's public surface (what app/api and the pages call). Each function checks the
 * actor's role and workspace itself; implementations live in the plan-*.ts files.
 */

/** Plan JSON v1 with ids and versions, in a constant number of queries whatever the plan size. */
export async function getPlan(actor: Actor, planId: string): Promise<PlanView> {
  return (await loadPlan(actor, planId)).view;
}

export { listPlans } from "./plan-list";
export { importPlan } from "./plan-import";
export { setItemDone, updateTask, type ItemResult, type TaskPatch, type TaskResult } from "./plan-edit";
export { exportPlan, toPlanJson, type ExportFormat, type PlanExport } from "./plan-export";
export { previewReimport, applyReimport, type ReimportDiff } from "./plan-reimport";
export type { PlanView, PlanSummary, PhaseView, TaskView, ItemView, DecisionView, MetricView } from "./plan-types";
