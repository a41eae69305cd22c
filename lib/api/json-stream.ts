/**
 * JSON.stringify(value), byte for byte, as a stream that yields to the event loop between
 * chunks: a 100,000-item plan is ~15 MB of JSON, which stringified and written in one go holds
 * every other request for a quarter of a second. Objects without arrays inside (an item, an
 * estimate) are stringified natively; arrays and the objects holding them are walked.
 */

const CHUNK_CHARS = 64 * 1024;

const skipped = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";

function hasArray(o: object): boolean {
  for (const v of Object.values(o)) if (Array.isArray(v) && v.length > 0) return true;
  return false;
}

/** The pieces of JSON.stringify(value) in order (value already past toJSON). */
function* pieces(input: unknown): Generator<string> {
  let value = input;
  if (value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      const v: unknown = value[i];
      if (skipped(v)) yield "null";
      else yield* pieces(v);
    }
    yield "]";
    return;
  }
  if (value === null || typeof value !== "object" || !hasArray(value)) {
    yield JSON.stringify(value) ?? "null";
    return;
  }
  let first = true;
  yield "{";
  for (const [k, v] of Object.entries(value)) {
    if (skipped(v)) continue;
    yield `${first ? "" : ","}${JSON.stringify(k)}:`;
    first = false;
    yield* pieces(v);
  }
  yield "}";
}

/** UTF-8 chunks of ~64 KB; each one is made in its own turn of the event loop. */
export function jsonStream(value: unknown): ReadableStream<Uint8Array> {
  const it = pieces(value);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      let chunk = "";
      for (let r = it.next(); ; r = it.next()) {
        if (r.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += r.value;
        if (chunk.length >= CHUNK_CHARS) break;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}

/** A JSON response streamed by jsonStream (same bytes as NextResponse.json). */
export function streamedJson(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(jsonStream(value), { status, headers: { "content-type": "application/json", ...headers } });
}

/**
 * A long text as a stream of UTF-8 chunks of ~64K characters, each encoded in its own turn of
 * the event loop (a 2 MB export written as one string was 300 ms of encoding on a loaded
 * machine). A cut never falls inside a surrogate pair, so the bytes are the text's UTF-8.
 */
export function textStream(text: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let at = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (at > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      let end = Math.min(text.length, at + CHUNK_CHARS);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      controller.enqueue(encoder.encode(text.slice(at, end)));
      at = end;
      if (at >= text.length) controller.close();
    },
  });
}
