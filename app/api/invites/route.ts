import { json, readJson, withActor } from "@/lib/api/handler";
import { publicOrigin } from "@/lib/api/public-url";
import { createInvite } from "@/lib/server/workspaces/invites";
import { CreateInviteSchema } from "@/lib/validations/workspace";

export const dynamic = "force-dynamic";

/** Owners invite by email with a role; the one-time link is in this response only. */
export const POST = withActor(
  async ({ req, actor }) => {
    const input = await readJson(req, CreateInviteSchema);
    const { token } = await createInvite(actor, input);
    const url = new URL(`/invite/${encodeURIComponent(token)}`, publicOrigin(req)).toString();
    return json({ email: input.email, role: input.role, token, url }, 201);
  },
  { action: "invite.create" },
);
