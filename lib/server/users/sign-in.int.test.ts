import bcrypt from "bcryptjs";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import { countQueries, newMember, newOwner, PASSWORD, uniqueEmail } from "@/lib/server/testing/helpers";
import { removeMember } from "@/lib/server/workspaces/members";
import { changePassword, registerAccount, signUpUser, verifyUserPassword } from "@/lib/server/users/accounts";
import { endSession, getActorForSession, startSession } from "@/lib/server/users/sessions";
import {
  countSignInAttempt,
  forgiveSignInAttempt,
  MAX_ATTEMPTS_PER_ACCOUNT,
  signInBlockedFor,
} from "@/lib/server/users/sign-in-limits";

afterAll(async () => {
  await db.$disconnect();
});

const code = (e: unknown) => (e instanceof AppError ? e.code : e);

describe("passwords", () => {
  it("are argon2id hashes; the whole password counts (no 72-byte cut)", async () => {
    const long = "x".repeat(80) + "-the-tail";
    const email = uniqueEmail("long");
    const user = await signUpUser({ email, password: long, name: "Long" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/,
    );
    expect(await verifyUserPassword(email, long)).toMatchObject({ id: user.id });
    expect(await verifyUserPassword(email, "x".repeat(80) + "-other-tail")).toBeNull();
  });

  it("old bcrypt hashes still verify and are replaced by argon2id at sign-in", async () => {
    const owner = await newOwner();
    await db.user.update({ where: { id: owner.userId }, data: { passwordHash: bcrypt.hashSync(PASSWORD, 4) } });
    expect(await verifyUserPassword(owner.email, "wrong password")).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.userId } })).passwordHash).toMatch(/^\$2[aby]\$/);
    expect(await verifyUserPassword(owner.email, PASSWORD)).toMatchObject({ id: owner.userId });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.userId } })).passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyUserPassword(owner.email, PASSWORD)).toMatchObject({ id: owner.userId });
  });

  it("the most common passwords are refused", async () => {
    for (const password of ["password", "12345678", "Password1", "qwertyuiop"]) {
      await expect(
        signUpUser({ email: uniqueEmail("common"), password, name: "C" }).catch(code),
        password,
      ).resolves.toBe("bad_request");
    }
  });
});

describe("sign-up does not tell whether an email has an account", () => {
  it("a taken email answers like a new one and changes nothing", async () => {
    const owner = await newOwner();
    const before = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    await expect(
      registerAccount({ email: owner.email, password: "something-else-entirely", name: "Intruder" }),
    ).resolves.toBeUndefined();
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.userId } })).toEqual(before);
    const fresh = uniqueEmail("fresh");
    await expect(registerAccount({ email: fresh, password: PASSWORD, name: "Fresh" })).resolves.toBeUndefined();
    expect(await verifyUserPassword(fresh, PASSWORD)).not.toBeNull();
  });
});

describe("sign-in rate limits (in PostgreSQL)", () => {
  it("refuses an account after its limit, even a parallel flood, with a retry time", async () => {
    const email = uniqueEmail("flood");
    const address = `test-${Math.random()}`;
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => countSignInAttempt(email, address)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_ATTEMPTS_PER_ACCOUNT);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "too_many_requests" });
    expect((refused.reason as AppError).retryAfterSeconds).toBeGreaterThan(0);
    expect((refused.reason as AppError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(await signInBlockedFor(email, address)).toBeGreaterThan(0);
    // Another account from another address is not affected.
    await expect(countSignInAttempt(uniqueEmail("other"), `other-${Math.random()}`)).resolves.toBeUndefined();
  });

  it("a successful sign-in gives its attempt back", async () => {
    const email = uniqueEmail("ok");
    const address = `ok-${Math.random()}`;
    for (let i = 0; i < MAX_ATTEMPTS_PER_ACCOUNT * 2; i++) {
      await countSignInAttempt(email, address);
      await forgiveSignInAttempt(email, address);
    }
    expect(await signInBlockedFor(email, address)).toBe(0);
  });
});

describe("sessions", () => {
  it("are checked per request in one query; ended sessions stop at once", async () => {
    const owner = await newOwner();
    const sid = await startSession(owner.userId);
    const { result, queries } = await countQueries(() => getActorForSession(sid, owner.userId));
    expect(result).toEqual({ userId: owner.userId, workspaceId: owner.workspaceId, role: "owner" });
    expect(queries.filter((q) => /select/i.test(q))).toHaveLength(1);
    expect(await getActorForSession(sid, "someone-else")).toBeNull();
    await endSession(sid);
    expect(await getActorForSession(sid, owner.userId)).toBeNull();
  });

  it("a password change ends every other session and keeps the current one", async () => {
    const owner = await newOwner();
    const current = await startSession(owner.userId);
    const other = await startSession(owner.userId);
    await expect(
      changePassword(owner.userId, { current: "wrong", next: "a-new-long-secret", keepSession: current }).catch(code),
    ).resolves.toBe("unauthorized");
    await expect(
      changePassword(owner.userId, { current: PASSWORD, next: "password", keepSession: current }).catch(code),
    ).resolves.toBe("bad_request");
    expect(await getActorForSession(other, owner.userId)).not.toBeNull();
    await expect(
      changePassword(owner.userId, { current: PASSWORD, next: "a-new-long-secret", keepSession: current }),
    ).resolves.toEqual({ endedSessions: 1 });
    expect(await getActorForSession(other, owner.userId)).toBeNull();
    expect(await getActorForSession(current, owner.userId)).not.toBeNull();
    expect(await verifyUserPassword(owner.email, "a-new-long-secret")).not.toBeNull();
    expect(await verifyUserPassword(owner.email, PASSWORD)).toBeNull();
  });

  it("removal from a workspace ends the member's sessions at once; the last owner stays", async () => {
    const owner = await newOwner();
    const editor = await newMember(owner, "editor");
    const sid = await startSession(editor.userId);
    expect(await getActorForSession(sid, editor.userId)).toMatchObject({
      workspaceId: owner.workspaceId,
      role: "editor",
    });
    await expect(removeMember(editor, owner.userId).catch(code)).resolves.toBe("forbidden");
    await removeMember(owner, editor.userId);
    expect(await getActorForSession(sid, editor.userId)).toBeNull();
    expect(await db.session.count({ where: { userId: editor.userId } })).toBe(0);
    await expect(removeMember(owner, owner.userId).catch(code)).resolves.toBe("conflict");
  });
});
