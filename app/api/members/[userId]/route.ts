import { readJson, withActor } from "@/lib/api/handler";
import { setMemberRole } from "@/lib/server/workspaces/members";
import { SetMemberRoleSchema } from "@/lib/validations/workspace";

export const dynamic = "force-dynamic";

/** Owners change a member's role: `{ "role": "editor" }`. */
export const PATCH = withActor<{ userId: string }>(
  async ({ req, actor, params }) => {
    const { role } = await readJson(req, SetMemberRoleSchema);
    return (await setMemberRole(actor, params.userId, role)) ?? { ok: true };
  },
  { action: "member.manage" },
);
