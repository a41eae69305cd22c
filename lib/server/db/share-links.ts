import "server-only";
import { db } from "./client";
import { prismaOf, type Tx } from "./tx";

/** Share links (table share_links): only the SHA-256 of a link's token is stored. */

export type ShareLinkRow = {
  id: string;
  label: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdBy: { name: string } | null;
};
const INFO = {
  id: true,
  label: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdBy: { select: { name: true } },
} as const;

/** Whether the plan is one of the workspace's. */
export async function planInWorkspace(workspaceId: string, planId: string): Promise<boolean> {
  return (await db.plan.findFirst({ where: { id: planId, workspaceId }, select: { id: true } })) !== null;
}

export async function insertShareLink(
  tx: Tx,
  link: {
    planId: string;
    workspaceId: string;
    label: string;
    tokenHash: string;
    createdById: string;
    expiresAt: Date | null;
  },
): Promise<ShareLinkRow> {
  return prismaOf(tx).shareLink.create({ data: link, select: INFO });
}

/** A plan's share links, newest first, revoked and expired ones included. */
export async function listShareLinks(workspaceId: string, planId: string): Promise<ShareLinkRow[]> {
  return db.shareLink.findMany({ where: { planId, workspaceId }, orderBy: { createdAt: "desc" }, select: INFO });
}

export async function findShareLinkIn(
  tx: Tx,
  workspaceId: string,
  planId: string,
  linkId: string,
): Promise<ShareLinkRow | null> {
  return prismaOf(tx).shareLink.findFirst({ where: { id: linkId, planId, workspaceId }, select: INFO });
}

export async function revokeShareLink(tx: Tx, linkId: string): Promise<ShareLinkRow> {
  return prismaOf(tx).shareLink.update({ where: { id: linkId }, data: { revokedAt: new Date() }, select: INFO });
}

/** A link by its token's hash (one indexed lookup), or null. */
export async function findShareLinkByHash(tokenHash: string): Promise<{
  id: string;
  planId: string;
  workspaceId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
} | null> {
  return db.shareLink.findUnique({
    where: { tokenHash },
    select: { id: true, planId: true, workspaceId: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
}

/** Notes when an unrevoked link was used. */
export async function touchShareLink(id: string, at: Date): Promise<void> {
  await db.shareLink.updateMany({ where: { id, revokedAt: null }, data: { lastUsedAt: at } });
}
