import { withActor } from "@/lib/api/handler";
import { exportPlan } from "@/lib/server/plans";
import { ExportFormatSchema } from "@/lib/plan/contract";

export const dynamic = "force-dynamic";

/** Download the plan: `?format=md` (default; byte-exact write-back) or `?format=json`. */
export const GET = withActor<{ planId: string }>(async ({ req, actor, params }) => {
  const format = ExportFormatSchema.parse(new URL(req.url).searchParams.get("format") ?? "md");
  const { body, contentType, fileName } = await exportPlan(actor, params.planId, format);
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(body as BodyInit, {
    status: 200,
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}, { action: "plan.export" });
