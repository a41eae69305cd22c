import { withActor } from "@/lib/api/handler";
import { openPlanEventStream } from "@/lib/server/live/event-stream";

export const dynamic = "force-dynamic";

/** Server-sent events: `{ planId, version }` now and after every change of the plan. */
export const GET = withActor<{ planId: string }>(
  async ({ req, actor, params }) => openPlanEventStream(actor, params.planId, req.signal),
  { action: "plan.read" },
);
