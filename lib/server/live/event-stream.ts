import "server-only";
import { can } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { getPlanVersion } from "@/lib/server/plans/changes";
import { openStreams } from "./open-streams";
import { planEvents } from "./plan-events";

const HEARTBEAT_MS = 15_000;

export type StreamAccess = {
  /** The reader's actor now, from the credential the stream was opened with (null: no access any more). */
  recheck: () => Promise<Actor | null>;
  heartbeatMs?: number;
};

/**
 * A server-sent event stream of one plan's versions: `data: {"planId","version"}` now and after
 * every change, a comment line as heartbeat, closed when the client goes. Never compressed (a
 * compressed stream arrives in chunks, late): the production server (scripts/server.mjs) leaves
 * text/event-stream alone, and no-transform / X-Accel-Buffering tell proxies the same.
 *
 * The reader's access is checked again at every heartbeat and whenever any instance changes one
 * of the reader's sessions, memberships or tokens (open-streams.ts); the stream ends once the
 * session has ended, the token was revoked, or the membership is gone or its role may no longer
 * read the plan. A stopping server ends its streams (their pages reconnect to another instance).
 */
export async function openPlanEventStream(
  actor: Actor,
  planId: string,
  signal: AbortSignal,
  access: StreamAccess,
): Promise<Response> {
  // Before the stream starts: a plan of another workspace is a 404, not an empty stream.
  const version = await getPlanVersion(actor, planId);
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let ended = false;
      const send = (text: string) => {
        if (ended) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // Listen first, then say the current version: a change in between is then heard, never lost.
      const unsubscribe = await planEvents.subscribe(planId, (e) => send(`data: ${JSON.stringify(e)}\n\n`));
      const now = await getPlanVersion(actor, planId).catch(() => version);
      send(`retry: 1000\ndata: ${JSON.stringify({ planId, version: now })}\n\n`);
      const verify = stillAllowed(actor, access, () => cleanup());
      const unregister = openStreams.add({ userId: actor.userId, recheck: () => void verify(), end: () => cleanup() });
      const heartbeat = setInterval(
        () => void verify().then((ok) => ok && send(": ping\n\n")),
        access.heartbeatMs ?? HEARTBEAT_MS,
      );
      cleanup = () => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        unsubscribe();
        unregister();
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      };
      if (signal.aborted) cleanup();
      else signal.addEventListener("abort", () => cleanup(), { once: true });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}

/**
 * One access check at a time per stream; `end` runs when access is gone. A check that cannot reach
 * the database keeps the stream (its next heartbeat asks again): a blip must not drop every page.
 */
function stillAllowed(actor: Actor, access: StreamAccess, end: () => void): () => Promise<boolean> {
  let running: Promise<boolean> | null = null;
  return () =>
    (running ??= access
      .recheck()
      .then((now) => {
        const ok = !!now && now.workspaceId === actor.workspaceId && can(now.role, "plan.read");
        if (!ok) end();
        return ok;
      })
      .catch(() => true)
      .finally(() => (running = null)));
}
