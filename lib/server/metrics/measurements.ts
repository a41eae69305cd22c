import "server-only";
import { AppError } from "@/lib/errors";
import type { MeasurementBatch, MeasurementInput, MeasurementResult } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvents } from "@/lib/server/db/events";
import { insertMeasurements, listMetricNames, lockPlan } from "@/lib/server/db/plans";
import { runTransaction } from "@/lib/server/db/tx";
import { newId } from "@/lib/server/ids";

type Resolved = { metricId: string; input: MeasurementInput };

/** Records one measurement of a metric (value, when, note): for the page and for CI jobs. */
export async function recordMeasurement(
  actor: Actor,
  planId: string,
  metricId: string,
  input: MeasurementInput,
): Promise<MeasurementResult> {
  const [result] = await recordMany(actor, planId, async (metrics) => {
    if (!metrics.some((m) => m.id === metricId)) throw new AppError("not_found", "No such metric in this plan.");
    return [{ metricId, input }];
  });
  return result!;
}

/**
 * Many measurements in one transaction, each naming its metric by id or by name (case-insensitive);
 * one unknown metric refuses the whole batch and nothing is stored.
 */
export async function recordMeasurements(
  actor: Actor,
  planId: string,
  batch: MeasurementBatch,
): Promise<MeasurementResult[]> {
  return recordMany(actor, planId, async (metrics) =>
    batch.map((entry, i) => {
      const { metricId, metricName, ...input } = entry;
      const metric =
        metricId !== undefined
          ? metrics.find((m) => m.id === metricId)
          : metrics.find((m) => m.name.trim().toLowerCase() === metricName!.toLowerCase());
      if (!metric)
        throw new AppError(
          "bad_request",
          `Entry ${i}: no metric ${metricId !== undefined ? `with id ${metricId}` : `named “${metricName}”`} in this plan.`,
        );
      return { metricId: metric.id, input };
    }),
  );
}

async function recordMany(
  actor: Actor,
  planId: string,
  resolve: (metrics: { id: string; name: string }[]) => Promise<Resolved[]>,
): Promise<MeasurementResult[]> {
  assertCan(actor, "measurement.record");
  return runTransaction(async (tx) => {
    // The plan row first, like every plan writer (one lock order: no deadlock with a re-import).
    if (!(await lockPlan(tx, planId, actor.workspaceId))) throw new AppError("not_found", "No such plan.");
    const metrics = await listMetricNames(tx, planId);
    const resolved = await resolve(metrics);
    const rows = resolved.map(({ metricId, input }) => ({
      id: newId(),
      metricId,
      value: input.value,
      measuredAt: input.at ? new Date(input.at) : new Date(),
      note: input.note?.trim() || null,
      createdById: actor.userId,
    }));
    await insertMeasurements(tx, rows);
    const [first, ...others] = [...new Set(rows.map((r) => r.metricId))];
    // One event per metric, one plan version for the batch.
    const event = (metricId: string) => ({
      planId,
      action: "measurement.recorded" as const,
      entityId: metricId,
      before: null,
      after: rows
        .filter((r) => r.metricId === metricId)
        .map((r) => ({ value: r.value, at: r.measuredAt.toISOString() })),
    });
    const planVersion = await recordEvents(tx, actor, [event(first!), ...others.map(event)]);
    return rows.map((r) => ({
      id: r.id,
      metricId: r.metricId,
      value: r.value,
      measuredAt: r.measuredAt.toISOString(),
      note: r.note,
      planVersion,
    }));
  });
}
