import type { Server } from "node:http";
import type { ServerTimeouts } from "./server.mjs";

/** The process event the live event streams end on when the server stops. */
export const DRAIN_EVENT: "flightplan:drain";
/** KEEP_ALIVE_TIMEOUT_MS, HEADERS_TIMEOUT_MS and SHUTDOWN_GRACE_MS, validated, with their defaults. */
export function serverTimeouts(env?: Record<string, string | undefined>): ServerTimeouts;
/** Sets the timeouts; `stop()` stops gracefully and resolves with the number of answers cut at the deadline. */
export function manageConnections(server: Server, timeouts: ServerTimeouts): { stop(): Promise<number> };
