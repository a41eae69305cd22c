import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { shareLinkGate } from "@/lib/server/share-links/gate";
import { shareMissAnswer } from "@/lib/server/share-links/miss-answer";
import { clientAddress } from "@/lib/server/users/client-address";

/**
 * Next 16's proxy (formerly middleware): a fresh nonce and Content-Security-Policy for every page
 * response. Next reads the nonce from the request's CSP header while it renders and puts it on its
 * own scripts, so the header goes on the request as well as on the response. This needs every
 * page rendered per request, which app/layout.tsx ensures.
 *
 * Share links (`/s/<token>`, its roadmap and feed.xml) are looked up here first, in one statement
 * (lib/server/share-links/gate.ts), and a token no live link has is answered here, with a static
 * 404 (lib/server/share-links/miss-answer.ts): cheaper than any rendered 404. The share page used
 * to look the token up while rendering, stream its layout, then render its 404 (2× the CPU of an
 * ordinary 404, and the lookup's wait on top). An address past its limit of misses gets a 429 with
 * Retry-After.
 *
 * The other security headers (X-Frame-Options, nosniff, Referrer-Policy) are set for every
 * response, API included, in next.config.mjs.
 */
export async function proxy(request: NextRequest) {
  const share = SHARE_PATH.exec(request.nextUrl.pathname);
  if (share) {
    const miss = await shareMiss(request, share[1]!);
    if (miss) return shareMissAnswer(share[2] === "/feed.xml" ? "feed" : "page", miss.retryAfterSeconds);
    // feed.xml is a route with its own fixed policy (next.config.mjs), not a page.
    if (share[2] === "/feed.xml") return NextResponse.next();
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** `/s/<token>`, `/s/<token>/roadmap`, `/s/<token>/feed.xml`. */
const SHARE_PATH = /^\/s\/([^/]+)(\/roadmap|\/feed\.xml)?\/?$/;

async function shareMiss(request: NextRequest, segment: string): Promise<{ retryAfterSeconds: number | null } | null> {
  let token: string;
  try {
    token = decodeURIComponent(segment);
  } catch {
    return { retryAfterSeconds: null };
  }
  try {
    const gate = await shareLinkGate(token, clientAddress(request.headers));
    return gate.found ? null : { retryAfterSeconds: gate.retryAfterSeconds };
  } catch {
    // The database is unreachable: the page finds out itself and answers accordingly.
    return null;
  }
}

export const config = {
  matcher: [
    {
      // Pages only. Not the API (JSON, the SSE stream of /api/plans/:id/events and downloads pass
      // untouched, and get their own fixed policy from next.config.mjs), not Next's static files,
      // not the files of public/.
      source:
        "/((?!api/|_next/static/|_next/image|favicon\\.ico|.*\\.(?:png|jpg|jpeg|gif|svg|ico|webp|txt|xml|webmanifest)$).*)",
      // A prefetch renders no HTML, so it needs no nonce.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Every request of a share link, prefetches and the feed included: each token is looked up
    // and each miss counted here.
    "/s/:path*",
  ],
};
