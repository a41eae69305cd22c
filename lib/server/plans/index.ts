import "server-only";

/**
 * The plan domain's public surface (what app/api and the pages call). Each function checks the
 * actor's permission (lib/permissions.ts) and workspace itself; one job per file beside this one.
 */

export { getPlan, getPlanJson } from "./get";
export { listPlans } from "./list";
export { importPlan } from "./import";
export { setItemDone, updateTask } from "./edit";
export { exportPlan, toPlanJson, type PlanExport } from "./export";
export { previewReimport, applyReimport } from "./reimport";
export { getPlanChanges, getPlanVersion } from "./changes";
export { PLAN_CHANNEL } from "@/lib/server/db/events";
export { addTask, addTaskItem } from "./add";
export { getBurndown } from "./burndown";
export { getTaskSource } from "./task-source";
export {
  criteriaOf,
  decisionsOf,
  getCriteria,
  getDecisions,
  getMetrics,
  metricsOf,
  getPhaseDetail,
  getTaskDetail,
  getTaskDetails,
  getTaskIndex,
  getTaskIndexJson,
} from "./page-views";
