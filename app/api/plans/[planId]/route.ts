import { encodedJson } from "@/lib/api/encoded-json";
import { withActor } from "@/lib/api/handler";
import { getPlanJson, getPlanVersion } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

const planEtag = (planId: string, version: number) => `W/"plan-${planId}-v${version}"`;

/**
 * Plan JSON v1 plus database ids and versions. The plan's version is its ETag: a client that has
 * the current version gets 304 with no body (every change bumps the version in its transaction).
 * The body is compressed once per version (lib/api/encoded-json.ts); its ETag is the version of
 * the body sent, which a change landing between the two reads may have made newer.
 */
export const GET = withActor<{ planId: string }>(
  async ({ req, actor, params }) => {
    const sent = req.headers.get("if-none-match");
    if (sent) {
      const etag = planEtag(params.planId, await getPlanVersion(actor, params.planId));
      if (sent.split(/\s*,\s*/).includes(etag))
        return new Response(null, { status: 304, headers: { etag, vary: "Accept-Encoding" } });
    }
    const { version, json } = await getPlanJson(actor, params.planId);
    return encodedJson(req, `plan:${params.planId}:v${version}`, json, { etag: planEtag(params.planId, version) });
  },
  { action: "plan.read" },
);
