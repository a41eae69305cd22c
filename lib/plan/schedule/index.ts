// The schedule, critical path and Monte Carlo forecast of a plan. Pure: no Next, Prisma or React.
export {
  buildRoadmap,
  buildRoadmapAsync,
  type Roadmap,
  type RoadmapPhase,
  type RoadmapTask,
  type RoadmapDecision,
} from "./roadmap";
export { compile, medianEstimate, type Compiled, type Model } from "./model";
export { runForecast, runForecastAsync, deterministicPass, criticalPath, type ForecastCore } from "./forecast";
export { makeBuffers, runPass } from "./pass";
export { scheduleInputFromPlan, defaultStartDate, defaultTargetDate } from "./from-plan";
export { parseWindow, phaseWindow, targetFromMeta } from "./windows";
export { makeCalendar, dateAt, lastDayOf } from "./calendar";
export { calibrateSpread, fitTriangular, triangularQuantile, workedDays, type SpreadInfo } from "./spread";
export {
  explainMove,
  finishOf,
  daysBetween,
  MOVE_KINDS,
  type Move,
  type MoveKind,
  type MovePart,
  type FinishPair,
  type ForecastWeek,
} from "./explain";
export {
  applyWhatIf,
  compareWhatIf,
  isEmptyWhatIf,
  summarizeRoadmap,
  type WhatIf,
  type ForecastSummary,
} from "./what-if";
export * from "./types";
