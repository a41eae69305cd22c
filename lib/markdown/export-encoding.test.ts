/** Export writes a plan back in the encoding it came in: UTF-16 LE/BE with its BOM stays so. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { encodePlanText, parsePlan, writeBackBytes } from "./index";
import { withBoxAt } from "./__fixtures__/expect-plan";

const fixture = readFileSync(new URL("./__fixtures__/plans/github-tasks.md", import.meta.url), "utf8");

describe.each(["utf-16le", "utf-16be"] as const)("a %s plan", (encoding) => {
  const bytes = encodePlanText(fixture, encoding, true);
  const parsed = parsePlan(bytes);

  it("is read as UTF-16 with its BOM", () => {
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.bom).toBe(true);
    expect(bytes.subarray(0, 2)).toEqual(new Uint8Array(encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff]));
  });

  it("exports unchanged as the same bytes", () => {
    expect(writeBackBytes(parsed, parsed.plan)).toEqual(bytes);
  });

  it("exports a tick in UTF-16 too, one character changed", () => {
    const item = parsed.plan.criteria[0]!;
    const out = writeBackBytes(
      parsed,
      withBoxAt(parsed.plan, item.line!, () => true),
    );
    expect(out.length).toBe(bytes.length);
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(out);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parsePlan(out).plan.criteria[0]!.done).toBe(true);
    expect([...out].filter((b, i) => b !== bytes[i])).toHaveLength(1);
  });
});

describe("a UTF-8 plan", () => {
  it("exports as UTF-8, with its BOM when it had one", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(fixture)]);
    expect(writeBackBytes(parsePlan(bom), parsePlan(bom).plan)).toEqual(bom);
    const plain = new TextEncoder().encode(fixture);
    expect(writeBackBytes(parsePlan(plain), parsePlan(plain).plan)).toEqual(plain);
  });
});
