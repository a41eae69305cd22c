import { readJson, withActor } from "@/lib/api/handler";
import { getTaskDetail, updateTask } from "@/lib/server/plans";
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

/** One task with its checkboxes and dependencies, and the plan version it is current at (the task panel). */
export const GET = withActor<{ planId: string; taskId: string }>(
  async ({ actor, params }) => getTaskDetail(actor, params.planId, params.taskId),
  { action: "plan.read" },
);
