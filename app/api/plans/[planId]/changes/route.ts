import { z } from "zod";
import { withActor } from "@/lib/api/handler";
import { getPlanChanges } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

const Since = z.coerce.number().int().nonnegative();

/** What changed after `?since=VERSION`: the current state of the changed rows, or `reset`. */
export const GET = withActor<{ planId: string }>(
  async ({ req, actor, params }) =>
    getPlanChanges(actor, params.planId, Since.parse(req.nextUrl.searchParams.get("since") ?? "")),
  { action: "plan.read" },
);
