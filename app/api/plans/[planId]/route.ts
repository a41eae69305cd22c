import { withActor } from "@/lib/api/handler";
import { getPlanJson } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/** Plan JSON v1 plus database ids and versions. */
export const GET = withActor<{ planId: string }>(
  async ({ actor, params }) => new Response(await getPlanJson(actor, params.planId), { headers: { "content-type": "application/json" } }),
  { action: "plan.read" },
);
