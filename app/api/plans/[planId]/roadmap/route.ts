import { readJson, withActor } from "@/lib/api/handler";
import { getRoadmapBody, updateRoadmapSettings } from "@/lib/server/roadmap";
import { RoadmapSettingsPatchSchema } from "@/lib/validations/roadmap";

export const dynamic = "force-dynamic";

/**
 * The plan's schedule, forecast and last week's baseline (see README, "The roadmap"). Its ETag
 * is the plan version and day it was computed for (If-None-Match → 304).
 */
export const GET = withActor<{ planId: string }>(
  async ({ actor, params, req }) => {
    const { etag, body } = await getRoadmapBody(actor, params.planId);
    const headers = { etag, "cache-control": "private, no-cache" };
    const sent = req.headers.get("if-none-match");
    if (sent && sent.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
    return new Response(body, { headers: { ...headers, "content-type": "application/json" } });
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
