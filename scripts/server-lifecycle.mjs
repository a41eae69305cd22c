// How the production server (scripts/server.mjs) keeps connections and how it stops.
//
// Keep-alive: behind a load balancer the app must keep an idle connection open longer than the
// balancer does (60 s is common: nginx's upstream keepalive_timeout, AWS ALB's idle timeout).
// With Node's default 5 s the app closes a connection just as the balancer sends the next request
// on it, and that request fails with a 502. The headers timeout must exceed the keep-alive
// timeout, or a request arriving on an old connection can be cut before its headers are read.
//
// Stopping (SIGTERM, SIGINT): stop accepting connections (a balancer sends new requests to the
// other instances), answer the requests in flight with `Connection: close`, end the live event
// streams (the `flightplan:drain` process event: their pages reconnect, through the balancer, to
// another instance), close idle connections, and exit when nothing is left or after the grace time.

export const DRAIN_EVENT = "flightplan:drain";

const DEFAULTS = { keepAliveTimeoutMs: 65_000, shutdownGraceMs: 10_000 };

function whole(env, name, fallback, { min = 0, max = 3_600_000 } = {}) {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(
      `${name} must be a whole number of milliseconds from ${min} to ${max} (got ${JSON.stringify(raw)})`,
    );
  return n;
}

/** KEEP_ALIVE_TIMEOUT_MS (default 65 s), HEADERS_TIMEOUT_MS (default 1 s above it), SHUTDOWN_GRACE_MS (default 10 s). */
export function serverTimeouts(env = process.env) {
  const keepAliveTimeoutMs = whole(env, "KEEP_ALIVE_TIMEOUT_MS", DEFAULTS.keepAliveTimeoutMs, { min: 1000 });
  const headersTimeoutMs = whole(env, "HEADERS_TIMEOUT_MS", keepAliveTimeoutMs + 1000, { min: 1000 });
  if (headersTimeoutMs <= keepAliveTimeoutMs)
    throw new Error(
      `HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must be above KEEP_ALIVE_TIMEOUT_MS (${keepAliveTimeoutMs})`,
    );
  const shutdownGraceMs = whole(env, "SHUTDOWN_GRACE_MS", DEFAULTS.shutdownGraceMs);
  return { keepAliveTimeoutMs, headersTimeoutMs, shutdownGraceMs };
}

/** Sets the timeouts on `server` and returns `stop()`, the graceful stop described above. */
export function manageConnections(server, timeouts) {
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  server.headersTimeout = timeouts.headersTimeoutMs;
  // Node's default (300 s) would also hold: only the request itself, never a long answer, counts.
  server.requestTimeout = Math.max(server.requestTimeout, timeouts.headersTimeoutMs);
  const inFlight = new Set();
  let draining = false;
  server.on("request", (_req, res) => {
    inFlight.add(res);
    if (draining) res.shouldKeepAlive = false;
    res.on("close", () => inFlight.delete(res));
  });

  let stopping = null;
  function stop() {
    stopping ??= new Promise((resolve) => {
      draining = true;
      server.close();
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      process.emit(DRAIN_EVENT);
      const deadline = Date.now() + timeouts.shutdownGraceMs;
      const poll = setInterval(() => {
        // A connection whose answer went out before the drain began is idle again now.
        server.closeIdleConnections();
        if (inFlight.size === 0 || Date.now() >= deadline) {
          clearInterval(poll);
          server.closeAllConnections();
          resolve(inFlight.size);
        }
      }, 50);
    });
    return stopping;
  }
  return { stop };
}
