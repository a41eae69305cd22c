import { withActor } from "@/lib/api/handler";
import { getPlanJson, getPlanJsonGzip, getPlanVersion } from "@/lib/server/plans";

export const dynamic = "force-dynamic";

/**
 * Plan JSON v1 plus database ids and versions. The plan's version is its ETag: a client that has
 * the current version gets 304 with no body (every change bumps the version in its transaction).
 * Gzipped when the client accepts it, compressed once per version (Next does not compress
 * route handler bodies).
 */
export const GET = withActor<{ planId: string }>(async ({ req, actor, params }) => {
  const etag = `W/"plan-${params.planId}-v${await getPlanVersion(actor, params.planId)}"`;
  const headers = { etag, "cache-control": "private, no-cache" };
  const sent = req.headers.get("if-none-match");
  if (sent && sent.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  const json = { ...headers, "content-type": "application/json", vary: "accept-encoding" };
  if (/\bgzip\b/.test(req.headers.get("accept-encoding") ?? "")) {
    const body = await getPlanJsonGzip(actor, params.planId);
    return new Response(body as BodyInit, { headers: { ...json, "content-encoding": "gzip" } });
  }
  return new Response(await getPlanJson(actor, params.planId), { headers: json });
}, { action: "plan.read" });
