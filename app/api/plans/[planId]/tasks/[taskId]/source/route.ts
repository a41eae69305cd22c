import { withActor } from "@/lib/api/handler";
import { getTaskSource } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/** The markdown lines a task was imported from; `markdown: null` for a task made in the app. */
export const GET = withActor<{ planId: string; taskId: string }>(
  ({ actor, params }) => getTaskSource(actor, params.planId, params.taskId),
  {
    action: "plan.read",
  },
);
