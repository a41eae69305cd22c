import { json, readJson, withActor } from "@/lib/api/handler";
import { addTask, getPhaseDetail } from "@/lib/server/plans";
import { CreateTaskSchema } from "@/lib/plan/contract";

export const dynamic = "force-dynamic";

/** Add a task at the end of a phase: `{ "title", "priority"?, "owner"?, "estimate"? }` → 201. */
export const POST = withActor<{ planId: string; phaseId: string }>(
  async ({ req, actor, params }) => {
    const input = await readJson(req, CreateTaskSchema);
    return json(await addTask(actor, params.planId, params.phaseId, input), 201);
  },
  { action: "plan.edit" },
);

/** The phase's tasks (with checkboxes) and deliverables, and the plan version (an opened phase of the overview). */
export const GET = withActor<{ planId: string; phaseId: string }>(
  async ({ actor, params }) => getPhaseDetail(actor, params.planId, params.phaseId),
  { action: "plan.read" },
);
