import { readPlanUpload, withActor } from "@/lib/api/handler";
import { applyReimport, previewReimport } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/**
 * Re-import a newer version of the plan's markdown. `?preview=1` returns the diff (added, removed
 * and changed tasks and items) and writes nothing; without it the new version is applied.
 */
export const POST = withActor<{ planId: string }>(
  async ({ req, actor, params }) => {
    const { input } = await readPlanUpload(req);
    const preview = new URL(req.url).searchParams.get("preview");
    if (preview === "1" || preview === "true") return previewReimport(actor, params.planId, input);
    return applyReimport(actor, params.planId, input);
  },
  { action: "plan.reimport" },
);
