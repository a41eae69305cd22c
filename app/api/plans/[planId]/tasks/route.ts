import { encodedJson } from "@/lib/api/encoded-json";
import { withActor } from "@/lib/api/handler";
import { getTaskIndexJson } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/**
 * The task list's light rows (no checkboxes: their counts), the phases and the plan version;
 * ~1 MB for 5,000 tasks, compressed once per plan version (lib/api/encoded-json.ts).
 */
export const GET = withActor<{ planId: string }>(
  async ({ req, actor, params }) => {
    const { version, json } = await getTaskIndexJson(actor, params.planId);
    return encodedJson(req, `tasks:${params.planId}:v${version}`, json);
  },
  { action: "plan.read" },
);
