import { readJson, withActor } from "@/lib/api/handler";
import { updateTask } from "@/lib/server/plans";
import { UpdateTaskSchema } from "@/lib/plan/contract";

export const dynamic = "force-dynamic";

/** Edit a task: any of status, owner, priority, estimate, plus the `version` you read (stale → 409). */
export const PATCH = withActor<{ planId: string; taskId: string }>(
  async ({ req, actor, params }) => {
    const input = await readJson(req, UpdateTaskSchema);
    return updateTask(actor, params.planId, params.taskId, input);
  },
  { action: "plan.edit" },
);
