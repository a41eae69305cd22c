import "server-only";
import { promisify } from "node:util";
import zlib from "node:zlib";

/**
 * Big JSON answers that are the same bytes for everyone until the plan changes (the plan, the task
 * index, the roadmap), compressed once per version instead of once per request. Compressing a
 * 5,000-task plan (3-4 MB) takes 100-300 ms of CPU on a small machine; done per request it alone
 * would break "plan read p95 < 100 ms at 10 connections".
 *
 * The production server (scripts/server.mjs) compresses every other answer per request. Next
 * drops a route handler's Content-Encoding, so a body compressed here goes out with
 * PRE_ENCODED_HEADER, which that server renames to Content-Encoding before the headers are sent.
 * It says so with FLIGHTPLAN_PRE_ENCODED=1; without it (`next dev`) answers are plain.
 *
 * `key` must name the exact bytes (plan id + version, the roadmap's ETag): the cache is per process,
 * but every process computes the same body for the same key, so it is right on every instance.
 */

/** The same name as in scripts/server.mjs (encoded-json.test.ts checks). */
export const PRE_ENCODED_HEADER = "x-flightplan-content-encoding";

type Encoding = "br" | "gzip";

/** Below this the bytes saved do not pay for a cache entry (and the server's threshold is 1 KB). */
const MIN_BYTES = 8 * 1024;
/** Bodies kept, across plans and encodings (a 5,000-task plan is ~500 KB compressed, 4 MB plain). */
const MAX_CACHED_BYTES = 64 * 1024 * 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

type Entry = { bytes: Promise<Buffer>; size: number };
const cache = new Map<string, Entry>();
let cachedBytes = 0;

export const preEncodingEnabled = (): boolean => process.env.FLIGHTPLAN_PRE_ENCODED === "1";

/** The client's preferred encoding of the two kept here (brotli first), or null (identity). */
export function acceptedEncoding(header: string | null): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const weight = (e: Encoding) => q.get(e) ?? q.get("*") ?? 0;
  if (weight("br") > 0 && weight("br") >= weight("gzip")) return "br";
  if (weight("gzip") > 0) return "gzip";
  return null;
}

function compress(body: Uint8Array<ArrayBuffer>, encoding: Encoding | "identity"): Promise<Buffer> {
  if (encoding === "identity") return Promise.resolve(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  // Off the event loop (libuv thread pool). Brotli 4 / gzip 6 cost the same (~80 ms for a 5,000-task plan,
  // 4.1 MB → 510 / 530 KB); brotli 5 saves 5% more for twice the time.
  return encoding === "br"
    ? brotli(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
      })
    : gzip(body, { level: 6 });
}

/**
 * The body compressed, once per key and encoding; concurrent first requests share one compression.
 * "identity" keeps the plain UTF-8 bytes: encoding a 4 MB string per request (a client that asks
 * for no compression, such as curl or a CI job) took half of that request's time on the event loop.
 */
function encodedOnce(
  key: string,
  encoding: Encoding | "identity",
  body: () => Uint8Array<ArrayBuffer>,
): Promise<Buffer> {
  const id = `${encoding}:${key}`;
  const hit = cache.get(id);
  if (hit) {
    cache.delete(id); // most recently used last (Map keeps insertion order)
    cache.set(id, hit);
    return hit.bytes;
  }
  const entry: Entry = { bytes: compress(body(), encoding), size: 0 };
  cache.set(id, entry);
  entry.bytes.then(
    (bytes) => {
      if (cache.get(id) !== entry) return;
      entry.size = bytes.byteLength;
      cachedBytes += entry.size;
      for (const [oldId, old] of cache) {
        if (cachedBytes <= MAX_CACHED_BYTES) break;
        cache.delete(oldId);
        cachedBytes -= old.size;
      }
    },
    () => {
      if (cache.get(id) === entry) cache.delete(id);
    },
  );
  return entry.bytes;
}

const encoder = new TextEncoder();

/**
 * A 200 JSON answer of `json`, compressed once per `key` when the client accepts brotli or gzip and
 * the production server is in front; plain otherwise. Vary: Accept-Encoding either way.
 */
export async function encodedJson(
  req: Request,
  key: string,
  json: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const plain = { ...headers, "content-type": "application/json", vary: "Accept-Encoding" };
  const encoding = preEncodingEnabled() ? acceptedEncoding(req.headers.get("accept-encoding")) : null;
  // A string's UTF-8 length is at least its length: short ones are not worth a look.
  if (json.length < MIN_BYTES) return new Response(json, { headers: plain });
  if (!encoding) {
    if (typeof json !== "string") return new Response(json, { headers: plain });
    const utf8 = await encodedOnce(key, "identity", () => encoder.encode(json));
    return new Response(utf8 as Buffer<ArrayBuffer>, { headers: plain });
  }
  const bytes = await encodedOnce(key, encoding, () => (typeof json === "string" ? encoder.encode(json) : json));
  // zlib's result is a Buffer over a plain ArrayBuffer (never shared memory).
  return new Response(bytes as Buffer<ArrayBuffer>, { headers: { ...plain, [PRE_ENCODED_HEADER]: encoding } });
}

/** For tests: forget what was compressed. */
export function clearEncodedCache(): void {
  cache.clear();
  cachedBytes = 0;
}
