import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { ZodError, type ZodType, type z } from "zod";
import { AppError, errorBody, isAppError } from "@/lib/errors";
import { MAX_PLAN_BYTES } from "@/lib/markdown";
import { resolveRequestActor } from "@/lib/auth";
import { MAX_JSON_DEPTH, jsonNestingExceeds } from "@/lib/security/json-depth";
import { databaseUnavailable } from "@/lib/server/db/unavailable";
import { assertCan, type Action } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import {
  assertJsonContentType,
  assertSameOrigin,
  assertStorableJson,
  hasBearer,
  hasUnstorableText,
  planUploadType,
} from "./request-guards";

/**
 * The one wrapper every REST route goes through:
 * - refuses changes that rely on the cookie but come from another origin (request-guards.ts);
 * - resolves the actor (Bearer token or Auth.js session cookie) and checks the route's action
 *   against the permission table (lib/permissions.ts);
 * - hands the handler typed route params (Next 16 passes them as a Promise);
 * - maps errors: AppError → its status, ZodError → 400, anything else → 500 with a generic body
 *   (details go to the server log only). Unreadable plan input becomes an AppError where it is
 *   parsed (lib/server/plans/input.ts).
 * All error bodies are `{ error: { code, message } }`.
 */

type Params = Record<string, string | string[] | undefined>;
type RouteContext<P extends Params> = { params: Promise<P> };
type Result = Response | object | null | undefined;

export type HandlerArgs<P extends Params, A> = { req: NextRequest; params: P; actor: A };

/** What the route does, checked before the handler runs (the data layer checks it again). */
type ActorOptions = { action: Action; public?: false };
type PublicOptions = { public: true };

export function withActor<P extends Params = Params>(
  handler: (args: HandlerArgs<P, Actor>) => Promise<Result> | Result,
  options: ActorOptions,
): (req: NextRequest, ctx: RouteContext<P>) => Promise<Response>;
export function withActor<P extends Params = Params>(
  handler: (args: HandlerArgs<P, Actor | null>) => Promise<Result> | Result,
  options: PublicOptions,
): (req: NextRequest, ctx: RouteContext<P>) => Promise<Response>;
export function withActor<P extends Params = Params>(
  handler: (args: HandlerArgs<P, Actor>) => Promise<Result> | Result,
  options: ActorOptions | PublicOptions,
) {
  return async (req: NextRequest, ctx: RouteContext<P>): Promise<Response> => {
    let actor: Actor | null = null;
    try {
      const params = ((await ctx?.params) ?? {}) as P;
      if (!hasBearer(req)) assertSameOrigin(req);
      for (const value of Object.values(params)) {
        for (const v of Array.isArray(value) ? value : [value]) {
          if (v !== undefined && hasUnstorableText(v))
            throw new AppError("bad_request", "The address contains characters no id can have.");
        }
      }
      if (!options.public) {
        actor = await resolveRequestActor(req);
        if (!actor) throw new AppError("unauthorized", "Sign in or send an API token (Authorization: Bearer <token>).");
        assertCan(actor, options.action);
      }
      // For public routes the handler was declared with `Actor | null`.
      const result = await handler({ req, params, actor: actor as Actor });
      return privateIfSignedIn(result instanceof Response ? result : NextResponse.json(result ?? null), actor);
    } catch (err) {
      return privateIfSignedIn(errorResponse(err, req), actor);
    }
  };
}

/**
 * What an authenticated request gets is the actor's own data: no shared or browser cache keeps it.
 * A route's `no-transform` (the event stream: no proxy may compress or buffer it) stays.
 */
function privateIfSignedIn(res: Response, actor: Actor | null): Response {
  if (actor)
    res.headers.set(
      "Cache-Control",
      /\bno-transform\b/i.test(res.headers.get("cache-control") ?? "") ? "no-store, no-transform" : "no-store",
    );
  return res;
}

export function errorResponse(err: unknown, req?: Request): Response {
  if (isAppError(err)) {
    const headers = err.retryAfterSeconds ? { "Retry-After": String(err.retryAfterSeconds) } : undefined;
    return NextResponse.json(err.toBody(), { status: err.status, headers });
  }
  if (err instanceof ZodError) {
    const first = err.issues[0];
    const where = first && first.path.length ? `${first.path.join(".")}: ` : "";
    return NextResponse.json(
      {
        ...errorBody("bad_request", `Invalid input. ${where}${first?.message ?? ""}`.trim()),
        issues: err.issues.map((i) => ({ path: i.path, message: i.message })),
      },
      { status: 400 },
    );
  }
  const where = req ? `${req.method} ${new URL(req.url).pathname}` : "request";
  // Nobody reads this answer: the client went away (a closed tab, a cancelled fetch) mid-request.
  if (isClientAbort(err, req)) console.warn(`[api] ${where}: the client closed the connection before the answer`);
  else {
    // PostgreSQL down or restarting, or no free connection in time: try again shortly (nothing was written).
    const unavailable = databaseUnavailable(err);
    if (unavailable) {
      console.warn(`[api] ${where}: the database is unavailable (${unavailable.reason})`);
      return NextResponse.json(
        errorBody("unavailable", "The database is busy or unreachable right now. Try again in a moment."),
        { status: 503, headers: { "Retry-After": String(unavailable.retryAfterSeconds) } },
      );
    }
    console.error(`[api] ${where} failed:`, redact(err));
  }
  return NextResponse.json(errorBody("internal", "Something went wrong on the server."), { status: 500 });
}

