import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";

/** Who the log can be filtered by: the workspace's members, by name. */
export async function listActivityPeople(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "activity.read");
  const rows = await db.membership.findMany({
    where: { workspaceId: actor.workspaceId },
    select: { user: { select: { id: true, name: true } } },
  });
  return rows.map((r) => r.user).sort((a, b) => a.name.localeCompare(b.name));
}
