import { describe, expect, it } from "vitest";
import { textPieces } from "./prepare-import";

describe("textPieces", () => {
  it("joins back to the text, never cuts a surrogate pair, and keeps pieces under 256K characters", () => {
    const cut = 256 * 1024;
    for (const text of ["", "short", "a".repeat(cut - 1) + "😀" + "b".repeat(cut), "😀".repeat(cut)]) {
      const pieces = textPieces(text);
      expect(pieces.join("")).toBe(text);
      for (const p of pieces) {
        expect(p.length).toBeLessThanOrEqual(cut);
        expect(Buffer.from(p, "utf8").toString("utf8")).toBe(p); // no lone surrogate at either end
      }
    }
    expect(textPieces("")).toEqual([]);
  });
});
