import { readJson, withActor } from "@/lib/api/handler";
import { getWorkspaceSettings, updateWorkspaceSettings } from "@/lib/server/workspaces/settings";
import { UpdateWorkspaceSchema } from "@/lib/validations/workspace";

export const dynamic = "force-dynamic";

/** The workspace's name and time zone. */
export const GET = withActor(async ({ actor }) => getWorkspaceSettings(actor), { action: "member.read" });

/** Owners set the time zone weekly summaries cut their weeks in: `{ "timeZone": "Pacific/Auckland" }`. */
export const PATCH = withActor(
  async ({ req, actor }) => updateWorkspaceSettings(actor, await readJson(req, UpdateWorkspaceSchema, 4096)),
  { action: "workspace.settings" },
);
