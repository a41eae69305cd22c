import "server-only";
import { AppError } from "@/lib/errors";

/** Who is acting, in which workspace, with which role. Every lib/server function takes one. */
export type Role = "owner" | "editor" | "viewer";
export type Actor = { userId: string; workspaceId: string; role: Role };

export function assertCanEdit(actor: Actor): void {
  if (actor.role === "viewer") throw new AppError("forbidden", "Viewers can read plans but not change them.");
}

export function assertOwner(actor: Actor): void {
  if (actor.role !== "owner") throw new AppError("forbidden", "Only a workspace owner can do this.");
}
