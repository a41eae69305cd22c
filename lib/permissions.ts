import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * The one permission table: which actor may do what. The API wrapper, the data layer and the UI
 * all ask `can` / `assertCan` here, so a rule changes in one place. Pure (no server imports): the
 * pages use it to hide controls the server would refuse anyway.
 */

export const ROLES = ["owner", "editor", "viewer"] as const;
export const RoleSchema = z.enum(ROLES);
/** A member's role in a workspace. */
export type Role = z.infer<typeof RoleSchema>;

/** Who can act: a member with a role, or a read-only share link to one plan. */
export type ActorRole = Role | "share_link";

export const ACTIONS = [
  "plan.read",
  "plan.preview",
  "plan.import",
  "plan.edit",
  "plan.reimport",
  "plan.export",
  "decision.decide",
  "measurement.record",
  "roadmap.read",
  "roadmap.edit",
  "weekly.read",
  "weekly.override",
  "workspace.settings",
  "activity.read",
  "member.read",
  "member.manage",
  "invite.create",
  "token.manage",
  "token.revoke_any",
  "share.manage",
  "workspace.switch",
] as const;
export type Action = (typeof ACTIONS)[number];

const MEMBERS: readonly ActorRole[] = ["owner", "editor", "viewer"];
const EDITORS: readonly ActorRole[] = ["owner", "editor"];
const OWNERS: readonly ActorRole[] = ["owner"];
const ANYONE: readonly ActorRole[] = ["owner", "editor", "viewer", "share_link"];

export const PERMISSIONS: Readonly<Record<Action, readonly ActorRole[]>> = {
  "plan.read": MEMBERS,
  "plan.preview": MEMBERS,
  "plan.import": EDITORS,
  "plan.edit": EDITORS,
  "plan.reimport": EDITORS,
  "plan.export": MEMBERS,
  "decision.decide": EDITORS,
  "measurement.record": EDITORS,
  // A share link reads the roadmap and weekly summary of its one plan, nothing else.
  "roadmap.read": ANYONE,
  // Start and target dates, hours per week, unnamed people, per-owner hours.
  "roadmap.edit": EDITORS,
  "weekly.read": ANYONE,
  // The computed status of a week stands unless an owner overrides it, with a reason.
  "weekly.override": OWNERS,
  // The workspace's name and time zone (weekly summaries cut their weeks in it).
  "workspace.settings": OWNERS,
  // The activity log names every member and every change: members only, never a share link.
  "activity.read": MEMBERS,
  "member.read": MEMBERS,
  "member.manage": OWNERS,
  "invite.create": OWNERS,
  "token.manage": MEMBERS,
  "token.revoke_any": OWNERS,
  // Creating, listing and revoking a plan's read-only share links: they open it to anyone.
  "share.manage": OWNERS,
  // List your own workspaces and move your session to another one you belong to.
  "workspace.switch": MEMBERS,
};

export function can(role: ActorRole, action: Action): boolean {
  return PERMISSIONS[action].includes(role);
}

/** The least role that may do the action (for messages), or null when only a share link may. */
function leastRole(action: Action): Role | null {
  for (const role of ["viewer", "editor", "owner"] as const) if (can(role, action)) return role;
  return null;
}

/** Throws 403 forbidden unless the actor may do the action. */
export function assertCan(actor: { role: ActorRole }, action: Action): void {
  if (can(actor.role, action)) return;
  throw new AppError("forbidden", forbiddenMessage(actor.role, action));
}

export function forbiddenMessage(role: ActorRole, action: Action): string {
  if (role === "share_link") return "A share link can only read the plan's roadmap and weekly summary.";
  const needed = leastRole(action);
  if (needed === "editor") return "Viewers can read plans but not change them.";
  if (needed === "owner") return "Only a workspace owner can do this.";
  return `You may not do this as ${role === "owner" ? "an" : "a"} ${role}.`;
}
