import "server-only";
import type { WeeklyActivity } from "@/lib/plan/weekly/types";
import { shiftWeek, type IsoWeek } from "@/lib/plan/weekly/week";
import { readWeekEvents } from "@/lib/server/db/events";

/**
 * The events a week's summary reads (readWeekEvents says which, and why they are cheap), each
 * parsed as its kind, with who made it.
 */
export async function readWeekActivity(workspaceId: string, planId: string, week: IsoWeek): Promise<WeeklyActivity[]> {
  const events = await readWeekEvents(workspaceId, planId, {
    start: week.start,
    end: week.end,
    weekBefore: shiftWeek(week, -1).start,
  });
  return events.map(({ id: _id, at, actorId: _actor, planVersion: _version, ...event }) => ({
    ...event,
    at: at.toISOString(),
  }));
}