/**
 * The request's connection closed before we answered: Node fails the body read with
 * `Error: aborted` (code ECONNRESET), and Next aborts the request's signal. Not a server error.
 */
export function isClientAbort(err: unknown, req?: Request): boolean {
  if (req?.signal.aborted) return true;
  for (let cur: unknown = err, depth = 0; cur && typeof cur === "object" && depth < 5; depth++) {
    const e = cur as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown };
    // Exactly node:http's abortIncoming error: an ECONNRESET from the database socket is a real failure.
    if ((e.code === "ECONNRESET" && e.message === "aborted") || e.name === "ResponseAborted") return true;
    cur = e.cause;
  }
  return false;
}

/** Keep credentials out of the log: connection strings and bearer tokens are masked. */
function redact(err: unknown): string {
  const text = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^@\s/]+@/gi, "$1***@").replace(/(Bearer\s+)\S+/gi, "$1***");
}

/**
 * Parse a JSON body with a zod schema: not application/json → 415, bad JSON, nesting deeper than
 * MAX_JSON_DEPTH, NUL or unpaired surrogates → 400 bad_request, invalid shape → ZodError → 400.
 * The body's size is bounded by `maxBytes` (→ 413).
 */
export async function readJson<S extends ZodType>(
  req: Request,
  schema: S,
  maxBytes = 1024 * 1024,
): Promise<z.infer<S>> {
  assertJsonContentType(req);
  const bytes = await readBodyBytes(req, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  // Before parsing: 100,000 nested arrays are quick to refuse and slow to build.
  if (jsonNestingExceeds(text))
    throw new AppError("bad_request", `The request body is nested deeper than ${MAX_JSON_DEPTH} levels.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  assertStorableJson(data);
  return schema.parse(data);
}

/** The one upload limit: the engine's (a plan is refused above it anyway). */
export const MAX_UPLOAD_BYTES = MAX_PLAN_BYTES;
/** A multipart body is the file plus its part headers and boundaries. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Read a request body with a byte limit: refuses by Content-Length before reading, and again while
 * streaming (a missing or lying Content-Length cannot get past it). → 413 payload_too_large.
 */
export async function readBodyBytes(req: Request, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new AppError("payload_too_large", `The request body is larger than ${formatBytes(maxBytes)}.`);
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/**
 * A plan upload: `text/markdown` (or text/x-markdown) raw bytes, or `multipart/form-data` with a
 * `file` field; any other type → 415 (a cross-site form could send text/plain). Returns the raw bytes (the engine decodes them and
 * repairs encodings) and the file name if one came with it.
 */
export async function readPlanUpload(req: Request): Promise<{ input: Uint8Array; fileName?: string }> {
  const rawContentType = req.headers.get("content-type") ?? "";
  const type = planUploadType(req);
  const multipart = type === "multipart/form-data";
  const bytes = await readBodyBytes(req, MAX_UPLOAD_BYTES + (multipart ? MULTIPART_OVERHEAD_BYTES : 0));
  if (multipart) {
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, { headers: { "content-type": rawContentType } }).formData();
    } catch {
      throw new AppError("bad_request", "The multipart body could not be read.");
    }
    const file = form.get("file");
    if (!file || typeof file === "string") {
      throw new AppError("bad_request", 'Send the markdown as a multipart field named "file".');
    }
    const input = new Uint8Array(await file.arrayBuffer());
    if (input.byteLength > MAX_UPLOAD_BYTES)
      throw new AppError("payload_too_large", `The file is larger than ${formatBytes(MAX_UPLOAD_BYTES)}.`);
    return { input, fileName: file.name ? safeFileName(file.name) : undefined };
  }
  const fileName = req.headers.get("x-file-name") ?? undefined;
  return { input: bytes, fileName: fileName ? safeFileName(fileName) : undefined };
}

function safeFileName(name: string): string {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    /* keep as sent */
  }
  return Array.from(
    decoded.replace(
      /[\\/\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      "_",
    ),
  )
    .slice(0, 200)
    .join("");
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.round(n / 1024)} KB`;
}

export function json(data: unknown, status = 200): Response {
  return NextResponse.json(data, { status });
}
