import { encodedJson } from "@/lib/api/encoded-json";
import { readJson, withActor } from "@/lib/api/handler";
import { getRoadmapBody, getWhatIf, updateRoadmapSettings } from "@/lib/server/roadmap";
import { RoadmapSettingsPatchSchema, whatIfFromQuery } from "@/lib/validations/roadmap";

export const dynamic = "force-dynamic";

/**
 * The plan's schedule, forecast and last week's baseline, packed (see README, "The roadmap" and
 * the API table). The bytes are computed once per plan version and day (in a worker, shared by
 * the instances through the database); the ETag names them (If-None-Match → 304), and so keys
 * their compressed copy (lib/api/encoded-json.ts). With a what-if in the query (`people=1`,
 * `drop=P3`, `narrow=1`, `target=2027-03-31`), the current forecast and the what-if's beside it
 * instead, computed in the worker and saved nowhere.
 */
export const GET = withActor<{ planId: string }>(
  async ({ actor, params, req }) => {
    const whatIf = whatIfFromQuery(Object.fromEntries(req.nextUrl.searchParams));
    if (whatIf) return getWhatIf(actor, params.planId, whatIf);
    const { etag, json } = await getRoadmapBody(actor, params.planId);
    const sent = req.headers.get("if-none-match");
    if (sent && sent.split(/\s*,\s*/).includes(etag))
      return new Response(null, { status: 304, headers: { etag, vary: "Accept-Encoding" } });
    return encodedJson(req, `roadmap:${etag}`, json, { etag });
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
