import "server-only";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { WeeklyStatus } from "@/lib/plan/weekly/status";
import type { StatusOverride, WeeklySummary } from "@/lib/plan/weekly/types";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { isUniqueViolation, runTransaction } from "@/lib/server/db/tx";
import { deleteOverride, findOverrideIn, putOverride } from "@/lib/server/db/weekly";
import type { StatusOverrideInput } from "@/lib/validations/weekly";
import { getWeeklySummary } from "./get";

type Shown = { status: WeeklyStatus; reason: string | null; computed: WeeklyStatus };

/** What the week showed: the override (with its reason) or the computed status. */
const shown = (s: Pick<WeeklySummary, "computed">, o: { status: WeeklyStatus; reason: string } | null): Shown => ({
  status: o?.status ?? s.computed.status,
  reason: o?.reason ?? null,
  computed: s.computed.status,
});

/**
 * An owner sets the status of a plan's week with a written reason, over the computed one (which
 * stays on the page beside it). Replaces an earlier override of the same week; logs before → after.
 */
export async function setStatusOverride(
  actor: Actor,
  planId: string,
  label: string,
  input: StatusOverrideInput,
  now = new Date(),
): Promise<WeeklySummary> {
  assertCan(actor, "weekly.override");
  if (!label) throw new AppError("bad_request", "Name the week: ?week=2026-W49.");
  // Resolves the week (refusing a malformed or future one) and the plan in this workspace, and gives the computed status.
  const summary = await getWeeklySummary(actor, planId, label, now);
  const week = summary.week.label;
  await runTransaction(async (tx) => {
    const before = await findOverrideIn(tx, planId, week);
    const row = await putOverride(tx, before, {
      workspaceId: actor.workspaceId,
      planId,
      week,
      status: input.status,
      reason: input.reason,
      createdById: actor.userId,
    });
    // Bumps the plan's version: open weekly pages and the share feed hear of it.
    await recordEvent(tx, actor, {
      planId,
      action: "weekly.status_overridden",
      entityId: week,
      before: { week, ...shown(summary, before) },
      after: { week, ...shown(summary, row) },
    });
  }).catch((e: unknown) => {
    // Two owners setting the first override of a week at the same moment: one wins, the other hears of it.
    if (isUniqueViolation(e))
      throw new AppError("conflict", "Someone set this week's status at the same moment; reload and try again.");
    throw e;
  });
  return getWeeklySummary(actor, planId, week, now);
}

/** An owner takes the override back: the week shows its computed status again. Logged. */
export async function clearStatusOverride(
  actor: Actor,
  planId: string,
  label: string,
  now = new Date(),
): Promise<WeeklySummary> {
  assertCan(actor, "weekly.override");
  if (!label) throw new AppError("bad_request", "Name the week: ?week=2026-W49.");
  const summary = await getWeeklySummary(actor, planId, label, now);
  const week = summary.week.label;
  await runTransaction(async (tx) => {
    const before = await findOverrideIn(tx, planId, week);
    if (!before) throw new AppError("not_found", `The week ${week} has no status override.`);
    await deleteOverride(tx, before.id);
    await recordEvent(tx, actor, {
      planId,
      action: "weekly.status_override_cleared",
      entityId: week,
      before: { week, ...shown(summary, before) },
      after: { week, ...shown(summary, null) },
    });
  });
  return getWeeklySummary(actor, planId, week, now);
}

export type { StatusOverride };
