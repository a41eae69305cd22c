import { withActor } from "@/lib/api/handler";
import { parseActivityQuery } from "@/lib/plan/activity/query";
import { listActivity } from "@/lib/server/activity-log";

export const dynamic = "force-dynamic";

/** A page of the plan's activity log, newest first: `?cursor=&actor=&kind=&from=&to=&limit=`. */
export const GET = withActor<{ planId: string }>(
  async ({ actor, params, req }) =>
    listActivity(actor, params.planId, parseActivityQuery(new URL(req.url).searchParams)),
  { action: "activity.read" },
);
