import { withActor } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/escape/http-header";
import { workspaceWeeklyMarkdown } from "@/lib/plan/weekly/workspace-markdown";
import { getWorkspaceWeekly } from "@/lib/server/weekly";

export const dynamic = "force-dynamic";

/** Every plan's week in the workspace (`?week=2026-W49`, default the last complete week); `&format=md` for markdown. */
export const GET = withActor(
  async ({ actor, req }) => {
    const url = new URL(req.url);
    const format = url.searchParams.get("format") ?? "json";
    if (format !== "json" && format !== "md") throw new AppError("bad_request", "format must be json or md.");
    const weekly = await getWorkspaceWeekly(actor, url.searchParams.get("week"));
    if (format === "json") return weekly;
    return new Response(workspaceWeeklyMarkdown(weekly), {
      headers: {
        "content-type": "text/markdown; charset=utf-8",
        "content-disposition": attachmentDisposition(`workspace-${weekly.week.label}.md`),
      },
    });
  },
  { action: "plan.read" },
);
