import { readJson, withActor } from "@/lib/api/handler";
import { setItemDone } from "@/lib/server/plans";
import { SetItemDoneSchema } from "@/lib/plan/contract";

export const dynamic = "force-dynamic";

/** Tick or untick a checklist item: `{ "done": true }`. */
export const PATCH = withActor<{ planId: string; itemId: string }>(
  async ({ req, actor, params }) => {
    const { done } = await readJson(req, SetItemDoneSchema);
    return setItemDone(actor, params.planId, params.itemId, done);
  },
  { action: "plan.edit" },
);
