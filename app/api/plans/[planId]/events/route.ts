import { withActor } from "@/lib/api/handler";
import { requestCredential } from "@/lib/auth";
import { actorForCredential } from "@/lib/server/users/credentials";
import { openPlanEventStream } from "@/lib/server/live/event-stream";

export const dynamic = "force-dynamic";

/**
 * Server-sent events: `{ planId, version }` now and after every change of the plan, for as long
 * as the credential the stream was opened with still reads the plan.
 */
export const GET = withActor<{ planId: string }>(
  async ({ req, actor, params }) => {
    const credential = await requestCredential(req);
    return openPlanEventStream(actor, params.planId, req.signal, {
      recheck: async () => (credential ? actorForCredential(credential) : null),
    });
  },
  { action: "plan.read" },
);
