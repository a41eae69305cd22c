import { json, readJson, withActor } from "@/lib/api/handler";
import { addTaskItem } from "@/lib/server/plans";
import { CreateItemSchema } from "@/lib/plan/contract";

export const dynamic = "force-dynamic";

/** Add a checklist item (or `"kind": "criterion"`) to a task: `{ "text" }` → 201. */
export const POST = withActor<{ planId: string; taskId: string }>(
  async ({ req, actor, params }) => {
    const input = await readJson(req, CreateItemSchema);
    return json(await addTaskItem(actor, params.planId, params.taskId, input), 201);
  },
  { action: "plan.edit" },
);
