import "server-only";
import { db } from "@/lib/db";
import { requestQuery } from "@/lib/server/pg";
import { runTransaction } from "@/lib/server/tx";
import { AppError } from "@/lib/errors";
import { assertCan, can, type Role } from "@/lib/permissions";
import type { ApiTokenInfo } from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { hashSecret, newSecret } from "@/lib/server/secrets";
import { getActorForUser, normalizeEmail } from "@/lib/server/users/accounts";

const TOKEN_PREFIX = "fp_";
const DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;
// lastUsedAt is for humans ("used 3 minutes ago"); writing it on every request would turn every
// authenticated read into a write, so it is refreshed at most once a minute.
const LAST_USED_GRANULARITY_MS = 60_000;

const INFO = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** A token as stored (dates as Date); the API sends it as ApiTokenInfo (dates as ISO strings). */
export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export function toApiTokenInfo(row: ApiTokenRow): ApiTokenInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * A bearer token acting as this user in this workspace (with the user's role at the time of each
 * request). The token is returned once; only its SHA-256 is stored.
 */
export async function createApiToken(actor: Actor, name: string): Promise<ApiTokenRow & { token: string }> {
  assertCan(actor, "token.manage");
  const clean = name.trim();
  if (!clean || clean.length > 100) throw new AppError("bad_request", "A token needs a name of 1 to 100 characters.");
  const token = newSecret(TOKEN_PREFIX);
  return runTransaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        userId: actor.userId,
        workspaceId: actor.workspaceId,
        name: clean,
        tokenHash: hashSecret(token),
        prefix: token.slice(0, DISPLAY_PREFIX_LENGTH),
      },
      select: INFO,
    });
    await recordEvent(tx, actor, {
      planId: null,
      action: "token.created",
      entityId: row.id,
      before: null,
      after: { name: clean, prefix: row.prefix },
    });
    return { ...row, token };
  });
}

/** The actor's own tokens in this workspace, newest first, revoked ones included. */
export async function listApiTokens(actor: Actor): Promise<ApiTokenRow[]> {
  assertCan(actor, "token.manage");
  const rows = await db.apiToken.findMany({
    where: { userId: actor.userId, workspaceId: actor.workspaceId },
    orderBy: { createdAt: "desc" },
    select: INFO,
  });
  return rows;
}

/** Revokes one of the actor's tokens (an owner may revoke any token of the workspace). Idempotent. */
export async function revokeApiToken(actor: Actor, id: string): Promise<ApiTokenRow> {
  assertCan(actor, "token.manage");
  return runTransaction(async (tx) => {
    const row = await tx.apiToken.findFirst({
      where: {
        id,
        workspaceId: actor.workspaceId,
        ...(can(actor.role, "token.revoke_any") ? {} : { userId: actor.userId }),
      },
      select: INFO,
    });
    if (!row) throw new AppError("not_found", "No such API token.");
    if (row.revokedAt) return row;
    const updated = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select: INFO });
    await recordEvent(tx, actor, {
      planId: null,
      action: "token.revoked",
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: updated.revokedAt!.toISOString() },
    });
    return updated;
  });
}

/**
 * The actor behind a raw bearer token; null for unknown, revoked, or a user no longer a member.
 * Runs on every API request, so it is one indexed join (token hash → membership) on the request
 * pool (lib/server/pg.ts): through the Prisma client the same lookup took two queries and ~2-3 ms,
 * and as $queryRaw still ~1 ms of event-loop time.
 */
export async function getActorForApiToken(raw: string): Promise<Actor | null> {
  if (!raw.startsWith(TOKEN_PREFIX) || raw.length > 200) return null;
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
    [hashSecret(raw)],
  );
  const row = rows[0];
  if (!row) return null;
  const now = Date.now();
  const lastUsed = row.last_used_at ? new Date(row.last_used_at).getTime() : 0;
  if (now - lastUsed > LAST_USED_GRANULARITY_MS) {
    await requestQuery("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2", [new Date(now), row.id]);
  }
  return { userId: row.user_id, workspaceId: row.workspace_id, role: row.role };
}

/** For the CLI (`flightplan token`): a token for the account with this email, in its workspace. */
export async function createApiTokenForEmail(email: string, name = "cli"): Promise<ApiTokenRow & { token: string }> {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } });
  const actor = user ? await getActorForUser(user.id) : null;
  if (!actor) throw new AppError("not_found", `No account with email ${normalizeEmail(email)}.`);
  return createApiToken(actor, name);
}
