import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/permissions";
import { buildWorkspaceWeekly, type WorkspaceWeekly } from "@/lib/plan/weekly/workspace";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import { shiftWeek } from "@/lib/plan/weekly/week";
import type { Actor } from "@/lib/server/actor";
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
  const [plans, overrides] = await Promise.all([
    db.plan.findMany({
      where: { workspaceId: actor.workspaceId, createdAt: { lt: week.end } },
      select: { id: true },
      orderBy: { createdAt: "asc" },
    }),
    readStatusOverrides(actor, week.label),
  ]);
  const summaries: WeeklySummary[] = await mapLimited(plans, CONCURRENCY, (p) =>
    summarizeWeek(actor, p.id, week, now, overrides.get(p.id) ?? null),
  );
  const next = shiftWeek(week, 1);
  return buildWorkspaceWeekly(
    { label: week.label, firstDay: week.firstDay, lastDay: week.lastDay, timeZone: week.timeZone },
    { previous: shiftWeek(week, -1).label, next: next.label, nextStarted: next.start <= now },
    summaries,
  );
}
