import { json, readJson, withActor } from "@/lib/api/handler";
import { MeasurementBatchSchema } from "@/lib/plan/contract";
import { recordMeasurements } from "@/lib/server/metrics";

export const dynamic = "force-dynamic";

/** Record many measurements, all or nothing: `[{ "metricId" | "metricName", "value", "at"?, "note"? }]` → 201. */
export const POST = withActor<{ planId: string }>(
  async ({ req, actor, params }) =>
    json(
      { measurements: await recordMeasurements(actor, params.planId, await readJson(req, MeasurementBatchSchema)) },
      201,
    ),
  { action: "measurement.record" },
);
