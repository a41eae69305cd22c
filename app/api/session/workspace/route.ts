import { readJson, withActor } from "@/lib/api/handler";
import { hasBearer } from "@/lib/api/request-guards";
import { getSessionIds } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { listWorkspaces, switchWorkspace } from "@/lib/server/workspaces/session-workspace";
import { SwitchWorkspaceSchema } from "@/lib/validations/workspace";

export const dynamic = "force-dynamic";

/** The workspaces you belong to and the one this session (or API token) works in. */
export const GET = withActor(async ({ actor }) => listWorkspaces(actor), { action: "workspace.switch" });

/** Work in another of your workspaces: `{ "workspaceId" }`; not a member → 404. Browser sessions only. */
export const PUT = withActor(
  async ({ req, actor }) => {
    // An API token is bound to the workspace it was made in; only a browser session moves.
    if (hasBearer(req))
      throw new AppError("forbidden", "An API token works in the workspace it was created in; it cannot switch.");
    const { workspaceId } = await readJson(req, SwitchWorkspaceSchema);
    const ids = await getSessionIds();
    if (!ids) throw new AppError("unauthorized", "Sign in to switch workspaces.");
    return switchWorkspace(actor, ids.sessionId, workspaceId);
  },
  { action: "workspace.switch" },
);
