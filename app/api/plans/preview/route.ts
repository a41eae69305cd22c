import { readPlanUpload, withActor } from "@/lib/api/handler";
import { parsePlanInput } from "@/lib/server/plans/input";

export const dynamic = "force-dynamic";

/**
 * Parse without storing: the Plan JSON the import would create (with its warnings). With
 * `?source=1` the decoded (encoding-repaired) markdown comes back too, as `source`.
 */
export const POST = withActor(async ({ req }) => {
  const { input, fileName } = await readPlanUpload(req);
  const { plan, text } = parsePlanInput(input, fileName);
  const withSource = new URL(req.url).searchParams.get("source") === "1";
  return withSource ? { ...plan, source: text } : plan;
}, { action: "plan.preview" });
