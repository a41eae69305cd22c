// The production HTTP server: `next start`'s job (a production build, `next({ dev: false })`) plus
// the one compression layer of the app. Used by `npm start`, the e2e web server and the benches.
//
//   node scripts/server.mjs [-p PORT] [-H HOST]     (PORT env, default 3000; default host: all)
//
// Why not `next start`: Next 16 compresses pages but never a route handler's answer. Its
// send-response copies a Web Response's headers with appendHeader, which stores Content-Type as an
// array, and its compression filter only understands a string, so every API answer goes out
// plain (a 5,000-task plan is 3-4 MB); it also drops a Content-Encoding the handler sets. Here:
// - next.config.mjs has `compress: false`, and `compression` (gzip/brotli, per request, in the
//   libuv thread pool) runs in front of Next with a filter that reads Next's array headers and
//   leaves `text/event-stream` alone (the live stream must go out unbuffered, event by event);
// - a body the app compressed once (lib/api/encoded-json.ts: the plan, the task index, the
//   roadmap, each keyed by plan version) comes with the private header PRE_ENCODED_HEADER; it is
//   renamed to Content-Encoding just before the headers are written, so the middleware sees an
//   encoded body and passes it through. FLIGHTPLAN_PRE_ENCODED=1 tells the app this server runs
//   in front of it (under `next dev` the app sends plain JSON).
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import { authSecretProblem } from "./auth-secret.mjs";
import { manageConnections, serverTimeouts } from "./server-lifecycle.mjs";

export const PRE_ENCODED_HEADER = "x-flightplan-content-encoding";
const PRE_ENCODINGS = new Set(["br", "gzip"]);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function args(argv) {
  const out = { port: Number(process.env.PORT || 3000), hostname: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "-p" || argv[i] === "--port") out.port = Number(argv[++i]);
    else if (argv[i] === "-H" || argv[i] === "--hostname") out.hostname = argv[++i];
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error(`bad port: ${out.port}`);
  return out;
}

/** Next's route answers carry Content-Type as a one-element array; compression wants a string. */
function headerText(res, name) {
  const value = res.getHeader(name);
  return Array.isArray(value) ? value.join(", ") : value === undefined ? "" : String(value);
}

export function shouldCompress(req, res) {
  const type = headerText(res, "content-type");
  if (!type) return false;
  // Server-sent events: compression would hold events back until a zlib block fills.
  if (/^text\/event-stream\b/i.test(type)) return false;
  res.setHeader("Content-Type", type);
  return compression.filter(req, res);
}

/**
 * Turns the app's PRE_ENCODED_HEADER into Content-Encoding right before the headers go out.
 * Installed after the compression middleware wrapped writeHead, so it runs first and the
 * middleware then sees an already encoded body.
 */
function labelPreEncoded(res) {
  const writeHead = res.writeHead;
  res.writeHead = function labelledWriteHead(...rest) {
    const encoding = headerText(res, PRE_ENCODED_HEADER);
    if (encoding) {
      res.removeHeader(PRE_ENCODED_HEADER);
      if (PRE_ENCODINGS.has(encoding)) res.setHeader("Content-Encoding", encoding);
    }
    return writeHead.apply(this, rest);
  };
}

export async function startServer({ port, hostname, dir = ROOT, timeouts = serverTimeouts() }) {
  process.env.FLIGHTPLAN_PRE_ENCODED = "1";
  // A production server whoever starts it (Next reads NODE_ENV while it loads).
  process.env.NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const compress = compression({ filter: shouldCompress });
  const server = http.createServer((req, res) => {
    compress(req, res, () => {
      labelPreEncoded(res);
      handle(req, res).catch((err) => {
        console.error(`[server] ${req.method} ${req.url?.split("?")[0]} failed:`, err);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });
  const { stop } = manageConnections(server, timeouts);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  return Object.assign(server, { stop });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { port, hostname } = args(process.argv.slice(2));
  process.env.PORT = String(port);
  process.title = "flightplan-server";
  let timeouts;
  try {
    const secretProblem = authSecretProblem();
    if (secretProblem) throw new Error(secretProblem);
    timeouts = serverTimeouts();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  const server = await startServer({ port, hostname, timeouts });
  console.log(`Flightplan listening on http://${hostname ?? "localhost"}:${port}`);
  // Finish what is in flight, end the event streams, then exit (scripts/server-lifecycle.mjs); a
  // second signal exits at once.
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ]) {
    process.on(signal, () => {
      if (server.stopping) process.exit(code);
      server.stopping = true;
      void server.stop().then(() => process.exit(code));
    });
  }
}
