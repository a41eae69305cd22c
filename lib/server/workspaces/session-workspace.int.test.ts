import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";
import { importPlan } from "@/lib/server/plans/import";
import { listPlans } from "@/lib/server/plans/list";
import { countQueries, newOwner, PASSWORD, uniqueEmail } from "@/lib/server/testing/helpers";
import { createApiToken, getActorForApiToken } from "@/lib/server/tokens/api-tokens";
import { getActorForSession, startSession } from "@/lib/server/users/sessions";
import { acceptInvite, createInvite } from "./invites";
import { removeMember } from "./members";
import { hasWorkspace, listWorkspaces, switchWorkspace } from "./session-workspace";

afterAll(async () => {
  await db.$disconnect();
});

const code = (e: unknown) => (e instanceof AppError ? e.code : e);

/** User A owns W1 with one plan; user B owns W2 with another and invites A as an editor. */
async function twoWorkspaces() {
  const a = await newOwner("alice");
  const b = await newOwner("bob");
  await importPlan(a, { input: "# W1 plan\n\n## Phase 1\n\n### Task 1: Only in W1\n- [ ] a\n", fileName: "w1.md" });
  await importPlan(b, { input: "# W2 plan\n\n## Phase 1\n\n### Task 1: Only in W2\n- [ ] b\n", fileName: "w2.md" });
  const { token } = await createInvite(b, { email: a.email, role: "editor" });
  await acceptInvite({ token, password: PASSWORD, name: "ignored for a known account" });
  return { a, b };
}

const planTitles = async (actor: Actor | null) => (actor ? (await listPlans(actor)).map((p) => p.title) : null);

describe("the workspace of a session", () => {
  it("starts in the newest membership, switches back and forth, and each workspace shows its own plans", async () => {
    const { a, b } = await twoWorkspaces();
    const sid = await startSession(a.userId);
    const inW2 = await getActorForSession(sid, a.userId);
    expect(inW2).toEqual({ userId: a.userId, workspaceId: b.workspaceId, role: "editor" });
    expect(await planTitles(inW2)).toEqual(["W2 plan"]);

    const listed = await listWorkspaces(inW2!);
    expect(listed.current).toBe(b.workspaceId);
    expect(listed.workspaces).toEqual([
      { id: a.workspaceId, name: "alice's workspace", role: "owner", current: false },
      { id: b.workspaceId, name: "bob's workspace", role: "editor", current: true },
    ]);

    const switched = await switchWorkspace(inW2!, sid, a.workspaceId);
    expect(switched.current).toBe(a.workspaceId);
    const inW1 = await getActorForSession(sid, a.userId);
    expect(inW1).toEqual({ userId: a.userId, workspaceId: a.workspaceId, role: "owner" });
    expect(await planTitles(inW1)).toEqual(["W1 plan"]);

    await switchWorkspace(inW1!, sid, b.workspaceId);
    expect(await planTitles(await getActorForSession(sid, a.userId))).toEqual(["W2 plan"]);
  });

  it("is per session: another session of the same user stays where it is", async () => {
    const { a, b } = await twoWorkspaces();
    const laptop = await startSession(a.userId);
    const phone = await startSession(a.userId);
    await switchWorkspace((await getActorForSession(laptop, a.userId))!, laptop, a.workspaceId);
    expect((await getActorForSession(laptop, a.userId))?.workspaceId).toBe(a.workspaceId);
    expect((await getActorForSession(phone, a.userId))?.workspaceId).toBe(b.workspaceId);
  });

  it("refuses a workspace the user does not belong to with 404, and changes nothing", async () => {
    const { a } = await twoWorkspaces();
    const stranger = await newOwner("stranger");
    const sid = await startSession(a.userId);
    const actor = (await getActorForSession(sid, a.userId))!;
    await expect(switchWorkspace(actor, sid, stranger.workspaceId).catch(code)).resolves.toBe("not_found");
    await expect(switchWorkspace(actor, sid, "no-such-workspace").catch(code)).resolves.toBe("not_found");
    expect(await getActorForSession(sid, a.userId)).toEqual(actor);
    // Someone else's session id cannot be moved either.
    const strangerSid = await startSession(stranger.userId);
    await expect(switchWorkspace(actor, strangerSid, a.workspaceId).catch(code)).resolves.toBe("not_found");
    expect((await getActorForSession(strangerSid, stranger.userId))?.workspaceId).toBe(stranger.workspaceId);
  });

  it("an API token stays in the workspace it was made in", async () => {
    const { a, b } = await twoWorkspaces();
    const sid = await startSession(a.userId);
    const inW2 = (await getActorForSession(sid, a.userId))!;
    const { token } = await createApiToken(inW2, "ci");
    await switchWorkspace(inW2, sid, a.workspaceId);
    expect(await getActorForApiToken(token)).toEqual({ userId: a.userId, workspaceId: b.workspaceId, role: "editor" });
  });

  it("removal from the current workspace falls back to another membership; from the last one signs out", async () => {
    const { a, b } = await twoWorkspaces();
    const sid = await startSession(a.userId);
    expect((await getActorForSession(sid, a.userId))?.workspaceId).toBe(b.workspaceId);
    await switchWorkspace((await getActorForSession(sid, a.userId))!, sid, b.workspaceId);
    await removeMember(b, a.userId);
    const after = await getActorForSession(sid, a.userId);
    expect(after).toEqual({ userId: a.userId, workspaceId: a.workspaceId, role: "owner" });
    expect(await planTitles(after)).toEqual(["W1 plan"]);
    expect((await db.session.findUniqueOrThrow({ where: { id: sid } })).workspaceId).toBeNull();
    // Back in W2 is no longer possible.
    await expect(switchWorkspace(after!, sid, b.workspaceId).catch(code)).resolves.toBe("not_found");

    // A member whose only workspace it was: every session ends, and sign-in says why.
    const { token } = await createInvite(b, { email: uniqueEmail("only"), role: "viewer" });
    const only = await acceptInvite({ token, password: PASSWORD, name: "only" });
    const onlySid = await startSession(only.id);
    await removeMember(b, only.id);
    expect(await getActorForSession(onlySid, only.id)).toBeNull();
    expect(await db.session.count({ where: { userId: only.id } })).toBe(0);
    expect(await hasWorkspace(only.id)).toBe(false);
    expect(await hasWorkspace(a.userId)).toBe(true);
  });

  it("still resolves the actor in one query", async () => {
    const { a } = await twoWorkspaces();
    const sid = await startSession(a.userId);
    const { queries } = await countQueries(() => getActorForSession(sid, a.userId));
    expect(queries.filter((q) => /select/i.test(q))).toHaveLength(1);
  });
});
