import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { CreateShareLinkInput, ShareLinkInfo } from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import { recordActivity } from "@/lib/server/activity";
import { hashSecret, newSecret } from "@/lib/server/secrets";
import { runTransaction } from "@/lib/server/tx";
import { SHARE_TOKEN_PREFIX } from "./token";

/** Share tokens start with this, so a leaked one is recognisable (and never taken for an API token). */
export { SHARE_TOKEN_PREFIX } from "./token";

const INFO = {
  id: true,
  label: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdBy: { select: { name: true } },
} as const;
type InfoRow = {
  id: string;
  label: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdBy: { name: string } | null;
};

const iso = (d: Date | null) => d?.toISOString() ?? null;
const toInfo = (r: InfoRow): ShareLinkInfo => ({
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
  const plan = await db.plan.findFirst({ where: { id: planId, workspaceId: actor.workspaceId }, select: { id: true } });
  if (!plan) throw new AppError("not_found", "No such plan.");
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
    const row = await tx.shareLink.create({
      data: {
        planId,
        workspaceId: actor.workspaceId,
        label,
        tokenHash: hashSecret(token),
        createdById: actor.userId,
        expiresAt,
      },
      select: INFO,
    });
    await recordActivity(tx, actor, {
      planId,
      action: "share_link.created",
      entityType: "share_link",
      entityId: row.id,
      after: { label, expiresAt: iso(expiresAt) },
    });
    return { ...toInfo(row), token };
  });
}

/** A plan's share links, newest first, revoked and expired ones included (never a token). */
export async function listShareLinks(actor: Actor, planId: string): Promise<ShareLinkInfo[]> {
  assertCan(actor, "share.manage");
  await assertPlanOfWorkspace(actor, planId);
  const rows = await db.shareLink.findMany({
    where: { planId, workspaceId: actor.workspaceId },
    orderBy: { createdAt: "desc" },
    select: INFO,
  });
  return rows.map(toInfo);
}

/** Revokes a link of this plan at once (every instance reads the row per request). Idempotent. */
export async function revokeShareLink(actor: Actor, planId: string, linkId: string): Promise<ShareLinkInfo> {
  assertCan(actor, "share.manage");
  return runTransaction(async (tx) => {
    const row = await tx.shareLink.findFirst({
      where: { id: linkId, planId, workspaceId: actor.workspaceId },
      select: INFO,
    });
    if (!row) throw new AppError("not_found", "No such share link.");
    if (row.revokedAt) return toInfo(row);
    const updated = await tx.shareLink.update({ where: { id: linkId }, data: { revokedAt: new Date() }, select: INFO });
    await recordActivity(tx, actor, {
      planId,
      action: "share_link.revoked",
      entityType: "share_link",
      entityId: linkId,
      before: { revokedAt: null },
      after: { label: row.label, revokedAt: iso(updated.revokedAt) },
    });
    return toInfo(updated);
  });
}
