import "server-only";
import { listenToPlanChanges } from "@/lib/server/db/notifications";

/**
 * One LISTEN connection per process (Prisma cannot LISTEN), fanned out to this process's event
 * streams by plan id. Every instance listens, and every change NOTIFYs in its transaction, so a
 * change made through any instance reaches the streams of all of them (the event log's trigger NOTIFYs, lib/server/db/events.ts). Payloads are only
 * `{ planId, version }`; clients fetch what changed. Nothing is replayed by PostgreSQL: a client
 * that reconnects catches up from its own version. The same connection hears access changes
 * (`{ userId }`), on which the streams check their reader's access again (open-streams.ts).
 */

export type PlanEvent = { planId: string; version: number };
type Listener = (event: PlanEvent) => void;
/** A session, membership or API token of this user changed. */
export type AccessEvent = { userId: string };
type AccessListener = (event: AccessEvent) => void;

const RETRY_MS = 1000;

class PlanEventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly accessListeners = new Set<AccessListener>();
  private client: { end: () => Promise<void> } | null = null;
  private connecting: Promise<void> | null = null;

  /** Calls `listener` with each new version of the plan until the returned function is called. */
  async subscribe(planId: string, listener: Listener): Promise<() => void> {
    let set = this.listeners.get(planId);
    if (!set) this.listeners.set(planId, (set = new Set()));
    set.add(listener);
    await this.connect();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(planId);
    };
  }

  /** Calls `listener` with each access change of any user until the returned function is called. */
  async subscribeAccess(listener: AccessListener): Promise<() => void> {
    this.accessListeners.add(listener);
    await this.connect();
    return () => this.accessListeners.delete(listener);
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.open().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async open(): Promise<void> {
    const connection: { current: { end: () => Promise<void> } | null } = { current: null };
    const client = await listenToPlanChanges(
      { onPlan: (payload) => this.dispatch(payload), onAccess: (payload) => this.dispatchAccess(payload) },
      () => this.drop(connection.current),
    );
    connection.current = client;
    this.client = client;
  }

  /** A lost connection: reconnect while anyone listens (clients catch up by version meanwhile). */
  private drop(client: { end: () => Promise<void> } | null) {
    if (!client || this.client !== client) return;
    this.client = null;
    void client.end();
    const retry = () => {
      if ((this.listeners.size === 0 && this.accessListeners.size === 0) || this.client) return;
      this.connect().catch(() => setTimeout(retry, RETRY_MS).unref());
    };
    setTimeout(retry, RETRY_MS).unref();
  }

  private dispatch(payload: string | undefined) {
    let event: PlanEvent;
    try {
      event = JSON.parse(payload ?? "") as PlanEvent;
    } catch {
      return;
    }
    if (typeof event.planId !== "string" || typeof event.version !== "number") return;
    for (const listener of this.listeners.get(event.planId) ?? [])
      listener({ planId: event.planId, version: event.version });
  }
  private dispatchAccess(payload: string | undefined) {
    let event: AccessEvent;
    try {
      event = JSON.parse(payload ?? "") as AccessEvent;
    } catch {
      return;
    }
    if (typeof event.userId !== "string") return;
    for (const listener of this.accessListeners) listener({ userId: event.userId });
  }
}

const holder = globalThis as unknown as { __flightplanPlanEvents?: PlanEventHub };
export const planEvents: PlanEventHub = (holder.__flightplanPlanEvents ??= new PlanEventHub());
