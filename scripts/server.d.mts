import type { Server } from "node:http";

/** The response header the app sets on a body it compressed itself (lib/api/encoded-json.ts). */
export const PRE_ENCODED_HEADER: string;
/** The compression filter: Next's array headers read as text; never the event stream. */
export function shouldCompress(
  req: unknown,
  res: { getHeader(name: string): unknown; setHeader(name: string, value: string): unknown },
): boolean;
/**
 * Next (production build in `dir`, default the checkout) behind compression, listening on
 * port/hostname, with the timeouts of scripts/server-lifecycle.mjs; `stop()` stops it gracefully.
 */
export function startServer(options: {
  port: number;
  hostname?: string;
  dir?: string;
  timeouts?: ServerTimeouts;
}): Promise<Server & { stop(): Promise<number> }>;

export type ServerTimeouts = { keepAliveTimeoutMs: number; headersTimeoutMs: number; shutdownGraceMs: number };
