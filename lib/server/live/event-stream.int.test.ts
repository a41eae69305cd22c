import { describe, expect, it } from "vitest";
import { actorForCredential, type RequestCredential } from "@/lib/server/users/credentials";
import type { Actor } from "@/lib/server/actor";
import { importPlan } from "@/lib/server/plans";
import { generatePlanMarkdown } from "@/lib/server/testing/generate-plan";
import { newMember, newOwner, rawClientForFile } from "@/lib/server/testing/helpers";
import { createApiToken, revokeApiToken } from "@/lib/server/tokens/api-tokens";
import { endSession, startSession } from "@/lib/server/users/sessions";
import { removeMember, setMemberRole } from "@/lib/server/workspaces/members";
import { openPlanEventStream } from "./event-stream";

const raw = rawClientForFile();

/** A stream's reader: what it has said so far, and whether it has ended. */
function watch(res: Response) {
  const reader = res.body!.getReader();
  const state = { text: "", ended: false };
  const decoder = new TextDecoder();
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      state.text += decoder.decode(value);
    }
    state.ended = true;
  })();
  return { state, stop: () => reader.cancel().catch(() => undefined) };
}

const until = async (what: () => boolean, ms: number) => {
  const t0 = Date.now();
  while (!what() && Date.now() - t0 < ms) await new Promise((r) => setTimeout(r, 25));
  return what();
};

/** A viewer with a session, their plan's stream open with that session as its credential. */
async function viewerStream(options: { heartbeatMs?: number } = {}) {
  const owner = await newOwner();
  const viewer = await newMember(owner, "viewer");
  const plan = await importPlan(owner, { input: generatePlanMarkdown(2) });
  const credential: RequestCredential = {
    kind: "session",
    userId: viewer.userId,
    sessionId: await startSession(viewer.userId),
  };
  const res = await openPlanEventStream(viewer, plan.id, new AbortController().signal, {
    recheck: () => actorForCredential(credential),
    ...options,
  });
  const stream = watch(res);
  expect(await until(() => stream.state.text.includes(`"planId":"${plan.id}"`), 5_000)).toBe(true);
  return { owner, viewer, plan, credential, stream };
}

describe("a live stream ends when its reader's access ends, on every instance", () => {
  it("when the member is removed from the workspace", async () => {
    const { owner, viewer, stream } = await viewerStream();
    await removeMember(owner, viewer.userId);
    // The notification, not the 15 s heartbeat.
    expect(await until(() => stream.state.ended, 5_000)).toBe(true);
  });

  it("when the session ends (sign-out)", async () => {
    const { credential, stream } = await viewerStream();
    await endSession((credential as { sessionId: string }).sessionId);
    expect(await until(() => stream.state.ended, 5_000)).toBe(true);
  });

  it("when the API token it was opened with is revoked", async () => {
    const owner = await newOwner();
    const editor: Actor = await newMember(owner, "editor");
    const plan = await importPlan(owner, { input: generatePlanMarkdown(2) });
    const { id, token } = await createApiToken(editor, "ci");
    const res = await openPlanEventStream(editor, plan.id, new AbortController().signal, {
      recheck: () => actorForCredential({ kind: "token", token }),
    });
    const stream = watch(res);
    expect(await until(() => stream.state.text.includes("data:"), 5_000)).toBe(true);
    await revokeApiToken(editor, id);
    expect(await until(() => stream.state.ended, 5_000)).toBe(true);
  });

  it("at the next heartbeat when no notification came (a change made behind the app's back)", async () => {
    const { viewer, stream } = await viewerStream({ heartbeatMs: 300 });
    // Triggers off for this statement's session: the membership goes without a NOTIFY.
    await raw().query("BEGIN");
    await raw().query("SET LOCAL session_replication_role = replica");
    await raw().query("DELETE FROM memberships WHERE user_id = $1", [viewer.userId]);
    await raw().query("COMMIT");
    expect(await until(() => stream.state.ended, 5_000)).toBe(true);
  });

  it("but goes on when the member keeps plan.read (a viewer made editor)", async () => {
    const { owner, viewer, stream } = await viewerStream({ heartbeatMs: 300 });
    await setMemberRole(owner, viewer.userId, "editor");
    await new Promise((r) => setTimeout(r, 1_000));
    expect(stream.state.ended).toBe(false);
    expect(stream.state.text).toContain(": ping");
    await stream.stop();
  });
});
