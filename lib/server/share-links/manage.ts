import "server-only";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { CreateShareLinkInput, ShareLinkInfo } from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import {
  findShareLinkIn,
  insertShareLink,
  listShareLinks as listRows,
  planInWorkspace,
  revokeShareLink as revokeRow,
  type ShareLinkRow,
} from "@/lib/server/db/share-links";
import { hashSecret, newSecret } from "@/lib/server/secrets";
import { runTransaction } from "@/lib/server/db/tx";
import { SHARE_TOKEN_PREFIX } from "./token";

export { SHARE_TOKEN_PREFIX } from "./token";

const iso = (d: Date | null) => d?.toISOString() ?? null;
const toInfo = (r: ShareLinkRow): ShareLinkInfo => ({
  id: r.id,
  label: r.label,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdBy?.name ?? null,
  expiresAt: iso(r.expiresAt),
  revokedAt: iso(r.revokedAt),
  lastUsedAt: iso(r.lastUsedAt),
});

/** A bare date means "through that day": the link ends at the next midnight, UTC. */
export function expiryMoment(value: string | null | undefined, now: Date): Date | null {
  if (value === undefined || value === null) return null;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000)
    : new Date(value);
  if (Number.isNaN(at.getTime()))
    throw new AppError("bad_request", "expiresAt must be a date (2027-01-31) or a date-time.");
  if (at <= now) throw new AppError("bad_request", "expiresAt must be in the future.");
  return at;
}

async function assertPlanOfWorkspace(actor: Actor, planId: string): Promise<void> {
  if (!(await planInWorkspace(actor.workspaceId, planId))) throw new AppError("not_found", "No such plan.");
}

/** Owner only. The token is returned once; only its SHA-256 is stored. */
export async function createShareLink(
  actor: Actor,
  planId: string,
  input: CreateShareLinkInput,
  now = new Date(),
): Promise<ShareLinkInfo & { token: string }> {
  assertCan(actor, "share.manage");
  const label = input.label.trim();
  if (!label) throw new AppError("bad_request", "Give the link a label.");
  const expiresAt = expiryMoment(input.expiresAt, now);
  await assertPlanOfWorkspace(actor, planId);
  const token = newSecret(SHARE_TOKEN_PREFIX);
  return runTransaction(async (tx) => {
    const row = await insertShareLink(tx, {
      planId,
      workspaceId: actor.workspaceId,
      label,
      tokenHash: hashSecret(token),
      createdById: actor.userId,
      expiresAt,
    });
    await recordEvent(tx, actor, {
      planId,
      action: "share_link.created",
      entityId: row.id,
      before: null,
      after: { label, expiresAt: iso(expiresAt) },
    });
    return { ...toInfo(row), token };
  });
}

/** A plan's share links, newest first, revoked and expired ones included (never a token). */
export async function listShareLinks(actor: Actor, planId: string): Promise<ShareLinkInfo[]> {
  assertCan(actor, "share.manage");
  await assertPlanOfWorkspace(actor, planId);
  return (await listRows(actor.workspaceId, planId)).map(toInfo);
}

/** Revokes a link of this plan at once (every instance reads the row per request). Idempotent. */
export async function revokeShareLink(actor: Actor, planId: string, linkId: string): Promise<ShareLinkInfo> {
  assertCan(actor, "share.manage");
  return runTransaction(async (tx) => {
    const row = await findShareLinkIn(tx, actor.workspaceId, planId, linkId);
    if (!row) throw new AppError("not_found", "No such share link.");
    if (row.revokedAt) return toInfo(row);
    const updated = await revokeRow(tx, linkId);
    await recordEvent(tx, actor, {
      planId,
      action: "share_link.revoked",
      entityId: linkId,
      before: { revokedAt: null },
      after: { label: row.label, revokedAt: iso(updated.revokedAt) },
    });
    return toInfo(updated);
  });
}
