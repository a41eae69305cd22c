import "server-only";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { listMemberNames } from "@/lib/server/db/workspaces";

/** Who the log can be filtered by: the workspace's members, by name. */
export async function listActivityPeople(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "activity.read");
  return listMemberNames(actor.workspaceId);
}
