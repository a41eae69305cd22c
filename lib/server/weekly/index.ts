import "server-only";

/** Weekly summaries of a plan and of the workspace, computed from the activity log and the roadmap's forecast. */
export { getWeeklySummary, resolveWeek, resolveWorkspaceWeek } from "./get";
export { clearStatusOverride, setStatusOverride } from "./override";
export { getWorkspaceWeekly } from "./workspace";
