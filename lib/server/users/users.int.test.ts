import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import { newMember, newOwner, PASSWORD, uniqueEmail } from "@/lib/server/testing/helpers";
import { getActorForUser, signUpUser, verifyUserPassword } from "@/lib/server/users/accounts";
import { acceptInvite, createInvite } from "@/lib/server/workspaces/invites";
import { listMembers, setMemberRole } from "@/lib/server/workspaces/members";

afterAll(async () => {
  await db.$disconnect();
});

const code = (e: unknown) => (e instanceof AppError ? e.code : e);

describe("signUpUser", () => {
  it("creates the user, a workspace and an owner membership, and logs it", async () => {
    const email = uniqueEmail("Sign.Up");
    const user = await signUpUser({ email: `  ${email.toUpperCase()} `, password: PASSWORD, name: " Ada " });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.name).toBe("Ada");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const memberships = await db.membership.findMany({ where: { userId: user.id } });
    expect(memberships).toEqual([expect.objectContaining({ workspaceId: user.workspaceId, role: "owner" })]);
    expect(await db.activity.count({ where: { workspaceId: user.workspaceId, action: "workspace.created" } })).toBe(1);
    expect(await getActorForUser(user.id)).toEqual({ userId: user.id, workspaceId: user.workspaceId, role: "owner" });
  });

  it("refuses a taken email, whatever its case, and leaves nothing behind", async () => {
    const email = uniqueEmail("dup");
    await signUpUser({ email, password: PASSWORD, name: "First" });
    const workspacesBefore = await db.workspace.count();
    await expect(
      signUpUser({ email: email.toUpperCase(), password: PASSWORD, name: "Second" }).catch(code),
    ).resolves.toBe("conflict");
    expect(await db.workspace.count()).toBe(workspacesBefore);
  });
});

describe("verifyUserPassword", () => {
  it("accepts the right password only", async () => {
    const owner = await newOwner();
    expect(await verifyUserPassword(owner.email.toUpperCase(), PASSWORD)).toMatchObject({
      id: owner.userId,
      email: owner.email,
    });
    expect(await verifyUserPassword(owner.email, `${PASSWORD}!`)).toBeNull();
    expect(await verifyUserPassword(uniqueEmail("nobody"), PASSWORD)).toBeNull();
  });
});

describe("invites and roles", () => {
  it("stores only a hash of the invite token, and the invitee joins with the invited role", async () => {
    const owner = await newOwner();
    const email = uniqueEmail("invitee");
    const { id, token } = await createInvite(owner, { email, role: "editor" });
    const row = await db.invite.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);

    const joined = await acceptInvite({ token, password: PASSWORD, name: "Invitee" });
    expect(joined).toMatchObject({ email, workspaceId: owner.workspaceId, role: "editor" });
    expect(await getActorForUser(joined.id)).toEqual({
      userId: joined.id,
      workspaceId: owner.workspaceId,
      role: "editor",
    });
    // A used token is dead.
    await expect(acceptInvite({ token, password: PASSWORD, name: "Again" }).catch(code)).resolves.toBe("not_found");
  });

  it("refuses expired and unknown invites", async () => {
    const owner = await newOwner();
    const { id, token } = await createInvite(owner, { email: uniqueEmail(), role: "viewer" });
    await db.invite.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvite({ token, password: PASSWORD, name: "Late" }).catch(code)).resolves.toBe("not_found");
    await expect(acceptInvite({ token: "fpi_nope", password: PASSWORD, name: "X" }).catch(code)).resolves.toBe(
      "not_found",
    );
  });

  it("lets an existing account join another workspace only with its password", async () => {
    const a = await newOwner("a");
    const b = await newOwner("b");
    const { token } = await createInvite(a, { email: b.email, role: "viewer" });
    await expect(acceptInvite({ token, password: "wrong password", name: "B" }).catch(code)).resolves.toBe(
      "unauthorized",
    );
    const joined = await acceptInvite({ token, password: PASSWORD, name: "B" });
    expect(joined.id).toBe(b.userId);
    expect(await getActorForUser(b.userId)).toMatchObject({ workspaceId: a.workspaceId, role: "viewer" });
    expect(await getActorForUser(b.userId, b.workspaceId)).toMatchObject({ workspaceId: b.workspaceId, role: "owner" });
  });

  it("only owners invite and change roles", async () => {
    const owner = await newOwner();
    const editor = await newMember(owner, "editor");
    const viewer = await newMember(owner, "viewer");
    await expect(createInvite(editor, { email: uniqueEmail(), role: "viewer" }).catch(code)).resolves.toBe("forbidden");
    await expect(setMemberRole(editor, viewer.userId, "editor").catch(code)).resolves.toBe("forbidden");
    await expect(setMemberRole(viewer, viewer.userId, "owner").catch(code)).resolves.toBe("forbidden");

    const promoted = await setMemberRole(owner, viewer.userId, "editor");
    expect(promoted.role).toBe("editor");
    expect(await getActorForUser(viewer.userId)).toMatchObject({ role: "editor" });
    expect(
      await db.activity.count({
        where: { workspaceId: owner.workspaceId, action: "member.role_changed", entityId: viewer.userId },
      }),
    ).toBe(1);

    const members = await listMembers(viewer);
    expect(members.map((m) => [m.email, m.role]).sort()).toEqual(
      [
        [owner.email, "owner"],
        [editor.email, "editor"],
        [viewer.email, "editor"],
      ].sort(),
    );
  });

  it("keeps at least one owner", async () => {
    const owner = await newOwner();
    await expect(setMemberRole(owner, owner.userId, "editor").catch(code)).resolves.toBe("conflict");
    const second = await newMember(owner, "editor");
    await setMemberRole(owner, second.userId, "owner");
    // Two owners demoting each other at the same time: one must lose.
    const results = await Promise.allSettled([
      setMemberRole(owner, second.userId, "editor"),
      setMemberRole({ ...second, role: "owner" }, owner.userId, "editor"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { workspaceId: owner.workspaceId, role: "owner" } })).toBe(1);
  });

  it("treats members of another workspace as unknown", async () => {
    const a = await newOwner();
    const b = await newOwner();
    await expect(setMemberRole(a, b.userId, "viewer").catch(code)).resolves.toBe("not_found");
    expect((await listMembers(a)).map((m) => m.userId)).toEqual([a.userId]);
  });
});
