import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/handler";
import { assertSameOrigin } from "@/lib/api/request-guards";
import { handlers } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { clientAddress, signInBlockedFor } from "@/lib/server/users/sign-in-limits";

export const { GET } = handlers;

/**
 * Auth.js's own CSRF token is a cookie, and a page on another port of this host can set cookies
 * for it: sign-in and sign-out posts must also come from this origin. A sign-in over the limit is
 * a 429 with Retry-After here (authorize() counts and enforces the limit for every path).
 */
export async function POST(req: NextRequest): Promise<Response> {
  try {
    assertSameOrigin(req);
    if (req.nextUrl.pathname.endsWith("/callback/credentials")) {
      const email = (
        await req
          .clone()
          .formData()
          .catch(() => null)
      )?.get("email");
      if (typeof email === "string") {
        const wait = await signInBlockedFor(email, clientAddress(req.headers));
        if (wait > 0)
          throw new AppError(
            "too_many_requests",
            `Too many sign-in attempts. Try again in ${Math.ceil(wait / 60)} minutes.`,
            { retryAfterSeconds: wait },
          );
      }
    }
  } catch (err) {
    return errorResponse(err, req);
  }
  return handlers.POST(req);
}
