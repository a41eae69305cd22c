import { withActor } from "@/lib/api/handler";
import { revokeApiToken } from "@/lib/server/tokens/api-tokens";

export const dynamic = "force-dynamic";

export const DELETE = withActor<{ tokenId: string }>(
  async ({ actor, params }) => {
    await revokeApiToken(actor, params.tokenId);
    return new Response(null, { status: 204 });
  },
  { action: "token.manage" },
);
