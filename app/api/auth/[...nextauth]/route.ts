import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/handler";
import { assertSameOrigin } from "@/lib/api/request-guards";
import { handlers } from "@/lib/auth";

export const { GET } = handlers;

/**
 * Auth.js's own CSRF token is a cookie, and a page on another port of this host can set cookies
 * for it: sign-in and sign-out posts must also come from this origin.
 */
export async function POST(req: NextRequest): Promise<Response> {
  try {
    assertSameOrigin(req);
  } catch (err) {
    return errorResponse(err, req);
  }
  return handlers.POST(req);
}
