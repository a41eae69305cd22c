import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonNestingExceeds } from "./json-depth";

/** The nesting of a parsed value, for comparison. */
function depthOf(v: unknown): number {
  if (Array.isArray(v)) return 1 + Math.max(0, ...v.map(depthOf));
  if (v && typeof v === "object") return 1 + Math.max(0, ...Object.values(v).map(depthOf));
  return 0;
}

describe("jsonNestingExceeds", () => {
  it("agrees with the nesting of the parsed value, whatever the strings hold", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (value, max) => {
        expect(jsonNestingExceeds(JSON.stringify(value), max)).toBe(depthOf(value) > max);
      }),
    );
  });

  it("reads 100,000 levels in one pass", () => {
    expect(jsonNestingExceeds("[".repeat(100_000) + "]".repeat(100_000))).toBe(true);
    expect(jsonNestingExceeds(`["${"[".repeat(100_000)}"]`)).toBe(false);
  });
});
