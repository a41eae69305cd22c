/**
 * Whether an error means "the database cannot serve this request now" rather than "this request
 * is wrong": PostgreSQL is down, restarting or unreachable, or every pooled connection stayed busy
 * for DATABASE_WAIT_MS. The API answers those 503 with Retry-After (lib/api/handler.ts) instead of
 * a 500: the client should simply try again a moment later, and nothing was written.
 *
 * Recognised on the error or its causes, as each client raises it: node-postgres (socket codes,
 * SQLSTATE, pg-pool's connect timeout), Prisma (P1001 unreachable, P1002 timed out, P1017 closed,
 * P2024 pool timeout, P2028 no transaction within maxWait) and its driver adapter's error kinds.
 */
export type Unavailable = { reason: "unreachable" | "saturated"; retryAfterSeconds: number };

const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
/** SQLSTATE: too many connections, the server shutting down or starting up, out of resources. */
const SQLSTATES = new Set(["53000", "53100", "53200", "53300", "53400", "57P01", "57P02", "57P03"]);
const PRISMA_UNREACHABLE = new Set(["P1001", "P1002", "P1017"]);
const PRISMA_SATURATED = new Set(["P2024", "P2028"]);
const ADAPTER_UNREACHABLE = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNREACHABLE_MESSAGE =
  /Connection terminated|Can't reach database server|Client has encountered a connection error/i;
const SATURATED_MESSAGE = /timeout exceeded when trying to connect|Unable to start a transaction in the given time/i;

const UNREACHABLE: Unavailable = { reason: "unreachable", retryAfterSeconds: 5 };
const SATURATED: Unavailable = { reason: "saturated", retryAfterSeconds: 2 };

export function databaseUnavailable(err: unknown): Unavailable | null {
  for (let cur: unknown = err, depth = 0; cur && typeof cur === "object" && depth < 6; depth++) {
    const e = cur as {
      code?: unknown;
      message?: unknown;
      kind?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
      cause?: unknown;
    };
    const code = typeof e.code === "string" ? e.code : "";
    const message = typeof e.message === "string" ? e.message : "";
    const kind = e.kind ?? e.meta?.driverAdapterError?.cause?.kind;
    if (PRISMA_SATURATED.has(code) || SATURATED_MESSAGE.test(message)) return SATURATED;
    if (SOCKET_CODES.has(code) || SQLSTATES.has(code) || code.startsWith("08") || PRISMA_UNREACHABLE.has(code))
      return UNREACHABLE;
    if (typeof kind === "string" && ADAPTER_UNREACHABLE.has(kind)) return UNREACHABLE;
    if (UNREACHABLE_MESSAGE.test(message)) return UNREACHABLE;
    cur = e.cause;
  }
  return null;
}
