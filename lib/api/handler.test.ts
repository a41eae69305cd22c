import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { MAX_JSON_DEPTH } from "@/lib/security/json-depth";
import { errorResponse, readBodyBytes, readJson, readPlanUpload, withActor } from "./handler";

/** Real Requests through the real wrapper; only paths that need no database are exercised here
 * (resolving a session or a valid token is covered by the integration and browser tests). */

const url = "http://localhost/api/test";
const ctx = { params: Promise.resolve({ id: "p1" }) };
const bodyOf = async (res: Response) =>
  (await res.json()) as { error?: { code: string; message: string }; issues?: unknown[] };

afterEach(() => vi.restoreAllMocks());

describe("withActor", () => {
  it("hands a public handler its params and serialises the result as JSON", async () => {
    const route = withActor<{ id: string }>(async ({ params }) => ({ got: params.id }), { public: true });
    const res = await route(new NextRequest(url), ctx);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ got: "p1" });
  });

  it("passes a Response through untouched", async () => {
    const route = withActor(async () => new Response("raw", { status: 202 }), { public: true });
    const res = await route(new NextRequest(url), ctx);
    expect(res.status).toBe(202);
    expect(await res.text()).toBe("raw");
  });

  it("refuses a malformed or unknown bearer token with 401 before the handler runs", async () => {
    const handler = vi.fn(async () => ({ ok: true }));
    const route = withActor(handler, { action: "plan.read" });
    for (const authorization of ["Bearer", "Basic abc", "Bearer not-one-of-ours"]) {
      const res = await route(new NextRequest(url, { headers: { authorization } }), ctx);
      expect(res.status).toBe(401);
      expect((await bodyOf(res)).error?.code).toBe("unauthorized");
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("maps an AppError thrown by the handler to its status and body", async () => {
    const route = withActor(
      async () => {
        throw new AppError("conflict", "Stale version.");
      },
      { public: true },
    );
    const res = await route(new NextRequest(url), ctx);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: "conflict", message: "Stale version." } });
  });

  it("maps a ZodError to 400 with the first issue in the message and all issues listed", async () => {
    const route = withActor(async () => z.object({ n: z.number() }).parse({ n: "x" }), { public: true });
    const res = await route(new NextRequest(url), ctx);
    const body = await bodyOf(res);
    expect(res.status).toBe(400);
    expect(body.error?.code).toBe("bad_request");
    expect(body.error?.message).toMatch(/^Invalid input\. n: /);
    expect(body.issues).toHaveLength(1);
  });

  it("hides anything else behind a generic 500 and logs it without credentials", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const route = withActor(
      async () => {
        throw new Error("connect postgresql://admin:hunter2@db:5432/app failed; Bearer fp_secret123");
      },
      { public: true },
    );
    const res = await route(new NextRequest(url, { method: "POST" }), ctx);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: "internal", message: "Something went wrong on the server." } });
    const logged = log.mock.calls.flat().join(" ");
    expect(logged).toContain("POST /api/test");
    expect(logged).not.toContain("hunter2");
    expect(logged).not.toContain("fp_secret123");
  });

  it("logs a request the client abandoned as one quiet line, not as a failure with a stack", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    // What node:http fails a body read with when the connection closes mid-request.
    const aborted = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.error(aborted);
      },
    });
    const route = withActor(async ({ req }) => readJson(req, z.object({ done: z.boolean() })), { public: true });
    const req = new NextRequest(url, {
      method: "PATCH",
      body,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as ConstructorParameters<typeof NextRequest>[1]);
    expect((await route(req, ctx)).status).toBe(500);
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]).toEqual(["[api] PATCH /api/test: the client closed the connection before the answer"]);

    // An aborted request signal says the same; an ECONNRESET from elsewhere (the database) is the
    // database being unavailable: 503, not the client's doing.
    const gone = new AbortController();
    gone.abort();
    const dbReset = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
    expect(errorResponse(new Error("anything"), new Request(url, { signal: gone.signal })).status).toBe(500);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(errorResponse(dbReset, new Request(url)).status).toBe(503);
    expect(warn.mock.calls[2]).toEqual(["[api] GET /api/test: the database is unavailable (unreachable)"]);
    expect(error).not.toHaveBeenCalled();
  });
});

