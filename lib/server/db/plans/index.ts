import "server-only";

/**
 * The plan repository: the only code that reads or writes a plan's tables (plans, phases, tasks,
 * task_dependencies, items, decisions, decision_options, metrics, measurements). Column lists in
 * tables.ts; rows → API shapes in views.ts.
 */
export { loadPlan, loadPlanIn, loadPlanWithSourcePieces, type LoadedPlan } from "./load";
export {
  readPieces,
  readSourceHead,
  readSourceMarkdown,
  readSourceTexts,
  type SourceHead,
  type SourcePieces,
} from "./source";
export {
  countTaskChecks,
  listPlanIdsBefore,
  listPlanOverviews,
  readCreatedAndTickedSince,
  readDecisions,
  readFeedEvents,
  readItems,
  readMetrics,
  readNames,
  readPlanCreated,
  readPlanHead,
  readPlanTitle,
  readPlanVersion,
  readTasks,
  readTaskSourceLine,
} from "./reads";
export {
  currentItem,
  insertTaskAtPhaseEnd,
  insertTaskItem,
  lockPlan,
  planVersionIn,
  readTaskForEdit,
  replaceDependencies,
  toggleItem,
  updateTaskAtVersion,
  type EditedTask,
  type NewTask,
  type TaskChanges,
  type ToggledItem,
} from "./edit";
export {
  chooseOption,
  insertMeasurements,
  listMetricNames,
  readDecisionForChoice,
  readDecisionView,
  type NewMeasurement,
} from "./tracking";
export {
  insertImportedPlan,
  lockWorkspaceImports,
  updateSourceColumns,
  type SourceColumns,
  type StoredImport,
} from "./store";
export { applyMatch, type AddedTask } from "./reimport";
export { readSettingsRow, readSettingsRowIn, updateSettings, type SettingsChange, type SettingsRow } from "./settings";
export { estimateOf } from "./views";
