import "server-only";
import { planEvents } from "./plan-events";

/**
 * The live event streams open in this process, by the user reading them, so that an access change
 * (heard on the LISTEN connection, from whichever instance made it) makes that user's streams
 * check their access again, and so that a stopping server can end them all.
 */

export type OpenStream = { userId: string; recheck(): void; end(): void };

/** The process event scripts/server.mjs emits when it stops (DRAIN_EVENT in scripts/server-lifecycle.mjs). */
export const DRAIN_EVENT = "flightplan:drain";

class OpenStreams {
  private readonly byUser = new Map<string, Set<OpenStream>>();
  private listening = false;

  /** Registers an open stream until the returned function is called. */
  add(stream: OpenStream): () => void {
    this.listen();
    let set = this.byUser.get(stream.userId);
    if (!set) this.byUser.set(stream.userId, (set = new Set()));
    set.add(stream);
    return () => {
      set.delete(stream);
      if (set.size === 0) this.byUser.delete(stream.userId);
    };
  }

  get size(): number {
    let n = 0;
    for (const set of this.byUser.values()) n += set.size;
    return n;
  }

  private listen() {
    if (this.listening) return;
    this.listening = true;
    // The streams' own heartbeats re-check too: a notification missed while the LISTEN connection
    // was down costs at most one heartbeat.
    planEvents
      .subscribeAccess(({ userId }) => {
        for (const stream of this.byUser.get(userId) ?? []) stream.recheck();
      })
      .catch(() => (this.listening = false));
    process.on(DRAIN_EVENT, () => {
      for (const set of [...this.byUser.values()]) for (const stream of [...set]) stream.end();
    });
  }
}

const holder = globalThis as unknown as { __flightplanOpenStreams?: OpenStreams };
export const openStreams: OpenStreams = (holder.__flightplanOpenStreams ??= new OpenStreams());
