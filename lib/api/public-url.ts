import "server-only";
import { getEnv } from "@/lib/env";

/**
 * The origin links the app hands out (invite links) must name: APP_URL when configured, else the
 * host the request came to (as a proxy forwarded it). Never the address the server listens on,
 * which behind `next start` is localhost.
 */
export function publicOrigin(req: Request): string {
  const appUrl = getEnv().APP_URL;
  if (appUrl) return new URL(appUrl).origin;
  const first = (name: string) => req.headers.get(name)?.split(",")[0]?.trim() || null;
  const host = first("x-forwarded-host") ?? first("host");
  const protocol = first("x-forwarded-proto") ?? new URL(req.url).protocol.replace(/:$/, "");
  if (!host || !/^[\w.-]+(:\d{1,5})?$|^\[[\da-f:.]+\](:\d{1,5})?$/i.test(host)) return new URL(req.url).origin;
  return `${protocol === "https" ? "https" : "http"}://${host}`;
}
