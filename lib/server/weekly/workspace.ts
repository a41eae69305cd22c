import "server-only";
import { assertCan } from "@/lib/permissions";
import { buildWorkspaceWeekly, type WorkspaceWeekly } from "@/lib/plan/weekly/workspace";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import { shiftWeek } from "@/lib/plan/weekly/week";
import type { Actor } from "@/lib/server/actor";
import { listPlanIdsBefore } from "@/lib/server/db/plans";
import { readStatusOverrides, resolveWorkspaceWeek, summarizeWeek } from "./get";

/** Plans summarised at once: each builds a roadmap (CPU) and reads its activity (I/O). */
const CONCURRENCY = 3;

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * The week of every plan of the workspace that existed by the week's end: each plan's own weekly
 * summary (the same code as its page), folded to its status, forecast and headline numbers.
 */
export async function getWorkspaceWeekly(
  actor: Actor,
  label: string | null | undefined,
  now = new Date(),
): Promise<WorkspaceWeekly> {
  assertCan(actor, "plan.read");
  const week = await resolveWorkspaceWeek(actor, label, now);
  const [planIds, overrides] = await Promise.all([
    listPlanIdsBefore(actor.workspaceId, week.end),
    readStatusOverrides(actor, week.label),
  ]);
  const summaries: WeeklySummary[] = await mapLimited(planIds, CONCURRENCY, (id) =>
    summarizeWeek(actor, id, week, now, overrides.get(id) ?? null),
  );
  const next = shiftWeek(week, 1);
  return buildWorkspaceWeekly(
    { label: week.label, firstDay: week.firstDay, lastDay: week.lastDay, timeZone: week.timeZone },
    { previous: shiftWeek(week, -1).label, next: next.label, nextStarted: next.start <= now },
    summaries,
  );
}
