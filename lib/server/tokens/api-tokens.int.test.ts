import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import { newMember, newOwner, uniqueEmail } from "@/lib/server/testing/helpers";
import {
  createApiToken,
  createApiTokenForEmail,
  getActorForApiToken,
  listApiTokens,
  revokeApiToken,
} from "./api-tokens";

afterAll(async () => {
  await db.$disconnect();
});

const code = (e: unknown) => (e instanceof AppError ? e.code : e);

describe("API tokens", () => {
  it("returns the token once and stores only its SHA-256", async () => {
    const owner = await newOwner();
    const created = await createApiToken(owner, " CI ");
    expect(created.token).toMatch(/^fp_[A-Za-z0-9_-]{43}$/);
    expect(created.name).toBe("CI");
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const listed = await listApiTokens(owner);
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(await db.activity.count({ where: { workspaceId: owner.workspaceId, action: "token.created" } })).toBe(1);
  });

  it("authenticates as its user with the user's current role, and records use", async () => {
    const owner = await newOwner();
    const editor = await newMember(owner, "editor");
    const { id, token } = await createApiToken(editor, "script");
    expect(await getActorForApiToken(token)).toEqual({
      userId: editor.userId,
      workspaceId: owner.workspaceId,
      role: "editor",
    });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    await db.membership.update({
      where: { userId_workspaceId: { userId: editor.userId, workspaceId: owner.workspaceId } },
      data: { role: "viewer" },
    });
    expect(await getActorForApiToken(token)).toMatchObject({ role: "viewer" });
    await db.membership.delete({
      where: { userId_workspaceId: { userId: editor.userId, workspaceId: owner.workspaceId } },
    });
    expect(await getActorForApiToken(token)).toBeNull();
  });

  it("stops working once revoked", async () => {
    const owner = await newOwner();
    const { id, token } = await createApiToken(owner, "temp");
    expect(await getActorForApiToken(token)).not.toBeNull();
    const revoked = await revokeApiToken(owner, id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await getActorForApiToken(token)).toBeNull();
    // Revoking again is harmless.
    expect((await revokeApiToken(owner, id)).revokedAt).toEqual(revoked.revokedAt);
  });

  it("rejects unknown and malformed tokens", async () => {
    expect(await getActorForApiToken("fp_" + "a".repeat(43))).toBeNull();
    expect(await getActorForApiToken("not-a-token")).toBeNull();
    expect(await getActorForApiToken("")).toBeNull();
  });

  it("lets only the token's user (or an owner of its workspace) revoke it", async () => {
    const owner = await newOwner();
    const editor = await newMember(owner, "editor");
    const viewer = await newMember(owner, "viewer");
    const outsider = await newOwner();
    const { id, token } = await createApiToken(editor, "mine");
    await expect(revokeApiToken(viewer, id).catch(code)).resolves.toBe("not_found");
    await expect(revokeApiToken(outsider, id).catch(code)).resolves.toBe("not_found");
    expect(await getActorForApiToken(token)).not.toBeNull();
    await revokeApiToken(owner, id);
    expect(await getActorForApiToken(token)).toBeNull();
  });

  it("creates a token for an email (the CLI)", async () => {
    const owner = await newOwner();
    const { token } = await createApiTokenForEmail(owner.email.toUpperCase());
    expect(await getActorForApiToken(token)).toEqual({
      userId: owner.userId,
      workspaceId: owner.workspaceId,
      role: "owner",
    });
    await expect(createApiTokenForEmail(uniqueEmail("ghost")).catch(code)).resolves.toBe("not_found");
  });
});
