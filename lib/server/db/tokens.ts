import "server-only";
import type { Role } from "@/lib/permissions";
import { db } from "./client";
import { requestQuery } from "./pools";
import { prismaOf, type Tx } from "./tx";

/** API tokens (table api_tokens): only the SHA-256 of a token is stored. */

/** A token as stored (dates as Date); the API sends it as ApiTokenInfo (dates as ISO strings). */
export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};
const INFO = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

export async function insertToken(
  tx: Tx,
  token: { userId: string; workspaceId: string; name: string; tokenHash: string; prefix: string },
): Promise<ApiTokenRow> {
  return prismaOf(tx).apiToken.create({ data: token, select: INFO });
}

/** The user's tokens in the workspace, newest first, revoked ones included. */
export async function listTokens(userId: string, workspaceId: string): Promise<ApiTokenRow[]> {
  return db.apiToken.findMany({ where: { userId, workspaceId }, orderBy: { createdAt: "desc" }, select: INFO });
}

/** A token of the workspace (of this user only, unless `anyUser`), or null. */
export async function findTokenIn(
  tx: Tx,
  id: string,
  workspaceId: string,
  owner: { userId: string; anyUser: boolean },
): Promise<ApiTokenRow | null> {
  return prismaOf(tx).apiToken.findFirst({
    where: { id, workspaceId, ...(owner.anyUser ? {} : { userId: owner.userId }) },
    select: INFO,
  });
}

export async function revokeToken(tx: Tx, id: string): Promise<ApiTokenRow> {
  return prismaOf(tx).apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: INFO });
}

/**
 * The member behind a token hash (unrevoked, and the user still a member of the token's
 * workspace), or null. Runs on every API request, so it is one indexed join on the request pool:
 * through the Prisma client the same lookup took two queries and ~2-3 ms, and as $queryRaw still
 * ~1 ms of event-loop time.
 */
export async function tokenMember(
  tokenHash: string,
): Promise<{ id: string; userId: string; workspaceId: string; role: Role; lastUsedAt: Date | null } | null> {
  const rows = await requestQuery<{
    id: string;
    user_id: string;
    workspace_id: string;
    role: Role;
    last_used_at: Date | null;
  }>(
    `SELECT t.id, t.user_id, t.workspace_id, m.role::text AS role, t.last_used_at
       FROM api_tokens AS t
       JOIN memberships AS m ON m.user_id = t.user_id AND m.workspace_id = t.workspace_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
    [tokenHash],
  );
  const r = rows[0];
  return r
    ? { id: r.id, userId: r.user_id, workspaceId: r.workspace_id, role: r.role, lastUsedAt: r.last_used_at }
    : null;
}

export async function touchToken(id: string, at: Date): Promise<void> {
  await requestQuery("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2", [at, id]);
}
