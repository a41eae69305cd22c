import { byPlanVersion } from "@/lib/api/etag";
import { withActor } from "@/lib/api/handler";
import { getDecisions } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/** The decisions page's view: `{ version, decisions, held }` (held: the tasks each decision holds up, `{id, key, title}`); ETag by plan version. */
export const GET = withActor<{ planId: string }>(
  async ({ req, actor, params }) =>
    byPlanVersion(req, "decisions", params.planId, await getDecisions(actor, params.planId)),
  { action: "plan.read" },
);
