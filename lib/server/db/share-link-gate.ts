import "server-only";
import { requestQuery } from "./pools";

/**
 * One statement for proxy.ts's first look at a share token (lib/server/share-links/gate.ts): does
 * a live link have this token's hash, and if not, count the miss in the address's current window
 * (the sign-in limits' table, auth_rate_limits, so every instance counts into the same row).
 * Only the request pool: the proxy loads no Prisma.
 */
export async function findLiveShareLinkOrCountMiss(
  tokenHash: string,
  missKey: string,
  windowStart: Date,
  now: Date,
): Promise<{ found: boolean; misses: number | null }> {
  const [row] = await requestQuery<{ found: boolean; misses: number | null }>(
    `WITH link AS (
       SELECT 1 FROM share_links
        WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $4)
     ), miss AS (
       INSERT INTO auth_rate_limits (key, window_start, hits)
       SELECT $2, $3, 1 WHERE NOT EXISTS (SELECT 1 FROM link)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = auth_rate_limits.hits + 1
       RETURNING hits
     )
     SELECT EXISTS (SELECT 1 FROM link) AS found, (SELECT hits FROM miss) AS misses`,
    [tokenHash, missKey, windowStart, now],
  );
  return { found: row?.found ?? false, misses: row?.misses ?? null };
}
