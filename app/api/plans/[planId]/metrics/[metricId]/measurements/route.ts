import { json, readJson, withActor } from "@/lib/api/handler";
import { MeasurementInputSchema } from "@/lib/plan/contract";
import { recordMeasurement } from "@/lib/server/metrics";

export const dynamic = "force-dynamic";

/** Record one measurement: `{ "value", "at"?, "note"? }` → 201. */
export const POST = withActor<{ planId: string; metricId: string }>(
  async ({ req, actor, params }) =>
    json(
      await recordMeasurement(actor, params.planId, params.metricId, await readJson(req, MeasurementInputSchema)),
      201,
    ),
  { action: "measurement.record" },
);
