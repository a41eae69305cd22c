import "server-only";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { StoredSettings } from "@/lib/plan/contract";
import { defaultStartDate, defaultTargetDate, type RoadmapSettings } from "@/lib/plan/schedule";
import { assertPlanInScope, type Actor, type ReadActor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { readSettingsRow as readRow, readSettingsRowIn, updateSettings, type SettingsRow } from "@/lib/server/db/plans";
import { runTransaction } from "@/lib/server/db/tx";
import type { RoadmapSettingsPatch } from "@/lib/validations/roadmap";

export type { SettingsRow, StoredSettings };

/** The settings the schedule uses and where the dates came from. */
export interface EffectiveSettings extends RoadmapSettings {
  stored: StoredSettings;
  defaults: { startDate: string; targetDate: string | null };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function storedSettings(row: SettingsRow): StoredSettings {
  return {
    startDate: row.startDate,
    targetDate: row.targetDate,
    hoursPerWeek: row.hoursPerWeek,
    unnamedPeople: row.unnamedPeople,
    ownerHours: row.ownerHours,
  };
}

/** Stored settings over the plan's own: `Date:` in its meta (else the day it was imported) and its `Target Deployment:`. */
export function effectiveSettings(
  stored: StoredSettings,
  meta: Record<string, string>,
  createdAt: Date,
): EffectiveSettings {
  const startDefault = defaultStartDate(meta, day(createdAt));
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
  const row = await readRow(actor.workspaceId, planId);
  if (!row) throw new AppError("not_found", "No such plan.");
  return row;
}

/** Changes the roadmap settings of a plan (editors), logs the change and bumps the plan's version. */
export async function updateRoadmapSettings(
  actor: Actor,
  planId: string,
  patch: RoadmapSettingsPatch,
): Promise<StoredSettings> {
  assertCan(actor, "roadmap.edit");
  return runTransaction(async (tx) => {
    const row = await readSettingsRowIn(tx, actor.workspaceId, planId);
    if (!row) throw new AppError("not_found", "No such plan.");
    const before = storedSettings(row);
    await updateSettings(tx, planId, patch);
    const after = storedSettings((await readSettingsRowIn(tx, actor.workspaceId, planId))!);
    // Last: the plan row stays locked for as short a time as possible; live clients hear of it.
    await recordEvent(tx, actor, { planId, action: "roadmap.updated", entityId: planId, before, after });
    return after;
  });
}
