import { readPlanUpload, withActor } from "@/lib/api/handler";
import { previewInWorker } from "@/lib/server/parsing/pool";

export const dynamic = "force-dynamic";

/**
 * Parse without storing: the Plan JSON the import would create (with its warnings). With
 * `?source=1` the decoded (encoding-repaired) markdown comes back too, as `source`.
 */
export const POST = withActor(
  async ({ req }) => {
    const { input, fileName } = await readPlanUpload(req);
    const withSource = new URL(req.url).searchParams.get("source") === "1";
    // The worker serialises and encodes the body too: a preview of 100,000 items is megabytes of JSON.
    const body = await previewInWorker(input, fileName, withSource);
    return new Response(body as BodyInit, { headers: { "Content-Type": "application/json" } });
  },
  { action: "plan.preview" },
);
