import "server-only";
import type { Role } from "@/lib/permissions";

/**
 * Who is acting, in which workspace, with which role. Every lib/server function takes one and
 * checks it with `assertCan` (lib/permissions.ts).
 */
export type Actor = { userId: string; workspaceId: string; role: Role };
