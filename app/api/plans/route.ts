import { readPlanUpload, withActor } from "@/lib/api/handler";
import { streamedJson } from "@/lib/api/json-stream";
import { importPlan, listPlans } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/** The workspace's plans with their progress. */
export const GET = withActor(async ({ actor }) => listPlans(actor), { action: "plan.read" });

/** Import a plan: `text/markdown` body, or multipart/form-data with a `file`. → 201 + the plan. */
export const POST = withActor(
  async ({ req, actor }) => {
    const { input, fileName } = await readPlanUpload(req);
    const plan = await importPlan(actor, { input, fileName });
    // Streamed: the plan of a 100,000-item import is megabytes of JSON.
    return streamedJson(plan, 201);
  },
  { action: "plan.import" },
);
