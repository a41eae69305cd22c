import { withActor } from "@/lib/api/handler";
import { getCriteria } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/** The plan's success criteria and the plan version (the overview's criteria card). */
export const GET = withActor<{ planId: string }>(async ({ actor, params }) => getCriteria(actor, params.planId), {
  action: "plan.read",
});
