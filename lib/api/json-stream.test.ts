import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonStream, textStream } from "./json-stream";

const text = async (s: ReadableStream<Uint8Array>) => new Response(s).text();

describe("jsonStream", () => {
  it("gives exactly JSON.stringify's text for any JSON-like value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        expect(await text(jsonStream(v))).toBe(JSON.stringify(v));
      }),
    );
  });

  it("drops undefined and function members, nulls them in arrays, calls toJSON (as JSON.stringify)", async () => {
    const v = {
      a: undefined,
      b: [undefined, () => 1, new Date(0)],
      c: [{ d: 1, e: undefined, f: ["x"] }],
      at: new Date(5),
      g: [],
    };
    expect(await text(jsonStream(v))).toBe(JSON.stringify(v));
  });

  it("streams a large value in many chunks, not one", async () => {
    const big = {
      items: Array.from({ length: 50_000 }, (_, i) => ({ id: `item-${i}`, text: "ü".repeat(10), done: i % 2 === 0 })),
    };
    const reader = jsonStream(big).getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(JSON.stringify(big));
  });
});

describe("textStream", () => {
  it("sends the text's UTF-8 exactly, also when a cut would fall inside a surrogate pair", async () => {
    for (const text of ["", "a", "x".repeat(65_535) + "😀" + "y".repeat(70_000), "ü😀".repeat(100_000)]) {
      expect(Buffer.from(await new Response(textStream(text)).arrayBuffer()).equals(Buffer.from(text, "utf8"))).toBe(
        true,
      );
    }
  });
});
