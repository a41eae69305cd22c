import { withActor } from "@/lib/api/handler";
import { attachmentDisposition } from "@/lib/escape/http-header";
import { textStream } from "@/lib/api/json-stream";
import { exportPlan } from "@/lib/server/plans";
import { ExportFormatSchema } from "@/lib/plan/contract";

export const dynamic = "force-dynamic";

/** Download the plan: `?format=md` (default; byte-exact write-back) or `?format=json`. */
export const GET = withActor<{ planId: string }>(
  async ({ req, actor, params }) => {
    const format = ExportFormatSchema.parse(new URL(req.url).searchParams.get("format") ?? "md");
    const { body, contentType, fileName } = await exportPlan(actor, params.planId, format);
    // Text goes out in pieces (an export is megabytes); bytes (UTF-16) are written as they are.
    return new Response(typeof body === "string" ? textStream(body) : (body as BodyInit), {
      status: 200,
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": attachmentDisposition(fileName),
        "Cache-Control": "no-store",
      },
    });
  },
  { action: "plan.export" },
);
