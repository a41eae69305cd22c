import { readJson, withActor } from "@/lib/api/handler";
import { getRoadmapBody, updateRoadmapSettings } from "@/lib/server/roadmap";
import { RoadmapSettingsPatchSchema } from "@/lib/validations/roadmap";

export const dynamic = "force-dynamic";

/**
 * The plan's schedule, forecast and last week's baseline, packed (see README, "The roadmap" and
 * the API table). The bytes are computed once per plan version and day (in a worker, shared by
 * the instances through the database); the ETag names them (If-None-Match → 304). Not gzipped:
 * Next 16 drops the Content-Encoding a route handler sets (next/dist/server/send-response.js),
 * and its own compression skips route responses (their headers go out before the first chunk),
 * so a copy compressed once could not be labelled as such; the packed body is small instead.
 */
export const GET = withActor<{ planId: string }>(
  async ({ actor, params, req }) => {
    const { etag, json } = await getRoadmapBody(actor, params.planId);
    const headers = { etag };
    const sent = req.headers.get("if-none-match");
    if (sent && sent.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
    return new Response(json, { headers: { ...headers, "content-type": "application/json" } });
  },
  { action: "roadmap.read" },
);

/** Roadmap settings: start and target date, hours per week, unnamed people, per-owner hours. */
export const PATCH = withActor<{ planId: string }>(
  async ({ actor, params, req }) => {
    const patch = await readJson(req, RoadmapSettingsPatchSchema, 64 * 1024);
    return { settings: await updateRoadmapSettings(actor, params.planId, patch) };
  },
  { action: "roadmap.edit" },
);