describe("request bodies", () => {
  const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
    new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("readJson: invalid JSON is a 400 bad_request; a valid body is parsed by the schema", async () => {
    const schema = z.object({ done: z.boolean() });
    const json = { "content-type": "application/json" };
    await expect(readJson(post("{nope", json), schema)).rejects.toMatchObject({ code: "bad_request" });
    await expect(readJson(post('{"done":true}', json), schema)).resolves.toEqual({ done: true });
    const res = errorResponse(await readJson(post('{"done":1}', json), schema).catch((e: unknown) => e));
    expect(res.status).toBe(400);
  });

  it("readJson: a deeply nested body is a 400, never a 500 or a stack overflow", async () => {
    // The probe of issue 20: 100,000 `[` (balanced, 200 KB) overflowed the recursive storable-text check.
    const json = { "content-type": "application/json" };
    const schema = z.unknown();
    const deep = ["[".repeat(100_000) + "]".repeat(100_000), '{"a":'.repeat(50_000) + "1" + "}".repeat(50_000)];
    for (const body of deep) {
      const res = errorResponse(await readJson(post(body, json), schema).catch((e: unknown) => e));
      expect(res.status).toBe(400);
      expect((await bodyOf(res)).error?.message).toMatch(/nested/);
    }
    // Nesting up to the limit is fine, with brackets in strings not counted.
    const ok = "[".repeat(MAX_JSON_DEPTH - 1) + '{"t":"[[[[{{{{"}' + "]".repeat(MAX_JSON_DEPTH - 1);
    await expect(readJson(post(ok, json), schema)).resolves.toBeTruthy();
    await expect(
      readJson(post("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1), json), schema),
    ).rejects.toMatchObject({
      code: "bad_request",
    });
  });

  it("readJson: NUL in a string or a key deep in a large body is a 400 naming where", async () => {
    const json = { "content-type": "application/json" };
    const wide = JSON.stringify({
      rows: Array.from({ length: 20_000 }, (_, i) => ({ i, t: i === 19_999 ? "a\u0000" : "ok" })),
    });
    await expect(readJson(post(wide, json), z.unknown())).rejects.toMatchObject({
      code: "bad_request",
      message: expect.stringContaining("rows.19999.t"),
    });
    await expect(readJson(post('{"a":{"b\\u0000":1}}', json), z.unknown())).rejects.toMatchObject({
      message: expect.stringContaining("(at a)"),
    });
  });

  it("readBodyBytes: refuses by Content-Length and, without one, while streaming", async () => {
    await expect(readBodyBytes(post("x".repeat(10), { "content-length": "10" }), 5)).rejects.toMatchObject({
      code: "payload_too_large",
    });
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 4; i++) c.enqueue(new Uint8Array(4));
        c.close();
      },
    });
    await expect(readBodyBytes(post(stream), 10)).rejects.toMatchObject({ code: "payload_too_large" });
    expect(await readBodyBytes(post("abc"), 10)).toEqual(new TextEncoder().encode("abc"));
  });

  it("readPlanUpload: markdown bodies keep a cleaned file name; multipart needs a file field; other types are 415", async () => {
    const md = await readPlanUpload(
      post("# Plan", { "content-type": "text/markdown", "x-file-name": encodeURIComponent("a/b\u0001.md") }),
    );
    expect(new TextDecoder().decode(md.input)).toBe("# Plan");
    expect(md.fileName).toBe("a_b_.md");

    const form = new FormData();
    form.set("file", new File(["# Up"], "up.md", { type: "text/markdown" }));
    const multipart = new Request(url, { method: "POST", body: form });
    const up = await readPlanUpload(multipart);
    expect(up.fileName).toBe("up.md");
    expect(new TextDecoder().decode(up.input)).toBe("# Up");

    const noFile = new FormData();
    noFile.set("other", "x");
    await expect(readPlanUpload(new Request(url, { method: "POST", body: noFile }))).rejects.toMatchObject({
      code: "bad_request",
    });
    await expect(readPlanUpload(post("{}", { "content-type": "application/json" }))).rejects.toMatchObject({
      code: "unsupported_media_type",
    });
  });
});
