import { withActor } from "@/lib/api/handler";
import { publicOrigin } from "@/lib/api/public-url";
import { AppError } from "@/lib/errors";
import { weeklyAtomFeed } from "@/lib/plan/weekly/atom";
import { getShareFeedWeeks, resolveShareLink } from "@/lib/server/share-links";

export const dynamic = "force-dynamic";

/** The Atom feed of a share link's weekly summaries: the running week and the complete weeks before it. */
export const GET = withActor<{ token: string }>(
  async ({ req, params }) => {
    const actor = await resolveShareLink(params.token);
    if (!actor) throw new AppError("not_found", "No such link.");
    const { summaries, running } = await getShareFeedWeeks(actor);
    const origin = publicOrigin(req);
    const base = `${origin}/s/${encodeURIComponent(params.token)}`;
    const host = new URL(origin).hostname;
    const xml = weeklyAtomFeed({
      id: `tag:${host},2026:share-links/${actor.shareLinkId}`,
      title: `${summaries[0]?.title ?? "Plan"}: weekly summaries`,
      selfUrl: `${base}/feed.xml`,
      pageUrl: base,
      weekUrl: (label) => `${base}?week=${label}`,
      entryIdBase: `tag:${host},2026:plans/${actor.planId}/weekly/`,
      summaries,
      running,
      now: new Date(),
    });
    // Revocation must take effect at the next poll: nothing keeps a copy.
    return new Response(xml, {
      headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "no-store" },
    });
  },
  { public: true },
);
