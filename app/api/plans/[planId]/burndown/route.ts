import { withActor } from "@/lib/api/handler";
import { getBurndown } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/** Remaining hours per day from the activity log, the ideal line and the P50 forecast. */
export const GET = withActor<{ planId: string }>(({ actor, params }) => getBurndown(actor, params.planId), {
  action: "plan.read",
});
