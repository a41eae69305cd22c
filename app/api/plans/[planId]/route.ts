import { withActor } from "@/lib/api/handler";
import { getPlan } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/** Plan JSON v1 plus database ids and versions. */
export const GET = withActor<{ planId: string }>(async ({ actor, params }) => getPlan(actor, params.planId));
