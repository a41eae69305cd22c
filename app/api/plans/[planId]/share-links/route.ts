import { json, readJson, withActor } from "@/lib/api/handler";
import { publicOrigin } from "@/lib/api/public-url";
import { CreateShareLinkSchema } from "@/lib/plan/contract";
import { createShareLink, listShareLinks } from "@/lib/server/share-links";

export const dynamic = "force-dynamic";

/** The plan's share links (labels and dates, never a token). */
export const GET = withActor<{ planId: string }>(async ({ actor, params }) => listShareLinks(actor, params.planId), {
  action: "share.manage",
});

/** A new read-only link; its token is in this response's `url` only. */
export const POST = withActor<{ planId: string }>(
  async ({ req, actor, params }) => {
    const input = await readJson(req, CreateShareLinkSchema);
    const { id, token } = await createShareLink(actor, params.planId, input);
    const url = new URL(`/s/${encodeURIComponent(token)}`, publicOrigin(req)).toString();
    return json({ id, url }, 201);
  },
  { action: "share.manage" },
);
