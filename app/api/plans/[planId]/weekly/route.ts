import { withActor } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/escape/http-header";
import { weeklyMarkdown } from "@/lib/plan/weekly/markdown";
import { getWeeklySummary } from "@/lib/server/weekly";

export const dynamic = "force-dynamic";

/** The plan's weekly summary (`?week=2026-W49`, default the last complete week); `&format=md` for markdown. */
export const GET = withActor<{ planId: string }>(
  async ({ actor, params, req }) => {
    const url = new URL(req.url);
    const format = url.searchParams.get("format") ?? "json";
    if (format !== "json" && format !== "md") throw new AppError("bad_request", "format must be json or md.");
    const summary = await getWeeklySummary(actor, params.planId, url.searchParams.get("week"));
    if (format === "json") return summary;
    const name = `${summary.title.replace(/[^\w.-]+/g, "-").slice(0, 60)}-${summary.week.label}.md`;
    return new Response(weeklyMarkdown(summary), {
      headers: {
        "content-type": "text/markdown; charset=utf-8",
        "content-disposition": attachmentDisposition(name),
      },
    });
  },
  { action: "weekly.read" },
);
