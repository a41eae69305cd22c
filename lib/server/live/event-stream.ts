import "server-only";
import type { Actor } from "@/lib/server/actor";
import { getPlanVersion } from "@/lib/server/plans/changes";
import { planEvents } from "./plan-events";

const HEARTBEAT_MS = 15_000;

/**
 * A server-sent event stream of one plan's versions: `data: {"planId","version"}` now and after
 * every change, a comment line as heartbeat, closed when the client goes. Never compressed (a
 * compressed stream arrives in chunks, late): the production server (scripts/server.mjs) leaves
 * text/event-stream alone, and no-transform / X-Accel-Buffering tell proxies the same.
 */
export async function openPlanEventStream(actor: Actor, planId: string, signal: AbortSignal): Promise<Response> {
  // Before the stream starts: a plan of another workspace is a 404, not an empty stream.
  const version = await getPlanVersion(actor, planId);
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
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
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
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
