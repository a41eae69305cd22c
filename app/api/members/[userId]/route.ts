import { readJson, withActor } from "@/lib/api/handler";
import { removeMember, setMemberRole } from "@/lib/server/workspaces/members";
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

/** Owners remove a member; every session of theirs ends at once. → 204 */
export const DELETE = withActor<{ userId: string }>(
  async ({ actor, params }) => {
    await removeMember(actor, params.userId);
    return new Response(null, { status: 204 });
  },
  { action: "member.manage" },
);
