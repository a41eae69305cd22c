import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attachmentDisposition, wellFormed } from "./http-header";

/** RFC 6266 / 8187 as a grammar: a quoted-string `filename` and an ext-value `filename*`. */
const DISPOSITION =
  /^attachment; filename="((?:[\x20\x21\x23-\x5b\x5d-\x7e])*)"; filename\*=UTF-8''((?:[A-Za-z0-9!#$&+\-.^_`|~]|%[0-9A-F]{2})*)$/;

describe("attachmentDisposition", () => {
  it("any file name gives a header value of the grammar whose filename* decodes to the name", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constantFrom("it's (1).md", 'a"b\\c.md')),
        (name) => {
          const value = attachmentDisposition(name);
          const m = DISPOSITION.exec(value);
          expect(m, value).not.toBeNull();
          expect(decodeURIComponent(m![2]!)).toBe(wellFormed(name));
        },
      ),
    );
  });

  it("keeps a plain name readable", () => {
    expect(attachmentDisposition("Roadmap 2026-W48.md")).toBe(
      `attachment; filename="Roadmap 2026-W48.md"; filename*=UTF-8''Roadmap%202026-W48.md`,
    );
  });
});
