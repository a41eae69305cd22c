import { withActor } from "@/lib/api/handler";
import { listMembers } from "@/lib/server/workspaces/members";

export const dynamic = "force-dynamic";

export const GET = withActor(async ({ actor }) => listMembers(actor), { action: "member.read" });
