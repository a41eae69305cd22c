/**
 * What proxy.ts answers for a share link no live link has, without rendering anything: the share
 * pages' 404 as a small static document (the same words as app/s/[token]/not-found.tsx), the
 * feed's as the API's error body; and 429 with Retry-After once the address is past its limit of
 * misses (lib/server/share-links/gate.ts). Nothing in them comes from the request.
 */

const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function shareMissAnswer(kind: "page" | "feed", retryAfterSeconds: number | null): Response {
  const limited = retryAfterSeconds !== null;
  const status = limited ? 429 : 404;
  const headers: Record<string, string> = {
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex, nofollow",
    "Referrer-Policy": "no-referrer",
    ...(limited ? { "Retry-After": String(retryAfterSeconds) } : {}),
  };
  const wait = limited ? `Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.` : "";
  if (kind === "feed") {
    const body = limited
      ? { error: { code: "too_many_requests", message: `Too many requests for links that do not work. ${wait}` } }
      : { error: { code: "not_found", message: "No such link." } };
    return Response.json(body, {
      status,
      headers: { ...headers, "Content-Security-Policy": DATA_POLICY },
    });
  }
  const [title, text] = limited
    ? ["Too many links that do not work", `This address asked for too many links that do not exist. ${wait}`]
    : [
        "This link does not work",
        "It may have been revoked or have expired. Ask the person who shared it for a new one.",
      ];
  return new Response(page(status, title, text), {
    status,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": PAGE_POLICY },
  });
}

const page = (status: number, title: string, text: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>Shared plan · Flightplan</title>
<style>
  body { margin: 0; font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #0f172a; background: #fff; }
  main { display: flex; min-height: 60vh; flex-direction: column; align-items: center; justify-content: center; padding: 1.5rem 1rem; text-align: center; }
  .code { margin: 0; font-size: .875rem; font-weight: 600; color: #2853e0; }
  h1 { margin: .5rem 0 0; font-size: 1.5rem; font-weight: 600; letter-spacing: -.025em; }
  .text { margin: .5rem 0 0; font-size: .875rem; color: #64748b; max-width: 36rem; }
</style>
</head>
<body>
<main data-testid="share-not-found">
<p class="code">${status}</p>
<h1>${title}</h1>
<p class="text">${text}</p>
</main>
</body>
</html>
`;
