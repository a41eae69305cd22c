import { byPlanVersion } from "@/lib/api/etag";
import { withActor } from "@/lib/api/handler";
import { getMetrics } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/** The metrics page's view: `{ version, metrics }` with each metric's target and measurements; ETag by plan version. */
export const GET = withActor<{ planId: string }>(
  async ({ req, actor, params }) =>
    byPlanVersion(req, "metrics", params.planId, await getMetrics(actor, params.planId)),
  { action: "plan.read" },
);
