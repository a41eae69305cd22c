import "server-only";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";

/**
 * Checks every request must pass before a cookie can act: forged cross-origin requests
 * (a page on another port of the same host is same-site, so SameSite=Lax lets its cookies
 * through) and bodies in a type a plain HTML form could send.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The app's own origin host (`host:port`): APP_URL when set, else the request's Host header. */
function ownHost(req: Request): string | null {
  const appUrl = getEnv().APP_URL;
  if (appUrl) return new URL(appUrl).host;
  return req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
}

/**
 * A cookie-authenticated change must come from the app's own pages. Browsers send `Origin` on
 * every cross-origin request and on same-origin changes, and `Sec-Fetch-Site` on all of them;
 * when present, either one must say "this origin". A request with neither is no browser's (a
 * script with a copied cookie), so no page can have forged it. Bearer-token requests skip this.
 */
export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  const origin = req.headers.get("origin");
  const fetchSite = req.headers.get("sec-fetch-site");
  const refuse = () =>
    new AppError(
      "forbidden",
      "This request did not come from this app's own pages (cross-origin requests are refused).",
    );
  if (origin !== null) {
    if (origin === "null") throw refuse();
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw refuse();
    }
    const host = ownHost(req);
    if (!host || originHost.toLowerCase() !== host.toLowerCase()) throw refuse();
    return;
  }
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") throw refuse();
}

/** Whether the request carries its own credentials (an API token) rather than relying on a cookie. */
export const hasBearer = (req: Request): boolean => req.headers.get("authorization") !== null;

const mediaType = (req: Request): string => (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();

/** JSON bodies: only `application/json` (a form can send text/plain or urlencoded, never this without CORS). */
export function assertJsonContentType(req: Request): void {
  const type = mediaType(req);
  if (type !== "application/json") {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
}

export const PLAN_UPLOAD_TYPES = ["text/markdown", "text/x-markdown", "multipart/form-data"] as const;

/** Plan uploads: markdown or multipart only. */
export function planUploadType(req: Request): (typeof PLAN_UPLOAD_TYPES)[number] {
  const type = mediaType(req);
  const known = PLAN_UPLOAD_TYPES.find((t) => t === type);
  if (!known) {
    throw new AppError(
      "unsupported_media_type",
      'Send markdown with Content-Type: text/markdown (or text/x-markdown), or multipart/form-data with a "file" field.',
    );
  }
  return known;
}

/**
 * A string PostgreSQL cannot store (NUL) or that is not Unicode (a lone surrogate, which JSON
 * escapes allow): refused up front with a 400 instead of failing in the database.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasUnstorableText(s: string): boolean {
  return UNSTORABLE.test(s);
}

/**
 * Walks a parsed JSON value, without recursion (a wide or deep body cannot overflow the stack);
 * throws 400 naming the first field with an unstorable string or key.
 */
export function assertStorableJson(value: unknown): void {
  type Step = { value: unknown; key: string | null; parent: Step | null };
  const where = (step: Step | null) => {
    const path: string[] = [];
    for (let s = step; s && s.key !== null; s = s.parent) path.push(s.key);
    return path.length ? ` (at ${path.reverse().join(".")})` : "";
  };
  const stack: Step[] = [{ value, key: null, parent: null }];
  while (stack.length) {
    const step = stack.pop()!;
    const v = step.value;
    if (typeof v === "string") {
      if (hasUnstorableText(v))
        throw new AppError("bad_request", `Text may not contain NUL characters or unpaired surrogates${where(step)}.`);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: String(i), parent: step });
    } else if (v && typeof v === "object") {
      const entries = Object.entries(v);
      for (const [k] of entries)
        if (hasUnstorableText(k))
          throw new AppError(
            "bad_request",
            `A field name may not contain NUL characters or unpaired surrogates${where(step)}.`,
          );
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i]![1], key: entries[i]![0], parent: step });
    }
  }
}
