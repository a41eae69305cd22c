import "server-only";
import type { ShareActor } from "@/lib/server/actor";
import { findShareLinkByHash, touchShareLink } from "@/lib/server/db/share-links";
import { hashSecret } from "@/lib/server/secrets";
import { isShareTokenShaped } from "./token";

// lastUsedAt is for the owner's list ("used today"); writing it on every page view would turn
// every read into a write, so it is refreshed at most once a minute.
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * The read-only actor of a share token, scoped to its one plan; null when the token is unknown,
 * revoked or expired (callers answer all three with the same 404). One indexed lookup by hash.
 */
export async function resolveShareLink(token: string, now = new Date()): Promise<ShareActor | null> {
  if (!isShareTokenShaped(token)) return null;
  const row = await findShareLinkByHash(hashSecret(token));
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  if (now.getTime() - (row.lastUsedAt?.getTime() ?? 0) > LAST_USED_GRANULARITY_MS) {
    await touchShareLink(row.id, now);
  }
  return { role: "share_link", workspaceId: row.workspaceId, planId: row.planId, shareLinkId: row.id };
}
