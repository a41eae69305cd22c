import "server-only";
import { summarizeRoadmap, type ForecastSummary, type WhatIf } from "@/lib/plan/schedule";
import type { ReadActor } from "@/lib/server/actor";
import { getRoadmap } from "./get";
import { prepareForecast } from "./inputs";
import { whatIfInWorker } from "./pool";

export interface WhatIfResult {
  planId: string;
  version: number;
  whatIf: WhatIf;
  current: ForecastSummary;
  result: ForecastSummary;
}

/**
 * The forecast with a what-if applied beside the current one; nothing is saved. Computed in the
 * worker like the roadmap, on the same state of the plan (the roadmap's moment), so what differs
 * is the what-if alone.
 */
export async function getWhatIf(
  actor: ReadActor,
  planId: string,
  whatIf: WhatIf,
  now = new Date(),
): Promise<WhatIfResult> {
  const view = await getRoadmap(actor, planId, now);
  const p = await prepareForecast(actor, planId, new Date(view.asOf));
  const result = await whatIfInWorker({ now: p.now, whatIf, timeZone: p.timeZone });
  return { planId, version: view.version, whatIf, current: summarizeRoadmap(view.roadmap), result };
}
