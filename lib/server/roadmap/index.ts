import "server-only";

/** The roadmap domain: a plan's schedule, forecast and baseline, and its roadmap settings. */
export { getRoadmap, getRoadmapBody, getWeekEndRoadmap, type RoadmapView } from "./get";
export { getForecastHistory, getHistoryThrough, HISTORY_WEEKS, type ForecastHistory } from "./history";
export { getWhatIf, type WhatIfResult } from "./what-if";
export { updateRoadmapSettings, type StoredSettings, type EffectiveSettings } from "./settings";
export { planAsOf, readChangesSince, BASELINE_DAYS } from "./baseline";
