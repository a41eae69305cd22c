import "server-only";

/**
 * A view of a plan answered by the version it is current at: every change bumps the plan's
 * version in its transaction, so a client sending the ETag of the version it holds gets 304 and
 * no body. The ETag names the view too (one plan version, several views). The views come from
 * the cached plan (lib/server/plans/page-views.ts), so building one to learn its version is cheap.
 */
export function byPlanVersion(req: Request, name: string, planId: string, view: { version: number }): Response {
  const etag = `W/"${name}-${planId}-v${view.version}"`;
  const headers = { etag };
  const sent = req.headers.get("if-none-match");
  if (sent && sent.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(JSON.stringify(view), { headers: { ...headers, "content-type": "application/json" } });
}
