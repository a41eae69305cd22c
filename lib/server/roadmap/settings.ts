import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import { defaultStartDate, defaultTargetDate, type RoadmapSettings } from "@/lib/plan/schedule";
import { assertPlanInScope, type Actor, type ReadActor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { runTransaction } from "@/lib/server/tx";
import type { StoredSettings } from "@/lib/plan/contract";
import type { RoadmapSettingsPatch } from "@/lib/validations/roadmap";

/** A plan row's roadmap columns: what the app stores (null dates: the plan's own). */
export const SETTINGS_SELECT = {
  id: true,
  version: true,
  meta: true,
  createdAt: true,
  startDate: true,
  targetDate: true,
  hoursPerWeek: true,
  unnamedPeople: true,
  ownerHours: true,
  // The roadmap's days are days in the workspace's zone, as the weekly summary's weeks are.
  workspace: { select: { timeZone: true } },
} as const;

export type SettingsRow = Prisma.PlanGetPayload<{ select: typeof SETTINGS_SELECT }>;

export type { StoredSettings };

/** The settings the schedule uses and where the dates came from. */
export interface EffectiveSettings extends RoadmapSettings {
  stored: StoredSettings;
  defaults: { startDate: string; targetDate: string | null };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function ownerHoursOf(value: Prisma.JsonValue): Record<string, number> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, number] => typeof e[1] === "number" && e[1] > 0),
  );
}

export function storedSettings(row: SettingsRow): StoredSettings {
  return {
    startDate: day(row.startDate),
    targetDate: day(row.targetDate),
    hoursPerWeek: row.hoursPerWeek,
    unnamedPeople: row.unnamedPeople,
    ownerHours: ownerHoursOf(row.ownerHours),
  };
}

/** Stored settings over the plan's own: `Date:` in its meta (else the day it was imported) and its `Target Deployment:`. */
export function effectiveSettings(
  stored: StoredSettings,
  meta: Record<string, string>,
  createdAt: Date,
): EffectiveSettings {
  const startDefault = defaultStartDate(meta, day(createdAt)!);
  const startDate = stored.startDate ?? startDefault;
  const targetDefault = defaultTargetDate(meta, startDate);
  return {
    startDate,
    targetDate: stored.targetDate ?? targetDefault,
    hoursPerWeek: stored.hoursPerWeek,
    unnamedPeople: stored.unnamedPeople,
    ownerHours: stored.ownerHours,
    stored,
    defaults: { startDate: startDefault, targetDate: targetDefault },
  };
}

export async function readSettingsRow(actor: ReadActor, planId: string): Promise<SettingsRow> {
  assertPlanInScope(actor, planId);
  const row = await db.plan.findFirst({
    where: { id: planId, workspaceId: actor.workspaceId },
    select: SETTINGS_SELECT,
  });
  if (!row) throw new AppError("not_found", "No such plan.");
  return row;
}

const toDate = (iso: string | null | undefined) =>
  iso === undefined ? undefined : iso === null ? null : new Date(`${iso}T00:00:00Z`);

/** Changes the roadmap settings of a plan (editors), logs the change and bumps the plan's version. */
export async function updateRoadmapSettings(
  actor: Actor,
  planId: string,
  patch: RoadmapSettingsPatch,
): Promise<StoredSettings> {
  assertCan(actor, "roadmap.edit");
  return runTransaction(async (tx) => {
    const row = await tx.plan.findFirst({
      where: { id: planId, workspaceId: actor.workspaceId },
      select: SETTINGS_SELECT,
    });
    if (!row) throw new AppError("not_found", "No such plan.");
    const before = storedSettings(row);
    const updated = await tx.plan.update({
      where: { id: planId },
      data: {
        startDate: toDate(patch.startDate),
        targetDate: toDate(patch.targetDate),
        hoursPerWeek: patch.hoursPerWeek,
        unnamedPeople: patch.unnamedPeople,
        ownerHours: patch.ownerHours,
      },
      select: SETTINGS_SELECT,
    });
    const after = storedSettings(updated);
    // Last: the plan row stays locked for as short a time as possible; live clients hear of it.
    await recordEvent(tx, actor, { planId, action: "roadmap.updated", entityId: planId, before, after });
    return after;
  });
}
