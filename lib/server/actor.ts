import "server-only";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/permissions";

/**
 * Who is acting, in which workspace, with which role. Every lib/server function takes one and
 * checks it with `assertCan` (lib/permissions.ts).
 */
export type Actor = { userId: string; workspaceId: string; role: Role };

/**
 * Someone holding a share link (lib/server/share-links): no account, read-only, and only the one
 * plan the link was made for. The permission table lets it read the roadmap and weekly summary.
 */
export type ShareActor = { role: "share_link"; workspaceId: string; planId: string; shareLinkId: string };

/** Who may read a plan's roadmap and weekly summary: a member or a share link. */
export type ReadActor = Actor | ShareActor;

export const isShareActor = (actor: ReadActor): actor is ShareActor => actor.role === "share_link";

/**
 * A share link sees its own plan only: any other plan id is "no such plan", the same answer as an
 * id of another workspace, so a link tells nothing about what else exists.
 */
export function assertPlanInScope(actor: ReadActor, planId: string): void {
  if (isShareActor(actor) && actor.planId !== planId) throw new AppError("not_found", "No such plan.");
}
