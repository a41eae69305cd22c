import { withActor } from "@/lib/api/handler";
import { listMembers } from "@/lib/server/users";

export const dynamic = "force-dynamic";

export const GET = withActor(async ({ actor }) => listMembers(actor));
