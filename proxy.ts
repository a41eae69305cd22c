import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

/**
 * Next 16's proxy (formerly middleware): a fresh nonce and Content-Security-Policy for every page
 * response. Next reads the nonce from the request's CSP header while it renders and puts it on its
 * own scripts, so the header goes on the request as well as on the response. This needs every
 * page rendered per request, which app/layout.tsx ensures.
 *
 * The other security headers (X-Frame-Options, nosniff, Referrer-Policy) are set for every
 * response, API included, in next.config.mjs.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
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
  ],
};
