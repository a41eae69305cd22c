import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ACTIONS, assertCan, can, ROLES, type Action, type ActorRole } from "./permissions";

const MUTATIONS: Action[] = [
  "plan.import",
  "plan.edit",
  "plan.reimport",
  "member.manage",
  "invite.create",
  "token.revoke_any",
  "weekly.override",
  "workspace.settings",
];

describe("the permission table", () => {
  it("ranks roles: whatever a viewer may, an editor may; whatever an editor may, an owner may", () => {
    for (const action of ACTIONS) {
      if (can("viewer", action)) expect(can("editor", action)).toBe(true);
      if (can("editor", action)) expect(can("owner", action)).toBe(true);
    }
  });

  it("lets viewers read but change nothing", () => {
    for (const action of MUTATIONS) expect(can("viewer", action)).toBe(false);
    for (const action of [
      "plan.read",
      "plan.export",
      "member.read",
      "roadmap.read",
      "weekly.read",
      "activity.read",
    ] as const)
      expect(can("viewer", action)).toBe(true);
  });

  it("keeps members and invites with owners, plan edits with editors", () => {
    for (const action of [
      "member.manage",
      "invite.create",
      "token.revoke_any",
      "weekly.override",
      "workspace.settings",
    ] as const) {
      expect(ROLES.filter((r) => can(r, action))).toEqual(["owner"]);
    }
    for (const action of ["plan.import", "plan.edit", "plan.reimport"] as const) {
      expect(ROLES.filter((r) => can(r, action))).toEqual(["owner", "editor"]);
    }
  });

  it("lets a share link read the roadmap and the weekly summary, and nothing else", () => {
    expect(ACTIONS.filter((a) => can("share_link", a))).toEqual(["roadmap.read", "weekly.read"]);
  });

  it("assertCan throws a 403 AppError exactly when can says no", () => {
    const actors: ActorRole[] = [...ROLES, "share_link"];
    for (const role of actors) {
      for (const action of ACTIONS) {
        const run = () => assertCan({ role }, action);
        if (can(role, action)) expect(run).not.toThrow();
        else {
          const err = (() => {
            try {
              run();
            } catch (e) {
              return e;
            }
          })();
          expect(err).toBeInstanceOf(AppError);
          expect((err as AppError).code).toBe("forbidden");
          expect((err as AppError).message.length).toBeGreaterThan(10);
        }
      }
    }
  });
});
