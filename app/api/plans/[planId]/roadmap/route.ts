import { readJson, withActor } from "@/lib/api/handler";
import { getRoadmapJson, updateRoadmapSettings } from "@/lib/server/roadmap";
import { RoadmapSettingsPatchSchema } from "@/lib/validations/roadmap";

export const dynamic = "force-dynamic";

/** The plan's schedule, forecast and last week's baseline (see README, "The roadmap"). */
export const GET = withActor<{ planId: string }>(
  async ({ actor, params }) => new Response(await getRoadmapJson(actor, params.planId), { headers: { "content-type": "application/json" } }),
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
