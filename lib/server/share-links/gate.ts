import "server-only";
import { findLiveShareLinkOrCountMiss } from "@/lib/server/db/share-link-gate";
import { hashSecret } from "@/lib/server/secrets";
import { isShareTokenShaped } from "./token";

/**
 * The first look at a share token, before anything is rendered (proxy.ts, for every /s/ request):
 * does a live link have it? A miss is answered as cheaply as any 404, and counted
 * per client address in PostgreSQL (the sign-in limits' table, so every instance counts into the
 * same rows); past MAX_SHARE_LINK_MISSES in a window the address's misses are refused with
 * Retry-After. A guessing loop can neither find a token (256 random bits) nor cost more than a
 * plain 404. One statement; a malformed token needs none. Hits are not counted, nor refused.
 */
export const MAX_SHARE_LINK_MISSES = 30;
export const SHARE_MISS_WINDOW_MS = 15 * 60 * 1000;

export type GateAnswer = { found: true } | { found: false; retryAfterSeconds: number | null };

export async function shareLinkGate(token: string, address: string | null, now = Date.now()): Promise<GateAnswer> {
  if (!isShareTokenShaped(token)) return { found: false, retryAfterSeconds: null };
  const windowStart = new Date(Math.floor(now / SHARE_MISS_WINDOW_MS) * SHARE_MISS_WINDOW_MS);
  const row = await findLiveShareLinkOrCountMiss(
    hashSecret(token),
    `share-link-miss:${address ?? "unknown"}`,
    windowStart,
    new Date(now),
  );
  if (row.found) return { found: true };
  const over = (row.misses ?? 0) > MAX_SHARE_LINK_MISSES;
  return {
    found: false,
    retryAfterSeconds: over ? Math.ceil((windowStart.getTime() + SHARE_MISS_WINDOW_MS - now) / 1000) : null,
  };
}
