import { withActor } from "@/lib/api/handler";
import { getPlanJson, getPlanVersion } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/**
 * Plan JSON v1 plus database ids and versions. The plan's version is its ETag: a client that has
 * the current version gets 304 with no body (every change bumps the version in its transaction).
 */
export const GET = withActor<{ planId: string }>(async ({ req, actor, params }) => {
  const etag = `W/"plan-${params.planId}-v${await getPlanVersion(actor, params.planId)}"`;
  const headers = { etag, "cache-control": "private, no-cache" };
  const sent = req.headers.get("if-none-match");
  if (sent && sent.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(await getPlanJson(actor, params.planId), { headers: { ...headers, "content-type": "application/json" } });
}, { action: "plan.read" });
