import "server-only";
import type { WeeklyStatus } from "@/lib/plan/weekly/status";
import { db } from "./client";
import { prismaOf, type Tx } from "./tx";

/** Owners' status overrides of weeks (table weekly_status_overrides). */

export type OverrideRow = { status: WeeklyStatus; reason: string; createdAt: Date; createdBy: string | null };

/** Overrides of one week, by plan id (one plan, or every plan of the workspace). */
export async function readOverrides(
  workspaceId: string,
  week: string,
  planId?: string,
): Promise<Map<string, OverrideRow>> {
  const rows = await db.weeklyStatusOverride.findMany({
    where: { workspaceId, week, ...(planId ? { planId } : {}) },
    select: { planId: true, status: true, reason: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return new Map(
    rows.map((r) => [
      r.planId,
      { status: r.status, reason: r.reason, createdAt: r.createdAt, createdBy: r.createdBy?.name ?? null },
    ]),
  );
}

export type StoredOverride = { id: string; status: WeeklyStatus; reason: string };

export async function findOverrideIn(tx: Tx, planId: string, week: string): Promise<StoredOverride | null> {
  return prismaOf(tx).weeklyStatusOverride.findUnique({
    where: { planId_week: { planId, week } },
    select: { id: true, status: true, reason: true },
  });
}

/** Sets the week's override (replacing an earlier one); two first overrides at once: a unique violation. */
export async function putOverride(
  tx: Tx,
  existing: StoredOverride | null,
  o: { workspaceId: string; planId: string; week: string; status: WeeklyStatus; reason: string; createdById: string },
): Promise<StoredOverride> {
  const fields = { status: o.status, reason: o.reason, createdById: o.createdById, createdAt: new Date() };
  const select = { id: true, status: true, reason: true } as const;
  return existing
    ? prismaOf(tx).weeklyStatusOverride.update({ where: { id: existing.id }, data: fields, select })
    : prismaOf(tx).weeklyStatusOverride.create({
        data: { workspaceId: o.workspaceId, planId: o.planId, week: o.week, ...fields },
        select,
      });
}

export async function deleteOverride(tx: Tx, id: string): Promise<void> {
  await prismaOf(tx).weeklyStatusOverride.delete({ where: { id } });
}
