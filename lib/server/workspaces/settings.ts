import "server-only";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from "@/lib/plan/time-zone";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { runTransaction } from "@/lib/server/db/tx";
import { readWorkspace, readWorkspaceIn, setTimeZone } from "@/lib/server/db/workspaces";
import type { UpdateWorkspaceInput } from "@/lib/validations/workspace";

export interface WorkspaceSettings {
  id: string;
  name: string;
  timeZone: string;
}

/** The workspace's name and time zone; any member (or share link) of it may read them. */
export async function getWorkspaceSettings(actor: Pick<Actor, "workspaceId">): Promise<WorkspaceSettings> {
  const ws = await readWorkspace(actor.workspaceId);
  if (!ws) throw new AppError("not_found", "No such workspace.");
  // A zone the runtime no longer knows (tzdata changes) falls back rather than failing every summary.
  return { ...ws, timeZone: canonicalTimeZone(ws.timeZone) ?? DEFAULT_TIME_ZONE };
}

/** The zone weekly summaries of the workspace cut their weeks in. */
export async function readWorkspaceTimeZone(actor: Pick<Actor, "workspaceId">): Promise<string> {
  return (await getWorkspaceSettings(actor)).timeZone;
}

/** Owners set the time zone; the change is logged (before → after). */
export async function updateWorkspaceSettings(actor: Actor, patch: UpdateWorkspaceInput): Promise<WorkspaceSettings> {
  assertCan(actor, "workspace.settings");
  return runTransaction(async (tx) => {
    const before = await readWorkspaceIn(tx, actor.workspaceId);
    if (!before) throw new AppError("not_found", "No such workspace.");
    if (before.timeZone === patch.timeZone) return before;
    const after = await setTimeZone(tx, actor.workspaceId, patch.timeZone);
    await recordEvent(tx, actor, {
      planId: null,
      action: "workspace.updated",
      entityId: actor.workspaceId,
      before: { timeZone: before.timeZone },
      after: { timeZone: after.timeZone },
    });
    return after;
  });
}
