import { withActor } from "@/lib/api/handler";
import { revokeShareLink } from "@/lib/server/share-links";

export const dynamic = "force-dynamic";

/** Revokes the link: from now on it answers 404 (the row stays, marked revoked, in the list). */
export const DELETE = withActor<{ planId: string; linkId: string }>(
  async ({ actor, params }) => {
    await revokeShareLink(actor, params.planId, params.linkId);
    return new Response(null, { status: 204 });
  },
  { action: "share.manage" },
);
