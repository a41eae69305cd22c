import { withActor } from "@/lib/api/handler";
import { getTaskIndexJson } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/** The task list's light rows (no checkboxes: their counts), the phases and the plan version. */
export const GET = withActor<{ planId: string }>(
  async ({ actor, params }) => new Response(await getTaskIndexJson(actor, params.planId), { headers: { "content-type": "application/json" } }),
  { action: "plan.read" },
);
