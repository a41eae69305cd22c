import "server-only";
import {
  findTokenIn,
  insertToken,
  listTokens,
  revokeToken,
  tokenMember,
  touchToken,
  type ApiTokenRow,
} from "@/lib/server/db/tokens";
import { runTransaction } from "@/lib/server/db/tx";
import { findUserByEmail } from "@/lib/server/db/users";
import { AppError } from "@/lib/errors";
import { assertCan, can } from "@/lib/permissions";
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

export type { ApiTokenRow };

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
    const row = await insertToken(tx, {
      userId: actor.userId,
      workspaceId: actor.workspaceId,
      name: clean,
      tokenHash: hashSecret(token),
      prefix: token.slice(0, DISPLAY_PREFIX_LENGTH),
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
  return listTokens(actor.userId, actor.workspaceId);
}

/** Revokes one of the actor's tokens (an owner may revoke any token of the workspace). Idempotent. */
export async function revokeApiToken(actor: Actor, id: string): Promise<ApiTokenRow> {
  assertCan(actor, "token.manage");
  return runTransaction(async (tx) => {
    const row = await findTokenIn(tx, id, actor.workspaceId, {
      userId: actor.userId,
      anyUser: can(actor.role, "token.revoke_any"),
    });
    if (!row) throw new AppError("not_found", "No such API token.");
    if (row.revokedAt) return row;
    const updated = await revokeToken(tx, id);
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

/** The actor behind a raw bearer token; null for unknown, revoked, or a user no longer a member. Every API request asks. */
export async function getActorForApiToken(raw: string): Promise<Actor | null> {
  if (!raw.startsWith(TOKEN_PREFIX) || raw.length > 200) return null;
  const member = await tokenMember(hashSecret(raw));
  if (!member) return null;
  const now = Date.now();
  const lastUsed = member.lastUsedAt ? new Date(member.lastUsedAt).getTime() : 0;
  if (now - lastUsed > LAST_USED_GRANULARITY_MS) await touchToken(member.id, new Date(now));
  return { userId: member.userId, workspaceId: member.workspaceId, role: member.role };
}

/** For the CLI (`flightplan token`): a token for the account with this email, in its workspace. */
export async function createApiTokenForEmail(email: string, name = "cli"): Promise<ApiTokenRow & { token: string }> {
  const user = await findUserByEmail(normalizeEmail(email));
  const actor = user ? await getActorForUser(user.id) : null;
  if (!actor) throw new AppError("not_found", `No account with email ${normalizeEmail(email)}.`);
  return createApiToken(actor, name);
}
