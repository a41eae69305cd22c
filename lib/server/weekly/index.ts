import "server-only";

/** Weekly summaries of a plan, computed from the activity log and the roadmap's forecast. */
export { getWeeklySummary, resolveWeek } from "./get";
