import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { PRE_ENCODED_HEADER as SERVER_HEADER, shouldCompress } from "@/scripts/server.mjs";
import { acceptedEncoding, clearEncodedCache, encodedJson, PRE_ENCODED_HEADER } from "./encoded-json";

const big = JSON.stringify({
  rows: Array.from({ length: 2000 }, (_, i) => ({
    id: `row-${i}`,
    text: `Task ${i} — write it down`,
    done: i % 3 === 0,
  })),
});
const request = (acceptEncoding?: string) =>
  new Request("http://localhost/api/x", { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

afterEach(() => {
  delete process.env.FLIGHTPLAN_PRE_ENCODED;
  clearEncodedCache();
});

describe("acceptedEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0 and *", () => {
    expect(acceptedEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(acceptedEncoding("gzip")).toBe("gzip");
    expect(acceptedEncoding("br;q=0, gzip")).toBe("gzip");
    expect(acceptedEncoding("br;q=0.5, gzip;q=0.8")).toBe("gzip");
    expect(acceptedEncoding("*")).toBe("br");
    expect(acceptedEncoding("*;q=0")).toBeNull();
    expect(acceptedEncoding("identity")).toBeNull();
    expect(acceptedEncoding("deflate")).toBeNull();
    expect(acceptedEncoding(null)).toBeNull();
  });
});

describe("encodedJson", () => {
  it("sends plain JSON when no production server will label the encoding (next dev)", async () => {
    const res = await encodedJson(request("gzip, br"), "k", big, { etag: '"e"' });
    expect(res.headers.get(PRE_ENCODED_HEADER)).toBeNull();
    expect(res.headers.get("etag")).toBe('"e"');
    expect(await res.text()).toBe(big);
  });

  it("sends the bytes compressed once per key in the encoding the client prefers", async () => {
    process.env.FLIGHTPLAN_PRE_ENCODED = "1";
    const br = await encodedJson(request("gzip, deflate, br"), "plan:1:v1", big);
    expect(br.headers.get(PRE_ENCODED_HEADER)).toBe("br");
    expect(br.headers.get("content-type")).toBe("application/json");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    const brBytes = await bytesOf(br);
    expect(brBytes.byteLength).toBeLessThan(big.length / 4);
    expect(brotliDecompressSync(brBytes).toString("utf8")).toBe(big);

    const gz = await encodedJson(request("gzip"), "plan:1:v1", big);
    expect(gz.headers.get(PRE_ENCODED_HEADER)).toBe("gzip");
    expect(gunzipSync(await bytesOf(gz)).toString("utf8")).toBe(big);

    // Same key: the kept bytes, whatever body is passed (the key names the bytes).
    const again = await encodedJson(request("br"), "plan:1:v1", big.replace("row-0", "not-sent"));
    expect(brotliDecompressSync(await bytesOf(again)).toString("utf8")).toBe(big);
    const next = await encodedJson(request("br"), "plan:1:v2", big.replace("row-0", "row-X"));
    expect(brotliDecompressSync(await bytesOf(next)).toString("utf8")).toContain("row-X");
  });

  it("sends plain JSON to a client that accepts no compression, and small bodies plain", async () => {
    process.env.FLIGHTPLAN_PRE_ENCODED = "1";
    const plain = await encodedJson(request(), "plan:1:v1", big);
    expect(plain.headers.get(PRE_ENCODED_HEADER)).toBeNull();
    expect(await plain.text()).toBe(big);
    // Its UTF-8 bytes are kept per key too (the key names the bytes), and a new key is encoded anew.
    const keptPlain = await encodedJson(request(), "plan:1:v1", big.replace("row-0", "not-sent"));
    expect(await keptPlain.text()).toBe(big);
    const nextPlain = await encodedJson(request(), "plan:1:v2", big.replace("row-0", "row-Ж"));
    expect(await nextPlain.text()).toContain("row-Ж");
    const small = await encodedJson(request("br"), "small", '{"a":1}');
    expect(small.headers.get(PRE_ENCODED_HEADER)).toBeNull();
    expect(await small.text()).toBe('{"a":1}');
  });

  it("accepts bytes as well as text", async () => {
    process.env.FLIGHTPLAN_PRE_ENCODED = "1";
    const res = await encodedJson(request("gzip"), "bytes", Buffer.from(big) as Buffer<ArrayBuffer>);
    expect(gunzipSync(await bytesOf(res)).toString("utf8")).toBe(big);
  });
});

describe("the production server's compression filter (scripts/server.mjs)", () => {
  const res = (headers: Record<string, string | string[]>) => {
    const h = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    return {
      getHeader: (n: string) => h.get(n.toLowerCase()),
      setHeader: (n: string, v: string) => void h.set(n.toLowerCase(), v),
      header: (n: string) => h.get(n.toLowerCase()),
    };
  };

  it("uses the app's header name", () => {
    expect(SERVER_HEADER).toBe(PRE_ENCODED_HEADER);
  });

  it("compresses JSON whose Content-Type Next stored as an array", () => {
    const r = res({ "content-type": ["application/json"] });
    expect(shouldCompress({}, r)).toBe(true);
    expect(r.header("content-type")).toBe("application/json");
    expect(shouldCompress({}, res({ "content-type": "text/html; charset=utf-8" }))).toBe(true);
  });

  it("leaves the event stream, binary types and untyped answers alone", () => {
    expect(shouldCompress({}, res({ "content-type": ["text/event-stream; charset=utf-8"] }))).toBe(false);
    expect(shouldCompress({}, res({ "content-type": "image/png" }))).toBe(false);
    expect(shouldCompress({}, res({}))).toBe(false);
  });
});
